package org.annalist.cli;

import org.annalist.model.ProofErrorCount;
import org.annalist.model.ProofErrorKind;
import org.annalist.model.ProofStage;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ProofErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * 差错率 of a proof round: {@code annalist proof-errors PUBLICATION 一校 --count punctuation=3 --count character=1}
 * records what the 校对 counted, {@code --from-checker} takes the checker's findings accepted during the round;
 * with no round, every round's figure is listed.
 */
@Command(name = "proof-errors", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class ProofErrorsCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    @Parameters(index = "0", paramLabel = "PUBLICATION", descriptionKey = "proofErrors.publication")
    String publication;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ROUND", descriptionKey = "proofErrors.round")
    String round;

    @Option(names = "--count", paramLabel = "KIND=N", descriptionKey = "proofErrors.count")
    List<String> counts = new ArrayList<>();

    @Option(names = "--from-checker", descriptionKey = "proofErrors.fromChecker")
    boolean fromChecker;

    @Option(names = "--template", paramLabel = "NAME", descriptionKey = "proofErrors.template")
    String template;

    @Option(names = "--pages", paramLabel = "N", descriptionKey = "proofErrors.pages")
    Integer pages;

    @Option(names = "--kinds", descriptionKey = "proofErrors.kinds")
    boolean listKinds;

    @Override
    public Integer call() {
        if (listKinds) {
            for (ProofErrorKind k : ProofErrorKind.values()) {
                top.out().println(Msg.get("msg.proofErrors.kind", k.id(), k.label(), weight(k.tenths())));
            }
            return 0;
        }
        Map<ProofErrorKind, Integer> given = new EnumMap<>(ProofErrorKind.class);
        List<String> problems = new ArrayList<>();
        for (String c : counts) {
            int eq = c.indexOf('=');
            try {
                if (eq < 0) throw new IllegalArgumentException();
                ProofErrorKind k = ProofErrorKind.parse(c.substring(0, eq));
                int n = Integer.parseInt(c.substring(eq + 1).strip());
                if (n < 0) throw new IllegalArgumentException();
                given.merge(k, n, Integer::sum);
            } catch (RuntimeException e) {
                problems.add(Msg.get("msg.proofErrors.badCount", c, String.join(", ",
                        java.util.Arrays.stream(ProofErrorKind.values()).map(ProofErrorKind::id).toList())));
            }
        }
        if (fromChecker && !counts.isEmpty()) problems.add(Msg.get("msg.proofErrors.both"));
        if ((fromChecker || !counts.isEmpty()) && round == null) problems.add(Msg.get("msg.proofErrors.noRound"));
        ProofStage stage = null;
        if (round != null) {
            try {
                stage = ProofStage.parse(round);
                if (!stage.isRound()) throw new IllegalArgumentException();
            } catch (RuntimeException e) {
                problems.add(Msg.get("msg.proofErrors.badRound", round));
            }
        }
        if (!problems.isEmpty()) {
            for (String m : problems) top.err().println(m);
            return 2;
        }
        try (AnnalistSession s = top.open()) {
            var p = s.queries().publication(publication);
            if (p.isEmpty()) {
                top.err().println(Msg.get("msg.no.publication", publication));
                return 1;
            }
            long pub = p.get().publication().id();
            ProofErrors errors = s.proofErrors();
            if (stage != null && (fromChecker || !given.isEmpty())) {
                ProofErrorCount r = fromChecker ? errors.recordFromChecker(pub, stage, template, pages)
                        : errors.record(pub, stage, given, template, pages);
                top.out().println(Msg.get("msg.proofErrors.recorded", p.get().publication().title(), stage.label()));
                print(r);
                return 0;
            }
            Map<ProofStage, ProofErrorCount> rounds = errors.rounds(pub);
            if (stage != null) {
                ProofErrorCount r = rounds.get(stage);
                if (r == null) {
                    top.out().println(Msg.get("msg.proofErrors.none", p.get().publication().title(), stage.label()));
                    return 0;
                }
                print(r);
                return 0;
            }
            if (rounds.isEmpty()) top.out().println(Msg.get("msg.proofErrors.noneAtAll", p.get().publication().title()));
            for (ProofErrorCount r : rounds.values()) print(r);
            return 0;
        }
    }

    private void print(ProofErrorCount r) {
        List<String> parts = new ArrayList<>();
        for (var e : r.counts().entrySet()) parts.add(Msg.get("msg.proofErrors.part", e.getKey().label(), String.valueOf(e.getValue()),
                weight(e.getKey().tenths())));
        top.out().println(Msg.get("msg.proofErrors.round", r.stage().label(),
                Msg.get(r.source() == ProofErrorCount.Source.CHECKER ? "msg.proofErrors.byChecker" : "msg.proofErrors.byEditor"),
                r.by(), parts.isEmpty() ? "—" : String.join("，", parts)));
        top.out().println(Msg.get("msg.proofErrors.layout", String.valueOf(r.charsPerLine()), String.valueOf(r.linesPerPage()),
                String.valueOf(r.pages()), String.format(java.util.Locale.ROOT, "%,d", r.layoutCharacters()), r.template()));
        top.out().println(Msg.get("msg.proofErrors.rate", weight((int) r.weightedTenths()),
                String.format(java.util.Locale.ROOT, "%,d", r.layoutCharacters()), perTenThousand(r),
                Msg.get(r.passes() ? "msg.proofErrors.pass" : "msg.proofErrors.fail")));
    }

    /** Tenths as a decimal: 13 → "1.3", 10 → "1". */
    static String weight(long tenths) {
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }

    /** The rate per 10,000 characters, to two decimals: "0.55". */
    static String perTenThousand(ProofErrorCount r) {
        return new java.math.BigDecimal(r.weightedTenths()).multiply(java.math.BigDecimal.valueOf(1000))
                .divide(java.math.BigDecimal.valueOf(r.layoutCharacters()), 2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}

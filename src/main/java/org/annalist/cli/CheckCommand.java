package org.annalist.cli;

import org.annalist.check.Finding;
import org.annalist.check.CheckSettings;
import org.annalist.check.Rule;
import org.annalist.check.Severity;
import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveTree;
import org.annalist.service.CheckService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * 校对检查 from the command line: the findings of an item ({@code 12} or {@code #12}), a publication (code or title)
 * or every publication, each with its place (line and column of the item's text), rule, source and suggested fix;
 * with {@code --fix RULE}, that rule's fixes written as pending suggestions of the user and saved as a revision.
 */
@Command(name = "check", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    @Parameters(arity = "0..1", paramLabel = "ITEM|PUBLICATION", descriptionKey = "check.target")
    String target;

    @Option(names = "--fix", paramLabel = "RULE", descriptionKey = "check.fix")
    String fix;

    @Option(names = "--no-fonts", descriptionKey = "check.noFonts")
    boolean noFonts;

    @Option(names = "--rules", descriptionKey = "check.rules")
    boolean listRules;

    @Option(names = "--enable", paramLabel = "RULE", descriptionKey = "check.enable")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", descriptionKey = "check.disable")
    List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", descriptionKey = "check.severity")
    List<String> severity = new ArrayList<>();

    @Option(names = "--except", paramLabel = "WORD", descriptionKey = "check.except")
    List<String> except = new ArrayList<>();

    @Option(names = "--no-except", paramLabel = "WORD", descriptionKey = "check.noExcept")
    List<String> noExcept = new ArrayList<>();

    @Option(names = "--settings", descriptionKey = "check.settings")
    boolean showSettings;

    @Override
    public Integer call() {
        if (listRules) {
            for (Rule r : Rule.values()) {
                top.out().println(Msg.get("msg.check.rule", r.id(), r.label(), r.source(), r.defaultSeverity().label()));
            }
            return 0;
        }
        boolean changeSettings = !enable.isEmpty() || !disable.isEmpty() || !severity.isEmpty() || !except.isEmpty() || !noExcept.isEmpty();
        if (changeSettings || showSettings) return settings(changeSettings);
        Rule rule = null;
        if (fix != null) {
            rule = Rule.byId(fix);
            if (rule == null) {
                top.err().println(Msg.get("msg.check.noRule", fix, String.join(", ", java.util.Arrays.stream(Rule.values()).map(Rule::id).toList())));
                return 2;
            }
        }
        try (AnnalistSession s = top.open()) {
            CheckService checks = s.checks();
            List<Long> items = new ArrayList<>();
            List<Long> publications = new ArrayList<>();
            if (target == null) {
                ArchiveTree tree = s.queries().tree();
                for (ArchiveTree.PublicationNode p : tree.publications()) publications.add(p.publication().id());
                for (Item i : tree.inbox()) items.add(i.id());
            } else if (target.strip().matches("#?\\d+")) {
                Long id = top.itemNumber(target);
                if (s.queries().item(id).isEmpty()) {
                    top.err().println(Msg.get("msg.no.item", target));
                    return 1;
                }
                items.add(id);
            } else {
                var p = s.queries().publication(target);
                if (p.isEmpty()) {
                    top.err().println(Msg.get("msg.no.publication", target));
                    return 1;
                }
                publications.add(p.get().publication().id());
            }
            if (rule != null) return fix(checks, rule, items, publications);
            int checked = 0, found = 0, fixable = 0;
            List<CheckService.ItemFindings> results = new ArrayList<>();
            for (long id : items) results.add(checks.check(id, !noFonts));
            for (long p : publications) results.addAll(checks.checkPublication(p, !noFonts));
            for (CheckService.ItemFindings r : results) {
                checked++;
                if (r.findings().isEmpty()) continue;
                print(r);
                found += r.findings().size();
                fixable += (int) r.findings().stream().filter(Finding::hasFix).count();
            }
            top.out().println(Msg.get("msg.check.summary", String.valueOf(checked), String.valueOf(found), String.valueOf(fixable)));
            return 0;
        }
    }

    /**
     * Shows, and with {@code change} first changes, a publication's check settings: rules on or off, their
     * severity, the exception words. Every argument is read before anything is saved, so one mistake saves nothing.
     */
    private int settings(boolean change) {
        if (target == null || target.strip().matches("#?\\d+")) {
            top.err().println(Msg.get("msg.check.settingsNeedPublication", target == null ? "—" : target));
            return 2;
        }
        try (AnnalistSession s = top.open()) {
            var p = s.queries().publication(target);
            if (p.isEmpty()) {
                top.err().println(Msg.get("msg.no.publication", target));
                return 1;
            }
            long pub = p.get().publication().id();
            CheckService checks = s.checks();
            CheckSettings settings = checks.settings(pub);
            if (change) {
                List<String> problems = new ArrayList<>();
                for (String id : enable) {
                    Rule r = rule(id, problems);
                    if (r != null) settings = settings.with(r, true, settings.severity(r));
                }
                for (String id : disable) {
                    Rule r = rule(id, problems);
                    if (r != null) settings = settings.with(r, false, settings.severity(r));
                }
                for (String pair : severity) {
                    int eq = pair.indexOf('=');
                    Rule r = eq < 0 ? null : rule(pair.substring(0, eq), problems);
                    Severity level = eq < 0 ? null : Severity.parse(pair.substring(eq + 1));
                    if (eq < 0 || (r != null && level == null)) {
                        problems.add(Msg.get("msg.check.badSeverity", pair));
                    } else if (r != null) {
                        settings = settings.with(r, settings.enabled(r), level);
                    }
                }
                java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>(settings.exceptions());
                for (String w : except) {
                    if (w.isBlank()) problems.add(Msg.get("msg.check.blankException"));
                    else words.add(w.strip());
                }
                for (String w : noExcept) {
                    if (!words.remove(w.strip())) problems.add(Msg.get("msg.check.noSuchException", w, p.get().publication().title()));
                }
                if (!problems.isEmpty()) {
                    for (String m : problems) top.err().println(m);
                    top.err().println(Msg.get("msg.check.settingsNotSaved"));
                    return 2;
                }
                settings = settings.withExceptions(words);
                checks.saveSettings(pub, settings);
                top.out().println(Msg.get("msg.check.settingsSaved", p.get().publication().title()));
            } else {
                top.out().println(Msg.get("msg.check.settingsOf", p.get().publication().title()));
            }
            for (Rule r : Rule.values()) {
                CheckSettings.RuleSetting rs = settings.setting(r);
                top.out().println(Msg.get(rs.enabled() ? "msg.check.settingOn" : "msg.check.settingOff", r.id(), r.label(),
                        rs.severity().label(), rs.severity().name().toLowerCase(java.util.Locale.ROOT)));
            }
            top.out().println(Msg.get("msg.check.exceptions", settings.exceptions().isEmpty() ? "—"
                    : String.join("  ", settings.exceptions())));
            return 0;
        }
    }

    private static Rule rule(String id, List<String> problems) {
        Rule r = Rule.byId(id);
        if (r == null) problems.add(Msg.get("msg.check.noRule", id, String.join(", ", java.util.Arrays.stream(Rule.values()).map(Rule::id).toList())));
        return r;
    }

    private int fix(CheckService checks, Rule rule, List<Long> items, List<Long> publications) {
        List<Long> all = new ArrayList<>(items);
        for (long p : publications) for (CheckService.ItemFindings r : checks.checkPublication(p, false)) all.add(r.item().id());
        int total = 0;
        for (long id : all) {
            CheckService.Outcome o = checks.fix(id, rule);
            if (o.fixed() == 0) continue;
            total += o.fixed();
            top.out().println(Msg.get("msg.check.fixed", String.valueOf(id), o.item().title(), String.valueOf(o.fixed()), rule.label(), String.valueOf(o.item().revision())));
        }
        if (total == 0) top.out().println(Msg.get("msg.check.nothingToFix", rule.label()));
        return 0;
    }

    private void print(CheckService.ItemFindings r) {
        Item item = r.item();
        top.out().println(Msg.get("msg.check.item", String.valueOf(item.id()), item.title(), String.valueOf(r.findings().size())));
        String body = item.body();
        int line = 1, lineStart = 0, at = 0;
        for (Finding f : r.findings()) {
            for (; at < f.start(); at++) {
                if (body.charAt(at) == '\n') {
                    line++;
                    lineStart = at + 1;
                }
            }
            String where = Msg.get("msg.check.place", String.valueOf(line), String.valueOf(f.start() - lineStart + 1));
            String fixText = f.hasFix() ? Msg.get("msg.check.fix", shown(f.text()), shown(f.replacement())) : "";
            top.out().println(Msg.get("msg.check.finding", where, f.severity().label(), f.rule().label(), f.rule().source(),
                    f.messageText(), fixText));
        }
    }

    /** A text as it is shown in a finding: line ends made visible, the empty text as ∅. */
    private static String shown(String s) {
        return s.isEmpty() ? "∅" : s.replace("\n", "⏎");
    }
}

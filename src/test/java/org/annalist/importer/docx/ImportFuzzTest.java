package org.annalist.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.annalist.model.ImportOptions;
import org.annalist.service.Importers;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Damaged Word files never escape the importer as anything but an {@link ImportException} with a Chinese message
 * naming the file: the project's own Word files (the committed fixtures and those {@link WordFixtures} builds) are
 * damaged by {@link Mutator} from a fixed seed and read through the entry point the import service uses, each on a
 * worker thread with a time limit. A case passes when it gives a result or such an exception; anything else — a
 * RuntimeException, a StackOverflowError or OutOfMemoryError, an exception message in English, a hang — is a finding,
 * printed with the seed, case number, base file and damage so it can be replayed.
 *
 * <p>The build runs a short slice ({@value #CI_CASES} cases). On demand:
 * {@code ./mvnw -o test -Dtest=ImportFuzzTest -Dfuzz.cases=5000} (also {@code -Dfuzz.seed=N}, {@code -Dfuzz.first=N}),
 * and one case again: {@code -Dfuzz.replay=SEED:CASE} (its bytes are written to {@code target/fuzz/}). With
 * {@code -Dfuzz.strict=true} a file refused because the project's own code threw a RuntimeException on it (wrapped
 * into a proper ImportException at the importer's boundary) is a finding too; without, it is printed as a note.
 */
class ImportFuzzTest {
    static final long SEED = 20_261_206L;
    static final int CI_CASES = 300;
    static final long TIMEOUT_MS = 10_000;

    record Base(String name, byte[] bytes, boolean docx) {
    }

    record Case(long seed, int number, Base base, String mutation, Source source, ImportOptions options) {
        String describe() {
            return "case " + seed + ":" + number + " base " + base.name() + " (" + options.changes() + ")" + " mutation: " + mutation.strip();
        }
    }

    /** A case that failed: what happened, and a short signature to group findings of one cause. */
    record Finding(Case c, String signature, String detail) {
    }

    @Test
    void damagedWordFilesGiveAResultOrAChineseMessage() throws Exception {
        List<Base> bases = bases();
        String replay = System.getProperty("fuzz.replay");
        List<Integer> numbers = new ArrayList<>();
        long seed = Long.getLong("fuzz.seed", SEED);
        if (replay != null && !replay.isBlank()) {
            String[] p = replay.split(":");
            Case c = generate(Long.parseLong(p[0]), Integer.parseInt(p[1]), bases);
            Path dir = Path.of("target", "fuzz");
            Files.createDirectories(dir);
            Path file = dir.resolve(c.seed() + "-" + c.number() + "-" + c.base().name());
            Files.write(file, c.source().bytes());
            System.out.println("[fuzz] replay " + c.describe() + "\n[fuzz] bytes written to " + file);
            seed = c.seed();
            numbers.add(c.number());
        } else {
            int first = Integer.getInteger("fuzz.first", 0);
            int count = Integer.getInteger("fuzz.cases", CI_CASES);
            for (int n = first; n < first + count; n++) numbers.add(n);
        }
        long start = System.nanoTime();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (int n : numbers) {
            Finding f = run(generate(seed, n, bases), outcomes);
            if (f != null) findings.add(f);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[fuzz] " + numbers.size() + " cases (seed " + seed + ") in " + ms + " ms, generating included: "
                + outcomes + ", " + findings.size() + " findings");
        if (!findings.isEmpty()) fail(report(findings));
    }

    @Test
    void theSameSeedGivesTheSameCases() throws Exception {
        List<Base> bases = bases();
        List<Base> again = bases();
        for (int n = 0; n < 15; n++) {
            Case a = generate(SEED, n, bases);
            Case b = generate(SEED, n, again);
            assertThat(b.mutation()).isEqualTo(a.mutation());
            assertThat(b.source().bytes()).as(a.describe()).isEqualTo(a.source().bytes());
        }
    }

    @Test
    void englishExceptionTextInAMessageIsAFinding() {
        assertThat(foreignWords("无法导入“稿.docx”：Word 文件已损坏，无法打开（NullPointerException：Cannot invoke）。请在 Word 或 WPS 中打开后另存为 .docx 再导入", "稿.docx"))
                .containsExactly("NullPointerException", "Cannot", "invoke");
        assertThat(foreignWords("无法导入“稿.docx”：文件已损坏或不完整，无法解压（Unexpected end of ZLIB input stream）", "稿.docx"))
                .contains("Unexpected", "ZLIB");
        assertThat(foreignWords("无法导入“report.docx”：文件解压后过大（“word/media/image1.png”等超过 400 MB 的安全限制）", "report.docx"))
                .isEmpty();
    }

    // ---------------------------------------------------------------- cases

    /** The project's own Word files: committed fixtures, and the review fixtures and a numbered list built with POI. */
    static List<Base> bases() throws Exception {
        List<Base> out = new ArrayList<>();
        for (Path f : WordCoverageTest.wordFixtures()) {
            byte[] b = Files.readAllBytes(f);
            boolean docx = ZipGuard.isDocx(b);
            out.add(new Base(f.getFileName().toString(), docx ? Mutator.normalised(b) : b, docx));
        }
        out.add(new Base("revised.docx", Mutator.normalised(WordFixtures.revised()), true));
        out.add(new Base("commented.docx", Mutator.normalised(WordFixtures.commented()), true));
        out.add(new Base("commentedForDoc.docx", Mutator.normalised(WordFixtures.commentedForDoc()), true));
        out.add(new Base("numbered.docx", Mutator.normalised(numbered()), true));
        return out;
    }

    /** Headings numbered 一、 and （一）, a decimal list and a bullet list, a footnote: the numbering paths. */
    private static byte[] numbered() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docs.centred(doc, "乌当区概况", "黑体", 16, true);
            BigInteger chinese = Docs.numbering(doc, STNumberFormat.CHINESE_COUNTING, "%1、");
            BigInteger decimal = Docs.numbering(doc, STNumberFormat.DECIMAL, "%1.");
            BigInteger bullet = Docs.numbering(doc, STNumberFormat.BULLET, "•");
            for (String s : List.of("机构设置", "人员编制")) {
                XWPFParagraph p = Docs.para(doc, s);
                p.setNumID(chinese);
            }
            for (String s : List.of("征集史料", "编辑出版", "审定书稿")) Docs.para(doc, s).setNumID(decimal);
            for (String s : List.of("甲", "乙")) {
                XWPFParagraph p = Docs.para(doc, s);
                p.setNumID(bullet);
                p.setNumILvl(BigInteger.ZERO);
            }
            Docs.para(doc, "境内最高峰海拔1659米。");
            return Docs.bytes(doc);
        }
    }

    static Case generate(long seed, int number, List<Base> bases) {
        Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + number);
        Base base = bases.get(rnd.nextInt(bases.size()));
        StringBuilder log = new StringBuilder();
        byte[] bytes;
        try {
            bytes = base.docx() ? Mutator.docx(base.bytes(), rnd, log) : Mutator.doc(base.bytes(), rnd, log);
        } catch (Exception e) {
            // The file cannot be taken apart (a .doc whose OLE2 directory POI refuses): damage its raw bytes instead.
            log.append(" (not taken apart: ").append(e.getClass().getSimpleName()).append(')');
            bytes = Mutator.raw(base.bytes(), rnd, log);
        }
        ImportOptions options = switch (rnd.nextInt(6)) {
            case 0 -> new ImportOptions(ImportOptions.TrackedChanges.ACCEPT);
            case 1 -> new ImportOptions(ImportOptions.TrackedChanges.REJECT);
            default -> ImportOptions.DEFAULT;
        };
        return new Case(seed, number, base, log.toString(), new Source(base.name(), bytes), options);
    }

    // ---------------------------------------------------------------- running

    /** Runs one case on a worker thread; null when it passed. */
    @SuppressWarnings({"deprecation", "removal"})
    static Finding run(Case c, Map<String, Integer> outcomes) throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                outcome.set(Importers.standard().forSource(c.source()).read(c.source(), c.options()));
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "fuzz-" + c.number());
        worker.setDaemon(true);
        worker.start();
        worker.join(TIMEOUT_MS);
        if (worker.isAlive()) {
            StackTraceElement[] where = worker.getStackTrace();
            worker.stop(); // a hung parse would otherwise keep a core busy for the rest of the run
            outcomes.merge("timeout", 1, Integer::sum);
            return new Finding(c, "timeout at " + top(where), "no result after " + TIMEOUT_MS + " ms, at:" + frames(where, 12));
        }
        Object o = outcome.get();
        if (o instanceof ImportResult) {
            outcomes.merge("result", 1, Integer::sum);
            return null;
        }
        if (o instanceof ImportException e) {
            String name = c.source().name();
            List<String> foreign = foreignWords(e.getMessage(), name);
            if (e.getMessage().startsWith("无法导入“" + name + "”：") && foreign.isEmpty()) {
                Throwable internal = internal(e);
                if (internal == null) {
                    outcomes.merge("ImportException", 1, Integer::sum);
                    return null;
                }
                // Refused properly, but because the project's own code failed on what it let through: a bug to look at.
                outcomes.merge("ImportException from our code", 1, Integer::sum);
                Finding f = new Finding(c, "wrapped " + internal.getClass().getSimpleName() + " at " + top(internal.getStackTrace()),
                        e.getMessage() + "\n      cause: " + internal + frames(internal.getStackTrace(), 12));
                if (STRICT) return f;
                System.out.println("[fuzz] note (fails with -Dfuzz.strict=true): " + f.c().describe() + "\n      " + f.detail());
                return null;
            }
            outcomes.merge("ImportException", 1, Integer::sum);
            return new Finding(c, "message " + (foreign.isEmpty() ? "without the file name" : "with " + foreign.get(0)),
                    e.getMessage() + (e.getCause() == null ? "" : "\n      cause: " + e.getCause() + frames(e.getCause().getStackTrace(), 6)));
        }
        Throwable t = (Throwable) o;
        outcomes.merge(t.getClass().getSimpleName(), 1, Integer::sum);
        return new Finding(c, t.getClass().getSimpleName() + " at " + top(t.getStackTrace()), t + frames(t.getStackTrace(), 12));
    }

    /** With -Dfuzz.strict=true, a refusal caused by a RuntimeException the project's own code threw is a finding too. */
    static final boolean STRICT = Boolean.getBoolean("fuzz.strict");

    /** The cause of the refusal when it is a RuntimeException or Error thrown in the project's code, else null. */
    private static Throwable internal(ImportException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root == e || !(root instanceof RuntimeException || root instanceof Error)) return null;
        StackTraceElement[] trace = root.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.annalist") ? root : null;
    }

    /** The first frame in the project's code, else the first frame. */
    private static String top(StackTraceElement[] trace) {
        for (StackTraceElement e : trace) if (e.getClassName().startsWith("org.annalist")) return e.toString();
        return trace.length > 0 ? trace[0].toString() : "?";
    }

    private static String frames(StackTraceElement[] trace, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(max, trace.length); i++) sb.append("\n        at ").append(trace[i]);
        return sb.toString();
    }

    private static String report(List<Finding> findings) {
        Map<String, List<Finding>> bySignature = new LinkedHashMap<>();
        for (Finding f : findings) bySignature.computeIfAbsent(f.signature(), k -> new ArrayList<>()).add(f);
        StringBuilder sb = new StringBuilder(findings.size() + " findings, " + bySignature.size() + " kinds:\n");
        bySignature.forEach((sig, list) -> {
            sb.append("\n* ").append(sig).append(" — ").append(list.size()).append(" cases; replay with -Dfuzz.replay=")
                    .append(list.get(0).c().seed()).append(':').append(list.get(0).c().number()).append('\n');
            for (Finding f : list.subList(0, Math.min(3, list.size()))) {
                sb.append("    ").append(f.c().describe()).append("\n      ").append(f.detail()).append('\n');
            }
        });
        return sb.toString();
    }

    // ---------------------------------------------------------------- the message

    /** Words the Chinese messages use on purpose: product and format names, units, encodings. */
    private static final Set<String> ALLOWED = Set.of("Word", "WPS", "Excel", "PowerPoint", "Office", "Open", "XML", "docx",
            "doc", "wps", "dot", "rtf", "RTF", "HTML", "html", "MHT", "MB", "KB", "GB", "UTF", "GBK", "GB18030", "txt", "md", "OLE", "ZIP",
            "PDF", "annalist", "review", "accept", "all", "reject");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_$]+");
    /** A part of the file quoted by name (“word/media/image1.png”): data, not an exception's wording. */
    private static final Pattern QUOTED_PART = Pattern.compile("“[\\w./\\[\\]-]+”");

    /**
     * The words of an ImportException's message that are neither Chinese nor on the short list of names the
     * messages use (an English exception message, a class name); the file's own name does not count.
     */
    static List<String> foreignWords(String message, String fileName) {
        String m = message.replace(fileName, "");
        m = QUOTED_PART.matcher(m).replaceAll("");
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(m);
        while (w.find()) if (!ALLOWED.contains(w.group())) out.add(w.group());
        return out;
    }
}

package org.annalist.bench;

import org.annalist.check.CheckContext;
import org.annalist.check.Checker;
import org.annalist.check.Finding;
import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontChain;
import org.annalist.typeset.font.FontRole;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How long the checks take on one long item, as the editor would ask after a pause in typing: the seed texts
 * (with their ASCII punctuation) repeated into an item of about 60,000 characters, checked with every rule on, a
 * people list and the shipped fonts' coverage for 缺字; the parse (which the editor has done anyway for the
 * preview) timed apart from the checks.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.annalist.bench.CheckBenchmark archive/seeds fonts 60000 30}.
 */
public final class CheckBenchmark {
    private CheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args.length > 0 ? args[0] : "archive/seeds");
        Path fonts = Path.of(args.length > 1 ? args[1] : "fonts");
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 60_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        StringBuilder sb = new StringBuilder();
        List<Path> files;
        try (var list = Files.list(seeds)) {
            files = list.sorted().toList();
        }
        while (sb.length() < size) {
            for (Path f : files) {
                for (String para : Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n|\\n")) {
                    if (!para.isBlank() && sb.length() < size) sb.append(para.strip()).append("\n\n");
                }
            }
        }
        String md = sb.toString();
        FontBook book = FontBook.shipped(fonts);
        FontChain body = book.chain(FontRole.SONG);
        FontChain heading = book.chain(FontRole.HEI);
        CheckContext ctx = CheckContext.defaults()
                .withPeople(List.of(new CheckContext.Name("王立平", List.of()), new CheckContext.Name("吴开财", List.of()),
                        new CheckContext.Name("阿不都·热合曼", List.of())))
                .withCoverage((cp, h) -> (h ? heading : body).covers(cp));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] parse = new long[rounds];
        long[] check = new long[rounds];
        long[] checkCpu = new long[rounds];
        int found = 0;
        for (int w = 0; w < 10; w++) Checker.check(1, md, ctx); // warm up
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            Document doc = Markdown.parseBody(md, 0);
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            List<Finding> fs = Checker.check(1, md, doc, 0, ctx);
            checkCpu[r] = mx.getCurrentThreadCpuTime() - c1;
            long t2 = System.nanoTime();
            parse[r] = t1 - t0;
            check[r] = t2 - t1;
            found = fs.size();
        }
        System.out.printf("load average %.1f on %d processors%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf("item of %,d characters, %d findings, %d rounds after warm-up%n", md.length(), found, rounds);
        System.out.println("parse  " + stats(parse));
        System.out.println("checks " + stats(check));
        System.out.println("checks, CPU time of the thread (what other processes' load does not add) " + stats(checkCpu));
        long[] both = new long[rounds];
        for (int r = 0; r < rounds; r++) both[r] = parse[r] + check[r];
        System.out.println("both   " + stats(both));
        // the same item proofread: its ASCII commas, colons and semicolons made full-width, as most items will be
        String clean = md.replaceAll("(?<=\\p{IsHan}),", "，").replaceAll("(?<=\\p{IsHan}):", "：").replaceAll("(?<=\\p{IsHan});", "；");
        Document cleanDoc = Markdown.parseBody(clean, 0);
        for (int r = 0; r < rounds; r++) {
            long c1 = mx.getCurrentThreadCpuTime();
            found = Checker.check(1, clean, cleanDoc, 0, ctx).size();
            checkCpu[r] = mx.getCurrentThreadCpuTime() - c1;
        }
        System.out.println("proofread item (" + found + " findings), checks' CPU time " + stats(checkCpu));
    }

    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("median %.1f ms, 90th percentile %.1f ms, max %.1f ms", s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.9)] / 1e6, s[s.length - 1] / 1e6);
    }
}

package org.annalist.doc.diff;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How long comparing two revisions of a 60,000-character memoir takes (issue 14: ≤ 100 ms), measured, not asserted:
 * the seed texts' paragraphs (each repetition rotated, so no two paragraphs are alike) make revision A; revision B is
 * an editor's pass over it — 40 phrases rewritten, 5 sentences inserted and 5 deleted, 2 paragraphs moved, one
 * split and one joined. Times (median and max of the rounds) the whole comparison — both bodies read through the
 * document tree ({@link Reading#of(String)}) and compared — and the comparison alone; then a heavy rewrite (a phrase
 * changed in every paragraph) and two unrelated texts (which meet the time limit).
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.annalist.doc.diff.DiffBenchmark archive/seeds 60000 30}
 */
public final class DiffBenchmark {
    private DiffBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args.length > 0 ? args[0] : "archive/seeds");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 60_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        List<String> paragraphs = memoir(seeds, size);
        String a = String.join("\n\n", paragraphs) + "\n";
        Random random = new Random(14);
        String b = String.join("\n\n", editorsPass(paragraphs, random)) + "\n";
        System.out.printf("A: %,d characters, %d paragraphs; B: %,d characters%n", a.length(), paragraphs.size(), b.length());
        TextDiff d = measure("editor's pass", a, b, rounds);
        System.out.printf("  %d characters inserted, %d deleted, %d paragraphs moved, %d changes%n",
                d.inserted(), d.deleted(), d.moves(), d.changes().size());
        List<String> heavy = new ArrayList<>(paragraphs);
        for (int i = 0; i < heavy.size(); i++) heavy.set(i, rewrite(heavy.get(i), random));
        d = measure("a phrase changed in every paragraph", a, String.join("\n\n", heavy) + "\n", rounds);
        System.out.printf("  %d characters inserted, %d deleted, %d changes%n", d.inserted(), d.deleted(), d.changes().size());
        List<String> other = new ArrayList<>(paragraphs);
        java.util.Collections.shuffle(other, random);
        for (int i = 0; i < other.size(); i++) other.set(i, rotate(other.get(i), 7));
        d = measure("unrelated texts (time limit " + TextDiff.DEFAULT_LIMIT.toMillis() + " ms)", a, String.join("\n\n", other) + "\n", Math.min(rounds, 5));
        System.out.printf("  %d characters inserted, %d deleted, %d changes%n", d.inserted(), d.deleted(), d.changes().size());
    }

    private static TextDiff measure(String what, String a, String b, int rounds) {
        TextDiff last = null;
        for (int w = 0; w < 5; w++) last = TextDiff.of(a, b); // warm up
        long[] whole = new long[rounds];
        long[] diffOnly = new long[rounds];
        Reading ra = Reading.of(a);
        Reading rb = Reading.of(b);
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            last = TextDiff.of(Reading.of(a), Reading.of(b));
            long t1 = System.nanoTime();
            TextDiff.of(ra, rb);
            long t2 = System.nanoTime();
            whole[r] = t1 - t0;
            diffOnly[r] = t2 - t1;
        }
        Arrays.sort(whole);
        Arrays.sort(diffOnly);
        System.out.printf("%s: read both and compare median %.1f ms, max %.1f ms; compare alone median %.1f ms, max %.1f ms%n",
                what, whole[rounds / 2] / 1e6, whole[rounds - 1] / 1e6, diffOnly[rounds / 2] / 1e6, diffOnly[rounds - 1] / 1e6);
        return last;
    }

    static List<String> memoir(Path seeds, int size) throws Exception {
        List<Path> files;
        try (var list = Files.list(seeds)) {
            files = list.sorted().toList();
        }
        List<String> out = new ArrayList<>();
        int length = 0;
        for (int round = 0; length < size; round++) {
            for (Path f : files) {
                for (String para : Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n|\\n")) {
                    String p = para.strip();
                    if (p.length() < 8 || length >= size) continue;
                    p = rotate(p, round * 3);
                    out.add(p);
                    length += p.length() + 2;
                }
            }
        }
        return out;
    }

    /** The paragraph turned by {@code n} code points (n taken modulo its length). */
    static String rotate(String p, int n) {
        int[] cps = p.codePoints().toArray();
        if (cps.length == 0) return p;
        int k = n % cps.length;
        int[] r = new int[cps.length];
        for (int i = 0; i < cps.length; i++) r[i] = cps[(i + k) % cps.length];
        return new String(r, 0, r.length);
    }

    private static final String[] PHRASES = {"据当事人回忆", "一九五八年", "在县城东关", "父亲的老同事", "公社", "生产大队",
            "大约三百余人", "此事后来", "那年冬天", "县政协文史委员会", "𠀋川"};

    /** One phrase of the paragraph (2–6 characters at a random place) replaced by another. */
    static String rewrite(String p, Random random) {
        if (p.length() < 12) return p;
        int at = random.nextInt(p.length() - 8);
        if (Character.isLowSurrogate(p.charAt(at))) at++;
        int end = Math.min(p.length(), at + 2 + random.nextInt(5));
        if (end < p.length() && Character.isLowSurrogate(p.charAt(end))) end++;
        return p.substring(0, at) + PHRASES[random.nextInt(PHRASES.length)] + p.substring(end);
    }

    static List<String> editorsPass(List<String> a, Random random) {
        List<String> b = new ArrayList<>(a);
        for (int k = 0; k < 40; k++) {
            int i = random.nextInt(b.size());
            b.set(i, rewrite(b.get(i), random));
        }
        for (int k = 0; k < 5; k++) {
            int i = random.nextInt(b.size());
            String p = b.get(i);
            int at = p.indexOf('。');
            b.set(i, at < 0 ? p + "此段据口述整理。" : p.substring(0, at + 1) + "此段据口述整理，未及核对原件。" + p.substring(at + 1));
        }
        for (int k = 0; k < 5; k++) {
            int i = random.nextInt(b.size());
            String p = b.get(i);
            int at = p.indexOf('。');
            if (at > 0 && at + 1 < p.length()) b.set(i, p.substring(at + 1));
        }
        for (int k = 0; k < 2; k++) {
            String moved = b.remove(random.nextInt(b.size()));
            b.add(random.nextInt(b.size()), moved);
        }
        int split = random.nextInt(b.size());
        String p = b.get(split);
        int at = p.indexOf('。');
        if (at > 0 && at + 1 < p.length()) {
            b.set(split, p.substring(0, at + 1));
            b.add(split + 1, p.substring(at + 1));
        }
        int join = random.nextInt(b.size() - 1);
        b.set(join, b.get(join) + b.remove(join + 1));
        return b;
    }
}

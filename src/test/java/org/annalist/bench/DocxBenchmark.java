package org.annalist.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Word output of a whole book against pandoc's, each as a whole process measured by {@code /usr/bin/time -v}
 * (wall, user and system CPU seconds, peak resident memory), interleaved in one run:
 * {@code java -cp target/test-classes org.annalist.bench.DocxBenchmark /tmp/yb.md [ROUNDS] [./annalist]} after
 * {@code python3 ../shared/bench/gen_yearbook.py ../shared/seeds 1500000 /tmp/yb.md} and a build of the program
 * ({@code ./mvnw -q -DskipTests package}; the first {@code ./annalist} run after a build also writes the class-data
 * archive, so one untimed run goes first). Runs {@code ./annalist typeset IN.md -o OUT.docx} and {@code pandoc IN.md
 * -o OUT.docx} alternately ROUNDS times (default 2: pandoc takes a minute or more on a 1.5-million-character book)
 * and prints each run, the load average before and after, and our wall time and peak memory over pandoc's.
 */
public final class DocxBenchmark {
    private DocxBenchmark() {
    }

    /** One measured process. */
    record Run(String tool, double wall, double user, double system, long peakKb) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-8s wall %7.2f s  user %7.2f s  sys %5.2f s  peak RSS %,9d KB", tool, wall, user,
                    system, peakKb);
        }
    }

    public static void main(String[] args) throws Exception {
        Path md = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String annalist = args.length > 2 ? args[2] : "./annalist";
        Path dir = Files.createTempDirectory("annalist-docx-bench");
        try {
            Path ours = dir.resolve("ours.docx");
            Path theirs = dir.resolve("pandoc.docx");
            // untimed: builds the class-data archive after a build, warms the file cache
            measure("annalist", dir, annalist, "typeset", md.toString(), "-o", ours.toString());
            System.out.println("load before: " + load());
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                runs.add(measure("annalist", dir, annalist, "typeset", md.toString(), "-o", ours.toString()));
                System.out.println(runs.get(runs.size() - 1));
                runs.add(measure("pandoc", dir, "pandoc", md.toString(), "-o", theirs.toString()));
                System.out.println(runs.get(runs.size() - 1));
            }
            System.out.println("load after: " + load());
            System.out.printf(Locale.ROOT, "files: ours %,d bytes, pandoc %,d bytes%n", Files.size(ours), Files.size(theirs));
            for (int i = 0; i + 1 < runs.size(); i += 2) {
                Run a = runs.get(i);
                Run p = runs.get(i + 1);
                System.out.printf(Locale.ROOT, "round %d (ours / pandoc): wall %.4f (pandoc %.1f times ours), CPU %.4f, peak RSS %.3f%n", i / 2 + 1,
                        a.wall() / p.wall(), p.wall() / a.wall(), (a.user() + a.system()) / (p.user() + p.system()),
                        (double) a.peakKb() / p.peakKb());
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static Run measure(String tool, Path dir, String... command) throws IOException, InterruptedException {
        Path report = dir.resolve("time.txt");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", report.toString()));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        int status = p.waitFor();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        if (status != 0) throw new IllegalStateException(tool + " failed (" + status + "): " + out);
        String time = Files.readString(report, StandardCharsets.UTF_8);
        return new Run(tool, wall(field(time, "Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)")),
                Double.parseDouble(field(time, "User time \\(seconds\\)")), Double.parseDouble(field(time, "System time \\(seconds\\)")),
                Long.parseLong(field(time, "Maximum resident set size \\(kbytes\\)")));
    }

    private static String field(String report, String name) {
        Matcher m = Pattern.compile(name + ": (\\S+)").matcher(report);
        if (!m.find()) throw new IllegalStateException("no " + name + " in " + report);
        return m.group(1);
    }

    /** h:mm:ss or m:ss(.ss) → seconds. */
    static double wall(String s) {
        double seconds = 0;
        for (String part : s.split(":")) seconds = seconds * 60 + Double.parseDouble(part);
        return seconds;
    }
}

package org.annalist.typeset.bench;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.inline.BreakAlgorithm;
import org.annalist.typeset.inline.ComposedLine;
import org.annalist.typeset.inline.ComposedParagraph;
import org.annalist.typeset.inline.ParagraphComposer;
import org.annalist.typeset.inline.ParagraphStyle;
import org.annalist.typeset.inline.StyledRun;
import org.annalist.typeset.style.InlineStyler;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Composes every paragraph of a Markdown yearbook, two warm-up passes and five measured passes (median reported) on one thread, and
 * prints throughput. Usage: {@code ComposeBenchmark YEARBOOK.md [FONTS_DIR] [--chars 24] [--size 9] [--first-fit]}.
 */
public final class ComposeBenchmark {
    private ComposeBenchmark() {
    }

    private static final int MEASURED_PASSES = 5;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("用法：ComposeBenchmark 年鉴.md [字体目录] [--chars 24] [--size 9] [--first-fit]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path fontsDir = Path.of("fonts");
        int chars = 24;
        double size = 9;
        BreakAlgorithm algorithm = BreakAlgorithm.TOTAL_FIT;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--chars" -> chars = Integer.parseInt(args[++i]);
                case "--size" -> size = Double.parseDouble(args[++i]);
                case "--first-fit" -> algorithm = BreakAlgorithm.FIRST_FIT;
                default -> fontsDir = Path.of(args[i]);
            }
        }
        long t0 = System.nanoTime();
        Document doc = Markdown.parse(Files.readString(input, StandardCharsets.UTF_8));
        InlineStyler styler = new InlineStyler(size);
        List<List<StyledRun>> paragraphs = new ArrayList<>();
        collect(doc.blocks(), styler, paragraphs);
        long characters = 0;
        for (List<StyledRun> p : paragraphs) for (StyledRun r : p) characters += r.text().codePointCount(0, r.text().length());
        long t1 = System.nanoTime();
        FontBook fonts = FontBook.shipped(fontsDir);
        ParagraphStyle style = ParagraphStyle.body(chars, size).withAlgorithm(algorithm);
        System.out.printf(Locale.ROOT, "input: %s, parsed and styled in %.2f s; %d paragraphs, %d characters%n",
                input, (t1 - t0) / 1e9, paragraphs.size(), characters);

        // Two warm-up passes let the JIT settle; then five measured passes, reported by their median
        // (wall time on a shared 2-core machine swings with other load; the best pass is printed too).
        for (int w = 0; w < 2; w++) {
            Result warm = pass(new ParagraphComposer(fonts), paragraphs, style);
            System.out.printf(Locale.ROOT, "warm-up:  %.3f s wall, %.3f s CPU%n", warm.seconds, warm.cpuSeconds);
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        List<Result> runs = new ArrayList<>();
        for (int m = 0; m < MEASURED_PASSES; m++) runs.add(pass(new ParagraphComposer(fonts), paragraphs, style));
        List<Result> byWall = new ArrayList<>(runs);
        byWall.sort(java.util.Comparator.comparingDouble(Result::seconds));
        Result r = byWall.get(byWall.size() / 2);
        System.out.printf(Locale.ROOT, "passes (wall s): %s; best %.0f characters/s%n",
                runs.stream().map(x -> String.format(Locale.ROOT, "%.3f", x.seconds)).toList(), characters / byWall.get(0).seconds);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.gc();
        long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "measured (median of " + MEASURED_PASSES + "): %d characters, %d paragraphs, %d lines, %.3f s wall, %.0f characters/s (%s, %d × %.1f pt)%n",
                characters, paragraphs.size(), r.lines, r.seconds, characters / r.seconds, algorithm, chars, size);
        System.out.printf(Locale.ROOT, "          thread CPU %.3f s, %.0f characters per CPU second (the figure that survives a busy machine)%n",
                r.cpuSeconds, characters / r.cpuSeconds);
        System.out.printf(Locale.ROOT, "heap: peak %.1f MB during the measured pass, %.1f MB after GC%n",
                peak / 1048576.0, retained / 1048576.0);
        System.out.printf(Locale.ROOT, "overfull lines: %d, underfull/unjustifiable lines: %d, warnings: %d, 缺字: %d distinct%n",
                r.overfull, r.unfilled, r.warnings, fonts.missing().entries().size());
        if (!fonts.missing().isEmpty()) System.out.print(fonts.missing().toText());
    }

    private record Result(double seconds, double cpuSeconds, long lines, long overfull, long unfilled, long warnings) {
    }

    private static Result pass(ParagraphComposer composer, List<List<StyledRun>> paragraphs, ParagraphStyle style) {
        long lines = 0;
        long overfull = 0;
        long unfilled = 0;
        long warnings = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (List<StyledRun> p : paragraphs) {
            ComposedParagraph cp = composer.compose(p, style);
            lines += cp.lines().size();
            warnings += cp.warnings().size();
            for (ComposedLine l : cp.lines()) {
                if (l.overfull()) overfull++;
                if (l.justified() && Math.abs(l.width() - style.measure()) > 0.01) unfilled++;
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Result(wall, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9, lines, overfull, unfilled, warnings);
    }

    private static void collect(List<Block> blocks, InlineStyler styler, List<List<StyledRun>> out) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) out.add(styler.style(p.content()));
            else if (b instanceof Block.BlockQuote q) collect(q.content(), styler, out);
            else if (b instanceof Block.BulletList l) l.items().forEach(item -> collect(item, styler, out));
            else if (b instanceof Block.OrderedList l) l.items().forEach(item -> collect(item, styler, out));
        }
    }
}

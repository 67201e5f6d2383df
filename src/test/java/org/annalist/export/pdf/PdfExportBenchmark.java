package org.annalist.export.pdf;

import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.typeset.font.FontBook;
import org.annalist.typeset.font.FontConfig;
import org.annalist.typeset.font.FontResolver;
import org.annalist.typeset.page.BookTypesetter;
import org.annalist.typeset.style.Template;
import org.annalist.typeset.style.TemplateReader;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Times the PDF exporter alone: typesets a Markdown book once, then exports its pages two times to warm
 * up the JIT and five times measured, and prints the median. The whole {@code annalist typeset} run mixes
 * in parsing and layout, whose times swing more than the export on a shared machine.
 *
 * <p>Usage (test classpath): {@code PdfExportBenchmark BOOK.md [PROGRAM_HOME] [--template NAME] [--out FILE]}.
 */
public final class PdfExportBenchmark {
    private static final int WARM_UP = 2;
    private static final int MEASURED = 5;

    private PdfExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("用法：PdfExportBenchmark 年鉴.md [程序目录] [--template nianjian-16k] [--out 文件.pdf]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path home = Path.of(".");
        String templateName = "nianjian-16k";
        Path out = Files.createTempFile("pdf-export-bench", ".pdf");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--template" -> templateName = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> home = Path.of(args[i]);
            }
        }
        String text = Files.readString(input, StandardCharsets.UTF_8);
        String title = "基准";
        if (text.startsWith("% ")) {
            int nl = text.indexOf('\n');
            title = text.substring(2, nl).strip();
            text = text.substring(nl + 1);
        }
        long t0 = System.nanoTime();
        Template template = TemplateReader.read(home.resolve("templates"), templateName);
        // As TypesetService with --no-system-fonts: the shipped fonts and the template's own.
        FontConfig.Builder config = FontConfig.builder(home.resolve("fonts")).systemFonts(false);
        template.fonts().forEach((role, spec) -> config.explicit(role, spec.file(), spec.name()));
        FontBook fonts = FontResolver.resolve(config.build());
        Document doc = Markdown.parse(text);
        doc = doc.withMeta(org.annalist.doc.Meta.titled(title));
        BookTypesetter.Book book = new BookTypesetter(template, fonts, s -> s).typeset(doc, BookTypesetter.Progress.NONE);
        long glyphs = book.pages().stream().mapToLong(PdfExportBenchmark::glyphs).sum();
        System.out.printf(Locale.ROOT, "typeset %d pages, %d glyphs in %.2f s%n", book.pages().size(), glyphs, (System.nanoTime() - t0) / 1e9);

        PdfOptions options = PdfOptions.titled(title).withFolios(book.pageLabels());
        for (int w = 0; w < WARM_UP; w++) {
            double[] r = pass(book, options, out);
            System.out.printf(Locale.ROOT, "warm-up: %.3f s wall, %.3f s CPU%n", r[0], r[1]);
        }
        List<double[]> runs = new ArrayList<>();
        for (int m = 0; m < MEASURED; m++) runs.add(pass(book, options, out));
        List<double[]> byWall = new ArrayList<>(runs);
        byWall.sort(Comparator.comparingDouble(r -> r[0]));
        List<double[]> byCpu = new ArrayList<>(runs);
        byCpu.sort(Comparator.comparingDouble(r -> r[1]));
        System.out.printf(Locale.ROOT, "passes (wall s): %s%n", runs.stream().map(r -> String.format(Locale.ROOT, "%.3f", r[0])).toList());
        System.out.printf(Locale.ROOT, "median of %d: %.3f s wall, %.3f s thread CPU; %d pages, %d bytes (%s)%n", MEASURED,
                byWall.get(MEASURED / 2)[0], byCpu.get(MEASURED / 2)[1], book.pages().size(), Files.size(out), out);
    }

    private static double[] pass(BookTypesetter.Book book, PdfOptions options, Path out) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        new PdfExporter().export(book.pages(), options, out);
        return new double[]{(System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9};
    }

    private static long glyphs(org.annalist.typeset.frame.Frame frame) {
        long n = 0;
        for (var p : frame.items()) {
            if (p.item() instanceof org.annalist.typeset.frame.GlyphRun run) n += run.glyphCount();
            else if (p.item() instanceof org.annalist.typeset.frame.Frame f) n += glyphs(f);
        }
        return n;
    }
}

package org.annalist.export;

import org.annalist.export.pdf.PdfExporter;
import org.annalist.export.pdf.PdfOptions;
import org.annalist.export.png.PngRenderer;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.Positioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The point of walking frames in every exporter: the PDF (rasterised by poppler, an independent reader)
 * and our PNG show the same page. Skipped where poppler-utils is not installed.
 */
class PdfAndPngAgreeTest {
    @TempDir
    Path dir;

    @Test
    void popplersRenderingOfThePdfMatchesThePng() throws Exception {
        String pdftoppm = org.annalist.testing.Tools.require("pdftoppm", "poppler-utils");
        Frame page = SamplePages.samplePage();
        Path pdf = dir.resolve("page.pdf");
        new PdfExporter().export(List.of(page), PdfOptions.titled("样张"), pdf);
        Process p = new ProcessBuilder(pdftoppm, "-r", "200", "-png", "-singlefile", pdf.toString(), dir.resolve("poppler").toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        BufferedImage poppler = ImageIO.read(dir.resolve("poppler.png").toFile());
        PngRenderer renderer = new PngRenderer();
        BufferedImage ours = renderer.render(page, 200);
        assertThat(new int[]{poppler.getWidth(), poppler.getHeight()}).containsExactly(ours.getWidth(), ours.getHeight());

        // What a real disagreement looks like: the same page with column 2 one line lower.
        List<Positioned> items = new ArrayList<>(page.items());
        Positioned column2 = items.get(3);
        items.set(3, new Positioned(column2.x(), column2.y() + SamplePages.LEADING, column2.item()));
        BufferedImage moved = renderer.render(new Frame("page", page.width(), page.height(), 0, items), 200);

        double agree = difference(poppler, ours);
        double disagree = difference(poppler, moved);
        assertThat(agree).as("difference between poppler's and our rendering").isLessThan(disagree / 2).isLessThan(0.04);
    }

    /**
     * Mean absolute difference of 8 × 8-pixel block averages over blocks where either image has ink.
     * Averaging blocks absorbs the two rasterisers' different antialiasing and hinting of small text;
     * a glyph or line in another place still changes whole blocks.
     */
    private static double difference(BufferedImage a, BufferedImage b) {
        final int n = 8;
        double sum = 0;
        long inked = 0;
        for (int by = 0; by + n <= a.getHeight(); by += n) {
            for (int bx = 0; bx + n <= a.getWidth(); bx += n) {
                double ga = 0;
                double gb = 0;
                for (int y = by; y < by + n; y++) {
                    for (int x = bx; x < bx + n; x++) {
                        ga += gray(a, x, y);
                        gb += gray(b, x, y);
                    }
                }
                if (ga == 255.0 * n * n && gb == 255.0 * n * n) continue;
                inked++;
                sum += Math.abs(ga - gb) / (n * n);
            }
        }
        return sum / Math.max(1, inked) / 255;
    }

    private static int gray(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }
}

package org.annalist.export.png;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares a rendering with a committed reference that a person checked, window by window rather than over
 * the whole page: in every {@value #WINDOW}×{@value #WINDOW} pixel square (at every position, so a glyph never
 * hides by straddling a tile border) the gray differences (0–255 a pixel) may add up to at most
 * {@value #TOLERANCE}. A whole-page measure (it was: mean difference under 1 %, under 0.2 % of the pixels off by
 * more than 96) lets a missing glyph through, since one body glyph at 50 dpi is some 50 of the page's 186 000
 * pixels. The actual image is written under target/png-actual/ to look at (and to copy over the reference when a
 * change is intended: the references are meant to be replaced by hand, after looking).
 */
public final class ReferenceImages {
    /** The side of the square window, in pixels: about one 10.5 pt body glyph at the 50–60 dpi of the references. */
    public static final int WINDOW = 8;
    /**
     * The most a window's gray differences may add up to: half its pixels off by one level of rounding. Glyphs
     * are filled as outlines by Java2D's own rasteriser, and the two JDKs on the build machine (17.0.15 and
     * Temurin 25.0.3) draw the book reference page to the identical pixel, so there is no noise to absorb
     * beyond that. A missing glyph differs by far more in the window that held it, measured on the book reference
     * at 50 dpi: the faintest mark, a middle dot ·, 71; a comma 185; 、 208; 。 232; 一 423; other ideographs over 500.
     */
    public static final long TOLERANCE = 32;

    private ReferenceImages() {
    }

    /** The window with the largest difference: its top-left pixel and the sum of its gray differences. */
    public record Difference(int x, int y, long sum) {
        public boolean within(long tolerance) {
            return sum <= tolerance;
        }

        /** Whether the window overlaps the pixel rectangle [x0, x1) × [y0, y1). */
        public boolean overlaps(int x0, int y0, int x1, int y1) {
            return x < x1 && x + WINDOW > x0 && y < y1 && y + WINDOW > y0;
        }
    }

    /**
     * The worst {@link #WINDOW}-square window of the two images (of the same size): summed-area table of the
     * per-pixel gray differences, every window position; the first (top-most, then left-most) of equal sums.
     */
    public static Difference worstWindow(BufferedImage actual, BufferedImage expected) {
        int w = actual.getWidth();
        int h = actual.getHeight();
        if (w != expected.getWidth() || h != expected.getHeight()) {
            throw new IllegalArgumentException(w + "×" + h + " against " + expected.getWidth() + "×" + expected.getHeight());
        }
        // sat[y][x] = sum of differences above and left of (x, y), exclusive
        long[][] sat = new long[h + 1][w + 1];
        for (int y = 0; y < h; y++) {
            long row = 0;
            for (int x = 0; x < w; x++) {
                row += Math.abs(gray(actual, x, y) - gray(expected, x, y));
                sat[y + 1][x + 1] = sat[y][x + 1] + row;
            }
        }
        int side = Math.min(WINDOW, Math.min(w, h));
        Difference worst = new Difference(0, 0, -1);
        for (int y = 0; y + side <= h; y++) {
            for (int x = 0; x + side <= w; x++) {
                long s = sat[y + side][x + side] - sat[y][x + side] - sat[y + side][x] + sat[y][x];
                if (s > worst.sum()) worst = new Difference(x, y, s);
            }
        }
        return worst;
    }

    /** The worst window of {@code actual} against the committed {@code reference} (which must have its size). */
    public static Difference compare(BufferedImage actual, Path reference) throws IOException {
        BufferedImage expected = ImageIO.read(reference.toFile());
        assertThat(new int[]{actual.getWidth(), actual.getHeight()}).as("size of the image against %s", reference)
                .containsExactly(expected.getWidth(), expected.getHeight());
        return worstWindow(actual, expected);
    }

    public static void assertMatches(BufferedImage actual, Path reference) throws IOException {
        Path out = Path.of(System.getProperty("annalist.projectDir", ".")).resolve("target/png-actual")
                .resolve(reference.getFileName());
        Files.createDirectories(out.getParent());
        ImageIO.write(actual, "png", out.toFile());
        assertThat(reference).as("reference image; look at %s and copy it there if it is right", out).exists();
        Difference worst = compare(actual, reference);
        assertThat(worst.sum()).as("gray differences in the %d×%d pixels from (%d, %d); actual in %s",
                WINDOW, WINDOW, worst.x(), worst.y(), out).isLessThanOrEqualTo(TOLERANCE);
    }

    static int gray(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }
}

package org.annalist.export.png;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares a rendering with a committed reference that a person checked: the same size, a mean difference
 * under 1 % and few pixels far off — tolerant of rasteriser rounding across JDK builds, not of a moved line
 * or a missing glyph. The actual image is written under target/png-actual/ to look at (and to copy over the
 * reference when a change is intended).
 */
public final class ReferenceImages {
    /** A pixel this much darker or lighter (of 255) counts as far off. */
    static final int FAR = 96;

    private ReferenceImages() {
    }

    public static void assertMatches(BufferedImage actual, Path reference) throws IOException {
        Path out = Path.of(System.getProperty("annalist.projectDir", ".")).resolve("target/png-actual")
                .resolve(reference.getFileName());
        Files.createDirectories(out.getParent());
        ImageIO.write(actual, "png", out.toFile());
        assertThat(reference).as("reference image; look at %s and copy it there if it is right", out).exists();
        BufferedImage expected = ImageIO.read(reference.toFile());
        assertThat(new int[]{actual.getWidth(), actual.getHeight()}).containsExactly(expected.getWidth(), expected.getHeight());
        long sum = 0;
        int far = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int d = Math.abs(gray(actual, x, y) - gray(expected, x, y));
                sum += d;
                if (d > FAR) far++;
            }
        }
        int pixels = actual.getWidth() * actual.getHeight();
        assertThat(sum / (double) pixels / 255).as("mean difference, actual in %s", out).isLessThan(0.01);
        assertThat(far / (double) pixels).as("share of pixels far off, actual in %s", out).isLessThan(0.002);
    }

    static int gray(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }
}

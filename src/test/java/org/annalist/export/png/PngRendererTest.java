package org.annalist.export.png;

import org.annalist.export.SamplePages;
import org.annalist.export.SkippedCharacters;
import org.annalist.typeset.frame.FontRef;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.frame.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PngRendererTest {
    /** Committed reference of {@link SamplePages#samplePage()} at {@link #REFERENCE_DPI}, checked by eye when made. */
    static final Path REFERENCE = Path.of(System.getProperty("annalist.projectDir", "."))
            .resolve("src/test/resources/org/annalist/export/png/sample-page-60dpi.png");
    static final double REFERENCE_DPI = 60;

    @TempDir
    Path dir;

    private final PngRenderer renderer = new PngRenderer();

    @Test
    void runsHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void imageSizeFollowsTheDpi() throws Exception {
        Frame frame = new Frame("page", 72, 36, 0, List.of());
        assertThat(size(renderer.render(frame, 72))).containsExactly(72, 36);
        assertThat(size(renderer.render(frame, 300))).containsExactly(300, 150);
        BufferedImage page = renderer.render(SamplePages.samplePage(), 150);
        assertThat(page.getWidth()).isEqualTo((int) Math.ceil(SamplePages.WIDTH * 150 / 72));
        assertThat(page.getHeight()).isEqualTo((int) Math.ceil(SamplePages.HEIGHT * 150 / 72));
    }

    private static int[] size(BufferedImage image) {
        return new int[]{image.getWidth(), image.getHeight()};
    }

    @Test
    void aGlyphIsDarkWhereItIsAndTheRestIsWhite() throws Exception {
        // 一 is a single horizontal stroke across the em, a little above the middle of the em box.
        GlyphRun run = SamplePages.run(SamplePages.SERIF, 50, "一");
        Frame frame = new Frame("page", 100, 100, 0, List.of(new Positioned(25, 60, run)));
        BufferedImage image = renderer.render(frame, 72);
        for (int x = 30; x < 70; x++) {
            int darkest = 255;
            for (int y = 35; y < 60; y++) darkest = Math.min(darkest, gray(image, x, y));
            assertThat(darkest).as("stroke at x=%d", x).isLessThan(100);
        }
        for (int x = 0; x < 100; x++) {
            for (int y = 0; y < 100; y++) {
                boolean nearGlyph = x >= 22 && x < 78 && y >= 14 && y < 68;
                if (!nearGlyph) assertThat(gray(image, x, y)).as("(%d,%d)", x, y).isEqualTo(255);
            }
        }
    }

    @Test
    void glyphsSitAtTheirExplicitPositions() throws Exception {
        // The same two glyphs, once set solid and once with the second moved 40 points right.
        GlyphRun solid = SamplePages.run(SamplePages.SERIF, 20, "一一");
        GlyphRun spread = new GlyphRun(solid.font(), 20, "一一", new double[]{0, 60}, 80);
        BufferedImage a = renderer.render(new Frame("p", 120, 40, 0, List.of(new Positioned(10, 25, solid))), 72);
        BufferedImage b = renderer.render(new Frame("p", 120, 40, 0, List.of(new Positioned(10, 25, spread))), 72);
        assertThat(darkColumns(a, 55, 70)).isZero();
        assertThat(darkColumns(b, 55, 70)).isZero();
        assertThat(darkColumns(a, 30, 50)).isGreaterThan(10);
        assertThat(darkColumns(b, 30, 50)).isZero();
        assertThat(darkColumns(b, 71, 90)).isGreaterThan(10);
    }

    private static int darkColumns(BufferedImage image, int from, int to) {
        int n = 0;
        for (int x = from; x < to; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (gray(image, x, y) < 128) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    @Test
    void aRuleIsDrawnAlongItsLength() throws Exception {
        Frame frame = new Frame("page", 100, 20, 0, List.of(new Positioned(10, 10, new Rule(80, 0, 2))));
        BufferedImage image = renderer.render(frame, 72);
        for (int x = 11; x < 89; x++) assertThat(gray(image, x, 10)).as("x=%d", x).isLessThan(60);
        assertThat(gray(image, 5, 10)).isEqualTo(255);
        assertThat(gray(image, 95, 10)).isEqualTo(255);
        assertThat(gray(image, 50, 4)).isEqualTo(255);
    }

    @Test
    void missingCharactersAreSkippedAndCounted() throws Exception {
        SkippedCharacters skipped = new SkippedCharacters();
        GlyphRun run = SamplePages.run(SamplePages.SERIF, 12, "约≒三");
        renderer.render(new Frame("p", 60, 20, 0, List.of(new Positioned(2, 15, run))), 72, skipped);
        assertThat(skipped.counts()).containsOnlyKeys(0x2252);
    }

    @Test
    void aMissingFontFileIsNamedInChinese() {
        Path missing = dir.resolve("无.ttf");
        GlyphRun run = new GlyphRun(new FontRef(missing.toString(), "X"), 12, "字", new double[]{0}, 12);
        assertThatThrownBy(() -> renderer.render(new Frame("p", 20, 20, 0, List.of(new Positioned(0, 15, run))), 72))
                .hasMessageContaining("无法读取字体文件").hasMessageContaining(missing.toString());
    }

    @Test
    void writesAPngFile() throws Exception {
        Path png = dir.resolve("page.png");
        renderer.write(SamplePages.samplePage(), 30, png);
        BufferedImage back = ImageIO.read(png.toFile());
        assertThat(back.getWidth()).isEqualTo(PngRenderer.pixels(SamplePages.WIDTH, 30));
    }

    /**
     * The sample page matches the committed reference window by window ({@link ReferenceImages}): rasteriser
     * rounding passes, a moved line or a single missing glyph does not (the controls below).
     */
    @Test
    void samplePageMatchesTheReferenceImage() throws Exception {
        ReferenceImages.assertMatches(renderer.render(SamplePages.samplePage(), REFERENCE_DPI), REFERENCE);
    }

    /**
     * Negative control: the sample page without one glyph (the first ， the faintest mark on it, then an
     * ideograph) fails against the reference, and the comparison points at that glyph.
     */
    @Test
    void theReferenceComparisonNoticesOneMissingGlyph() throws Exception {
        Frame page = SamplePages.samplePage();
        List<PageGlyphs.Placed> glyphs = PageGlyphs.of(page);
        PageGlyphs.Placed comma = glyphs.stream().filter(g -> g.codePoint() == '，').findFirst().orElseThrow();
        PageGlyphs.Placed ideograph = glyphs.stream().filter(g -> g.codePoint() == '温').findFirst().orElseThrow();
        for (PageGlyphs.Placed g : List.of(comma, ideograph)) {
            ReferenceImages.Difference d = ReferenceImages.compare(
                    renderer.render(PageGlyphs.without(page, g.index()), REFERENCE_DPI), REFERENCE);
            assertThat(d.within(ReferenceImages.TOLERANCE)).as("without %s: %s", Character.toString(g.codePoint()), d).isFalse();
            int[] box = g.pixelBox(REFERENCE_DPI);
            assertThat(d.overlaps(box[0], box[1], box[2], box[3])).as("%s at %s", d, java.util.Arrays.toString(box)).isTrue();
        }
    }

    @Test
    void theReferenceComparisonNoticesAMovedColumn() throws Exception {
        Frame page = SamplePages.samplePage();
        BufferedImage expected = renderer.render(page, REFERENCE_DPI);
        List<Positioned> items = new java.util.ArrayList<>(page.items());
        Positioned column2 = items.get(3);
        items.set(3, new Positioned(column2.x(), column2.y() + SamplePages.LEADING, column2.item()));
        BufferedImage moved = renderer.render(new Frame("page", page.width(), page.height(), 0, items), REFERENCE_DPI);
        assertThat(ReferenceImages.worstWindow(moved, expected).within(ReferenceImages.TOLERANCE)).isFalse();
    }

    private static int gray(BufferedImage image, int x, int y) {
        return ReferenceImages.gray(image, x, y);
    }
}

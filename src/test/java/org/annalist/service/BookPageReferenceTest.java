package org.annalist.service;

import org.annalist.doc.Markdown;
import org.annalist.export.png.PageGlyphs;
import org.annalist.export.png.PngRenderer;
import org.annalist.export.png.ReferenceImages;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.page.BookTypesetter;
import org.annalist.typeset.style.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline against a picture a person checked: a fixed book (the 工作要点 seed set as 条目 under
 * a 类目 and 分目) typeset with nianjian-16k and the shipped fonts; its first body page at 50 dpi must match
 * the committed reference window by window ({@link ReferenceImages}), so a moved line, a single lost glyph or a
 * changed break anywhere from Markdown to frames shows up. The controls take the same page's frames, drop one
 * glyph from its run and render again: the comparison must fail, at that glyph.
 */
class BookPageReferenceTest {
    private static final Path REFERENCE = TestFiles.projectDir()
            .resolve("src/test/resources/org/annalist/typeset/reference/book-body-page-1-50dpi.png");
    private static final double DPI = 50;
    private static final String TEMPLATE = "nianjian-16k";

    @TempDir
    Path tmp;

    static String book() throws Exception {
        String seed = Files.readString(TestFiles.seed("work-points-county-cppcc-2020.txt"), StandardCharsets.UTF_8);
        StringBuilder md = new StringBuilder("% 参考年鉴 2020\n\n# 政治\n\n## 人民政协\n\n");
        for (String line : seed.split("\n")) {
            String l = line.strip();
            var m = java.util.regex.Pattern.compile("^\\d+\\.(.+?)。(.+)$").matcher(l);
            if (m.matches()) md.append("**【").append(m.group(1)).append("】** ").append(m.group(2)).append("\n\n");
        }
        return md.toString();
    }

    @Test
    void firstBodyPageMatchesTheReference() throws Exception {
        Path png = tmp.resolve("png");
        TypesetService.Summary s = TypesetService.markdown(book(), "参考", tmp.resolve("ref.pdf"),
                new TypesetService.Options(TEMPLATE, false, false, false, null, tmp.resolve("cache"), png, DPI), (p, d, t) -> {
                });
        BufferedImage actual = ImageIO.read(png.resolve(String.format("%03d.png", s.frontPages() + 1)).toFile());
        ReferenceImages.assertMatches(actual, REFERENCE);
    }

    /**
     * The frames of the page above, laid out the way {@link TypesetService#markdown} lays them out (the same
     * template, fonts, parser and typesetter; only the PDF is not written).
     */
    private Frame firstBodyPage() throws Exception {
        String text = book();
        Template template = TypesetService.template(TEMPLATE);
        var fonts = TypesetService.fonts(template,
                new TypesetService.Options(TEMPLATE, false, false, false, null, tmp.resolve("cache")));
        BookTypesetter.Book book = new BookTypesetter(template, fonts, PersonNames::pinyin, source -> null)
                .typeset(Markdown.parseParallel(text), BookTypesetter.Progress.NONE);
        return book.pages().get(book.frontPages());
    }

    /** Positive control: the page's own frames, drawn by the PNG renderer, match the reference. */
    @Test
    void thePagesFramesMatchTheReference() throws Exception {
        Frame page = firstBodyPage();
        assertThat(PageGlyphs.of(page)).hasSizeGreaterThan(1000);
        ReferenceImages.Difference d = ReferenceImages.compare(new PngRenderer().render(page, DPI), REFERENCE);
        assertThat(d.within(ReferenceImages.TOLERANCE)).as("%s", d).isTrue();
    }

    /**
     * Negative control: the same page with one glyph taken out of its run fails the comparison, and the worst
     * window lies on that glyph — for the faintest marks on the page (a middle dot, 、 and 。) and an ideograph.
     */
    @Test
    void aPageMissingOneGlyphFailsAtThatGlyph() throws Exception {
        Frame page = firstBodyPage();
        List<PageGlyphs.Placed> glyphs = PageGlyphs.of(page);
        List<PageGlyphs.Placed> chosen = new java.util.ArrayList<>();
        for (int cp : new int[]{'·', '、', '。'}) {
            chosen.add(glyphs.stream().filter(g -> g.codePoint() == cp).findFirst().orElseThrow(
                    () -> new AssertionError("the page has no " + Character.toString(cp))));
        }
        chosen.add(glyphs.stream().skip(glyphs.size() / 2).filter(g -> Character.isIdeographic(g.codePoint()))
                .findFirst().orElseThrow());
        PngRenderer renderer = new PngRenderer();
        for (PageGlyphs.Placed g : chosen) {
            ReferenceImages.Difference d = ReferenceImages.compare(renderer.render(PageGlyphs.without(page, g.index()), DPI), REFERENCE);
            String what = Character.toString(g.codePoint()) + " (glyph " + g.index() + ")";
            assertThat(d.within(ReferenceImages.TOLERANCE)).as("without %s: %s", what, d).isFalse();
            int[] box = g.pixelBox(DPI);
            assertThat(d.overlaps(box[0], box[1], box[2], box[3])).as("without %s: %s is at %s", what, d,
                    java.util.Arrays.toString(box)).isTrue();
        }
    }
}

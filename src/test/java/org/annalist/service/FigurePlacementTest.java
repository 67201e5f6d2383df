package org.annalist.service;

import org.annalist.export.pdf.PdfChecks;
import org.annalist.typeset.style.Template;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Pictures asked for at a column's top or foot, or across the page foot ("上", "下", "通栏下"): read back from the
 * PDF where they were drawn, where their captions are, and that the text reads column 1, column 2, page foot.
 */
class FigurePlacementTest {
    @TempDir
    Path tmp;

    /** A picture drawn on a page: left and top edge from the page's top-left corner, width and height (pt). */
    record Drawn(double x, double top, double width, double height) {
        double bottom() {
            return top + height;
        }
    }

    private static void picture(Path file, int w, int h, Color c) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }

    private static String paragraphs(String prefix, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(prefix).append(i).append("，全区经济运行总体平稳，农业生产稳定发展，工业生产持续回升，服务业较快增长。\n\n");
        }
        return sb.toString();
    }

    @Test
    void picturesGoToTheColumnTopAndFootAndTheSpanningOneToThePageFoot() throws Exception {
        picture(tmp.resolve("红.png"), 900, 450, new Color(200, 30, 30));
        picture(tmp.resolve("蓝.png"), 900, 600, new Color(30, 30, 200));
        picture(tmp.resolve("绿.png"), 1800, 500, new Color(30, 160, 30));
        String md = "% 版面测试\n\n# 图片\n\n" + paragraphs("甲段", 3)
                + "![图1 栏底图](蓝.png \"下\")\n\n" + paragraphs("乙段", 2)
                + "![图2 栏顶图](红.png \"上\")\n\n" + paragraphs("丙段", 14)
                + "![图3 通栏底图](绿.png \"通栏下\")\n\n" + paragraphs("丁段", 70);
        Path book = tmp.resolve("版面.md");
        Files.writeString(book, md);
        Path pdf = tmp.resolve("placed.pdf");
        TypesetService.Summary s = TypesetService.markdownFile(book, pdf,
                new TypesetService.Options("nianjian-16k", false, true, false, null, tmp.resolve("cache"), tmp.resolve("png"), 80),
                (p, d, t) -> {
                });
        Path keep = TestFiles.projectDir().resolve("target/test-output");
        Files.createDirectories(keep);
        Files.copy(pdf, keep.resolve("figure-placement.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Template t = TypesetService.template("nianjian-16k");
        double textTop = t.marginTop();
        double textBottom = t.marginTop() + t.textHeight();
        int first = s.frontPages(); // folio 1: a recto, columns from the inner margin
        double col1 = t.marginInner();
        double col2 = col1 + t.columnWidth() + t.columnGap();

        List<Drawn> page1 = drawn(pdf, first);
        assertThat(page1).hasSize(2);
        List<TextPosition> glyphs = PdfChecks.positions(pdf, first);
        double openingBottom = glyphs.stream().filter(g -> g.getUnicode().equals("图") && g.getFontSizeInPt() > 15)
                .mapToDouble(TextPosition::getY).max().orElseThrow();
        // 图1: at the foot of column 1, its caption on the last grid line; the text of column 1 goes on above it
        Drawn foot = page1.get(0);
        assertThat(foot.x()).isCloseTo(col1, within(0.5));
        assertThat(foot.width()).isCloseTo(t.columnWidth(), within(0.5));
        double caption1 = baselineOf(glyphs, "栏底图");
        assertThat(caption1).isGreaterThan(foot.bottom()).isCloseTo(textBottom, within(t.linePitch()));
        double column1Text = glyphs.stream().filter(g -> g.getX() < col2 - 1 && g.getY() > openingBottom + 1
                && !isCaption(g)).mapToDouble(TextPosition::getY).max().orElseThrow();
        assertThat(column1Text).isLessThan(foot.top()).isGreaterThan(foot.top() - 3 * t.linePitch());
        assertThat(PdfChecks.text(pdf, first).replaceAll("\\s", "")).contains("乙段1"); // text after 图1 stays in column 1
        // 图2: text stood in column 1 already, so it tops column 2, right under the 类目 opening
        Drawn top = page1.get(1);
        assertThat(top.x()).isCloseTo(col2, within(0.5));
        assertThat(top.top()).isGreaterThan(openingBottom).isLessThan(openingBottom + 4 * t.linePitch());
        double column2Text = glyphs.stream().filter(g -> g.getX() > col2 - 1 && g.getY() > openingBottom + 1
                && !isCaption(g)).mapToDouble(TextPosition::getY).min().orElseThrow();
        assertThat(column2Text).isGreaterThan(top.bottom() + t.linePitch()); // caption and a blank line in between
        assertThat(baselineOf(glyphs, "栏顶图")).isBetween(top.bottom(), column2Text);

        // reading order: column 1 (图1's caption after its text), then column 2 (图2's caption first)
        String text = PdfChecks.text(pdf, first).replaceAll("\\s", "");
        assertThat(text.indexOf("乙段1")).isLessThan(text.indexOf("图1栏底图"));
        assertThat(text.indexOf("图1栏底图")).isLessThan(text.indexOf("图2栏顶图"));
        assertThat(text.indexOf("图2栏顶图")).isLessThan(text.lastIndexOf("丙段"));

        // 图3 across the foot of a later page, under both columns, and read after them
        int wide = -1;
        for (int p = first + 1; p < first + s.bodyPages() && wide < 0; p++) {
            if (!drawn(pdf, p).isEmpty()) wide = p;
        }
        assertThat(wide).isPositive().isLessThan(first + s.bodyPages() - 1); // not the balanced last page
        Drawn spanning = drawn(pdf, wide).get(0);
        assertThat(spanning.width()).isCloseTo(t.textWidth(), within(0.5));
        List<TextPosition> wideGlyphs = PdfChecks.positions(pdf, wide);
        double caption3 = baselineOf(wideGlyphs, "通栏底图");
        assertThat(caption3).isGreaterThan(spanning.bottom()).isCloseTo(textBottom, within(t.linePitch()));
        for (boolean second : new boolean[]{false, true}) {
            double lowest = wideGlyphs.stream().filter(g -> g.getFontSizeInPt() > 8.5 && g.getY() > textTop
                    && g.getY() < textBottom && (g.getX() > t.pageWidth() / 2) == second && !isCaption(g))
                    .mapToDouble(TextPosition::getY).max().orElseThrow();
            assertThat(lowest).isLessThan(spanning.top()).isGreaterThan(spanning.top() - 2.5 * t.linePitch());
        }
        String wideText = PdfChecks.text(pdf, wide).replaceAll("\\s", "");
        assertThat(wideText.indexOf("图3通栏底图")).isGreaterThan(wideText.lastIndexOf("段"));
        assertThat(s.warnings()).noneMatch(w -> w.contains("图"));
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    /** Captions are set in 六号 (7.5 pt), the body in 小五 (9 pt). */
    private static boolean isCaption(TextPosition g) {
        return g.getFontSizeInPt() < 8;
    }

    private static double baselineOf(List<TextPosition> glyphs, String text) {
        StringBuilder sb = new StringBuilder();
        for (TextPosition g : glyphs) sb.append(g.getUnicode());
        int at = sb.indexOf(text);
        assertThat(at).as("“%s” on the page", text).isNotNegative();
        return glyphs.get(at).getY();
    }

    private static List<Drawn> drawn(Path pdf, int pageIndex) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return org.annalist.export.pdf.PdfChecks.imagesDrawn(doc.getPage(pageIndex)).stream()
                    .map(d -> new Drawn(d.x(), d.top(), d.width(), d.height())).toList();
        }
    }
}

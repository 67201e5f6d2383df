package org.annalist.service;

import org.annalist.export.pdf.PdfChecks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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

/** Figures next to a Markdown book: placed at column width, captions under them, bad images reported. */
class FigureTypesetTest {
    @TempDir
    Path tmp;

    private static void picture(Path file, String format, int w, int h, Color c) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ImageIO.write(img, format, file.toFile());
    }

    @Test
    void picturesAreDrawnWithCaptionsAndBadOnesReported() throws Exception {
        picture(tmp.resolve("大.png"), "png", 900, 600, new Color(200, 30, 30));
        picture(tmp.resolve("小.jpg"), "jpeg", 150, 150, new Color(30, 30, 200));
        Files.write(tmp.resolve("坏.png"), new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9});
        String md = "% 图片测试\n\n# 图片\n\n正文第一段。\n\n![图1 大照片](大.png)\n\n正文第二段。\n\n"
                + "![图2 小照片](小.jpg)\n\n![图3 坏图](坏.png)\n\n![图4 没有的图](没有.png)\n\n正文末段。\n";
        Path book = tmp.resolve("书稿.md");
        Files.writeString(book, md);
        Path pdf = tmp.resolve("out.pdf");
        TypesetService.Summary s = TypesetService.markdownFile(book, pdf,
                new TypesetService.Options("nianjian-16k", false, true, false, null, tmp.resolve("cache"), tmp.resolve("png"), 60),
                (p, d, t) -> {
                });
        assertThat(s.warnings()).anyMatch(w -> w.contains("图3 坏图") && w.contains("不是可识别的 PNG 或 JPEG 图像"));
        assertThat(s.warnings()).anyMatch(w -> w.contains("图4 没有的图") && w.contains("找不到文件"));

        int body = s.frontPages();
        String text = PdfChecks.text(pdf, body).replaceAll("\\s", "");
        assertThat(text).contains("图1大照片", "图2小照片", "图3坏图", "图4没有的图");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(body);
            List<float[]> drawn = drawnImages(page);
            assertThat(drawn).hasSize(2);
            // the big picture fills the 24-character column (216 pt); the small one is not enlarged past 150 dpi
            assertThat(drawn.get(0)[0]).isCloseTo(216f, within(0.01f));
            assertThat(drawn.get(0)[1]).isCloseTo(144f, within(0.01f));
            assertThat(drawn.get(1)[0]).isCloseTo(72f, within(0.01f));
        }
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        Path keep = TestFiles.projectDir().resolve("target/test-output");
        Files.createDirectories(keep);
        Files.copy(pdf, keep.resolve("figures.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // the PNG page shows the red picture where the PDF has it
        BufferedImage png = ImageIO.read(tmp.resolve("png").resolve(String.format("%03d.png", body + 1)).toFile());
        int red = 0;
        for (int y = 0; y < png.getHeight(); y += 2) {
            for (int x = 0; x < png.getWidth(); x += 2) {
                Color c = new Color(png.getRGB(x, y));
                if (c.getRed() > 180 && c.getGreen() < 60 && c.getBlue() < 60) red++;
            }
        }
        assertThat(red).isGreaterThan(1000);
    }

    /** Width and height (points) of each image drawn on the page, in drawing order. */
    private static List<float[]> drawnImages(PDPage page) throws Exception {
        return org.annalist.export.pdf.PdfChecks.imagesDrawn(page).stream()
                .map(d -> new float[]{(float) d.width(), (float) d.height()}).toList();
    }

    @Test
    void aPictureAskedForAs通栏SpansBothColumnsAtAPageTop() throws Exception {
        picture(tmp.resolve("全景.png"), "png", 1200, 400, new Color(30, 160, 30));
        StringBuilder md = new StringBuilder("% 通栏测试\n\n# 图片\n\n");
        for (int i = 0; i < 12; i++) md.append("正文段落").append(i).append("，内容较长的一段文字，用来把版面填满一些。\n\n");
        md.append("![图1 全景](全景.png \"通栏\")\n\n");
        for (int i = 0; i < 60; i++) md.append("后文段落").append(i).append("，内容较长的一段文字，用来把版面填满一些。\n\n");
        Path book = tmp.resolve("通栏.md");
        Files.writeString(book, md.toString());
        Path pdf = tmp.resolve("wide.pdf");
        TypesetService.Summary s = TypesetService.markdownFile(book, pdf,
                new TypesetService.Options("nianjian-16k", false, false, false, null, tmp.resolve("cache")), (p, d, t) -> {
                });
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            boolean found = false;
            for (int p = s.frontPages(); p < doc.getNumberOfPages(); p++) {
                List<float[]> drawn = drawnImages(doc.getPage(p));
                if (drawn.isEmpty()) continue;
                // across the text block (2 × 216 pt + 18 pt gap), not one column
                assertThat(drawn.get(0)[0]).isCloseTo(450f, within(0.01f));
                found = true;
            }
            assertThat(found).isTrue();
        }
        Files.copy(pdf, TestFiles.projectDir().resolve("target/test-output/figure-spanning.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

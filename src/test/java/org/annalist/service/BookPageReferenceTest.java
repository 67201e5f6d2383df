package org.annalist.service;

import org.annalist.export.png.ReferenceImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole pipeline against a picture a person checked: a fixed book (the 工作要点 seed set as 条目 under
 * a 类目 and 分目) typeset with nianjian-16k and the shipped fonts; its first body page at 50 dpi must match
 * the committed reference (mean difference under 1 %, few pixels far off), so a moved line, a lost glyph or a
 * changed break anywhere from Markdown to frames shows up.
 */
class BookPageReferenceTest {
    private static final Path REFERENCE = TestFiles.projectDir()
            .resolve("src/test/resources/org/annalist/typeset/reference/book-body-page-1-50dpi.png");

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
                new TypesetService.Options("nianjian-16k", false, false, false, null, tmp.resolve("cache"), png, 50), (p, d, t) -> {
                });
        BufferedImage actual = ImageIO.read(png.resolve(String.format("%03d.png", s.frontPages() + 1)).toFile());
        ReferenceImages.assertMatches(actual, REFERENCE);
    }
}

package org.annalist.service;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Footnotes and endnotes typeset apart: a footnote's ① and its text at the page foot, endnotes as [1] [2] numbered
 * within their item and printed after it under "注释", before the next item starts.
 */
class EndnotesTypesetTest {
    @TempDir
    Path tmp;

    @Test
    void endnotesCloseTheirItemFootnotesStayAtThePageFoot() throws Exception {
        String md = "% 注释测试\n\n# 文史\n\n[乌当文史工作]{.title level=\"2\"}\n\n"
                + "文史工作始于1984年[^e1]，至今编印二十辑[^2]。\n\n### 一、组织\n\n组建文史委员会[^e3]。\n\n"
                + "[第二篇]{.title level=\"2\"}\n\n第二篇正文[^e4]。\n\n"
                + "[^e1]: 据《乌当区志》。\n\n[^2]: 区政协办公室提供。\n\n[^e3]: 1985年3月。\n\n[^e4]: 第二篇的尾注。\n";
        Path pdf = tmp.resolve("注释.pdf");
        TypesetService.markdown(md, "注释测试", pdf,
                new TypesetService.Options("wenshi-16k", false, false, false, null, tmp.resolve("cache")), (p, d, t) -> {
                });
        Path keep = TestFiles.projectDir().resolve("target/test-output");
        Files.createDirectories(keep);
        Files.copy(pdf, keep.resolve("endnotes.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            text = s.getText(doc).replaceAll("[\\s\\u3000]", "");
        }
        assertThat(text).contains("文史工作始于1984年[1]，至今编印二十辑①。").contains("组建文史委员会[2]。")
                .contains("第二篇正文[1]。").contains("①区政协办公室提供。");
        int notes = text.indexOf("注释[1]据《乌当区志》。[2]1985年3月。");
        assertThat(notes).isPositive();
        assertThat(notes).isGreaterThan(text.indexOf("组建文史委员会")).isLessThan(text.indexOf("第二篇正文"));
        assertThat(text.indexOf("注释[1]第二篇的尾注。")).isGreaterThan(text.indexOf("第二篇正文"));
        assertThat(text).doesNotContain("①据《乌当区志》");
    }
}

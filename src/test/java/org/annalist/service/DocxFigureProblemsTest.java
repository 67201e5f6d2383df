package org.annalist.service;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A picture the .docx cannot take — a file that is not there, one that is no picture, an SVG — leaves its placeholder
 * and caption in the text and a warning naming the picture and saying what is wrong with it in Chinese (not the bare
 * path of the missing file); the pictures that can go in do.
 */
class DocxFigureProblemsTest {
    @TempDir
    Path tmp;

    @Test
    void eachPictureThatCannotGoInIsNamedWithItsProblem() throws Exception {
        Files.write(tmp.resolve("坏图.png"), "这不是图片".getBytes(StandardCharsets.UTF_8));
        Files.writeString(tmp.resolve("示意.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        Path md = tmp.resolve("书稿.md");
        Files.writeString(md, """
                % 书稿

                # 综述

                **【概况】** 正文。

                ![不存在的图](缺失的图.png)

                ![不是图片](坏图.png)

                ![矢量图](示意.svg)
                """, StandardCharsets.UTF_8);
        Path docx = tmp.resolve("书稿.docx");
        var summary = DocxService.markdownFile(md, docx, "nianjian-16k");
        assertThat(summary.figures()).isZero();
        assertThat(summary.warnings()).containsExactly(
                "图片缺失的图.png未能放入 Word 文件：找不到图片文件",
                "图片坏图.png未能放入 Word 文件：不是可识别的 PNG、JPEG、GIF 或 BMP 图像",
                "图片示意.svg未能放入 Word 文件：不是可识别的 PNG、JPEG、GIF 或 BMP 图像");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            String text = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("〔图片缺失的图.png缺失〕", "不存在的图", "〔图片坏图.png缺失〕", "不是图片", "矢量图");
        }
    }
}

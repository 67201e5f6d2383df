package org.annalist.service;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Odd input the PDF sets in a certain way, the .docx the same way: a heading with no text is left out (no empty
 * 类目 opening on a page of its own, no 目录 line of dots only) and a cell spanning past the table's last column
 * ends at it (the table keeps the columns its header has, not empty ones more).
 */
class DocxLikeThePdfTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyHeadingIsLeftOutAsThePdfLeavesItOut() throws Exception {
        Path md = tmp.resolve("书稿.md");
        Files.writeString(md, "% 书稿\n\n# 政治\n\n**【概况】** 正文。\n\n# \n\n**【空标题后】** 正文。\n\n# 经济\n\n**【综述】** 正文。\n",
                StandardCharsets.UTF_8);
        Path docx = tmp.resolve("书稿.docx");
        var summary = DocxService.markdownFile(md, docx, "nianjian-16k");
        assertThat(summary.categories()).isEqualTo(2);
        assertThat(summary.tocEntries()).isEqualTo(2);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            List<XWPFParagraph> leimu = d.getParagraphs().stream()
                    .filter(p -> "类目".equals(d.getStyles().getStyle(p.getStyleID()) == null ? null
                            : d.getStyles().getStyle(p.getStyleID()).getName()))
                    .toList();
            assertThat(leimu).extracting(XWPFParagraph::getText).containsExactly("政治", "经济");
            assertThat(d.getParagraphs()).extracting(XWPFParagraph::getText).contains("【空标题后】正文。");
        }
    }

    @Test
    void aCellSpanningPastTheEndStopsAtTheLastColumn() throws Exception {
        Path md = tmp.resolve("表.md");
        Files.writeString(md, "% 表\n\n# 表格\n\n| 甲 | 乙 |\n|---|---|\n| 跨过头 ||||\n| 丙 | 丁 |\n", StandardCharsets.UTF_8);
        Path docx = tmp.resolve("表.docx");
        DocxService.markdownFile(md, docx, "nianjian-16k");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable t = d.getTables().get(0);
            assertThat(t.getCTTbl().getTblGrid().getGridColList()).hasSize(2);
            assertThat(t.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("甲", "乙");
            assertThat(t.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly("跨过头");
            assertThat(t.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
            assertThat(t.getRow(2).getTableCells()).extracting(c -> c.getText()).containsExactly("丙", "丁");
        }
    }
}

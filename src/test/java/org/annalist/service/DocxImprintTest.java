package org.annalist.service;

import org.annalist.export.pdf.PdfChecks;
import org.annalist.testing.LibreOffice;
import org.annalist.typeset.style.Template;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .docx's 版权页 says what the PDF's says ({@link org.annalist.doc.ImprintText}): the CIP data in a ruled box and
 * the 版本记录 with its labels, from the book's sidecar (书名.版权页.yaml) as the PDF reads it, at the foot of the page
 * when LibreOffice lays it out; 印张 and 字数 are left to the PDF (they count its pages).
 */
class DocxImprintTest {
    @TempDir
    Path tmp;

    @Test
    void theCopyrightPageCarriesTheCipBoxAndTheLabelledRecordAtTheFootOfItsPage() throws Exception {
        Path md = tmp.resolve("示范年鉴.md");
        StringBuilder book = new StringBuilder("% 示范年鉴\n\n# 综述\n\n");
        for (int i = 0; i < 40; i++) book.append("**【经济运行").append(i).append("】** 2022年，全市地区生产总值增长5.1%。\n\n");
        Files.writeString(md, book);
        Files.writeString(ImprintReader.sidecarOf(md), CopyrightPageTest.SIDECAR);
        Path docx = tmp.resolve("示范年鉴.docx");
        assertThat(DocxService.markdownFile(md, docx, "nianjian-16k").warnings()).isEmpty();

        String page;
        List<String> boxed;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument x = new XWPFDocument(in)) {
            StringBuilder text = new StringBuilder();
            boxed = new java.util.ArrayList<>();
            int section = 0;
            for (XWPFParagraph p : x.getParagraphs()) {
                if (section == 1) {
                    text.append(p.getText()).append('\n');
                    if (p.getStyleID() != null && p.getStyleID().startsWith("CIP")) boxed.add(p.getText());
                }
                if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) section++;
            }
            page = text.toString();
            assertThat(x.getStyles().getStyle("CIPshuju").getCTStyle().getPPr().getPBdr().getTop()).isNotNull();
            assertThat(x.getStyles().getStyle("CIPshuju").getName()).isEqualTo("CIP数据");
        }
        String flat = page.replaceAll("[\\s\u3000]", "");
        assertThat(flat).contains("图书在版编目（CIP）数据", "示范年鉴.2022/示范市地方志编纂委员会编.--贵阳:贵州人民出版社,2022.12",
                "ISBN978-7-221-17283-5", "Ⅰ.①示…", "Ⅲ.①示范市-2022-年鉴", "Ⅳ.①Z522.73",
                "中国版本图书馆CIP数据核字（2022）第228016号", "书名示范年鉴（2022）", "编者示范市地方志编纂委员会编",
                "责任编辑王雪封面设计陈晨", "出版发行贵州人民出版社", "（贵阳市观山湖区", "印刷贵阳精彩数字印刷有限公司",
                "开本787mm×1092mm1/16", "版次2022年12月第1版2022年12月第1次印刷", "书号ISBN978-7-221-17283-5", "定价280.00元")
                .doesNotContain("印张", "字数", "null");
        assertThat(boxed).hasSize(5).first().isEqualTo("图书在版编目（CIP）数据");

        // laid out by LibreOffice: the box in the lower half of the text block, the 版本记录 under it, within the block
        Path pdf = LibreOffice.toPdf(docx, tmp);
        Template t = TypesetService.template("nianjian-16k");
        List<TextPosition> glyphs = PdfChecks.positions(pdf, 1);
        double cip = y(glyphs, "图");
        double price = y(glyphs, "定");
        assertThat(cip).as("the CIP box's top").isGreaterThan(t.marginTop() + t.textHeight() * 0.4);
        assertThat(price).as("定价, the last row").isGreaterThan(cip).isLessThanOrEqualTo(t.marginTop() + t.textHeight());
        assertThat(PdfChecks.text(pdf, 2).replaceAll("[\\s\u3000]", "")).as("the page after: the 目录").startsWith("目录");
    }

    /** The top of the first glyph {@code ch} on the page (PDFBox's y from the page top). */
    private static double y(List<TextPosition> glyphs, String ch) {
        return glyphs.stream().filter(g -> g.getUnicode().equals(ch)).mapToDouble(TextPosition::getYDirAdj).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ch + " on the page"));
    }
}

package org.annalist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ordered lists print their own numbers: letters, roman numerals, parentheses, and the bare number of an empty item. */
class ListsTypesetTest {
    @TempDir
    Path tmp;

    @Test
    void letteredRomanAndEmptyItemsArePrintedAsNumbered() throws Exception {
        String md = "% 列表测试\n\n# 文史\n\n[列表]{.title level=\"2\"}\n\n附件目录：\n\nA.  口述史访谈记录\nB.  专题展览图片\n\n"
                + "说明：\n\n(iii) 第三卷\n(iv) 第四卷\n\n步骤：\n\n1. 征集\n\n   a) 走访\n   b) 收集\n\n2.\n\n3. 出版\n";
        Path pdf = tmp.resolve("列表.pdf");
        TypesetService.markdown(md, "列表测试", pdf,
                new TypesetService.Options("wenshi-16k", false, false, false, null, tmp.resolve("cache")), (p, d, t) -> {
                });
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            text = s.getText(doc).replaceAll("[\\s\\u3000]", "");
        }
        assertThat(text).contains("A.口述史访谈记录B.专题展览图片").contains("(iii)第三卷(iv)第四卷")
                .contains("1.征集a)走访b)收集2.3.出版");
    }
}

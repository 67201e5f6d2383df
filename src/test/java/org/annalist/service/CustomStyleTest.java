package org.annalist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annalist.doc.Attr;
import org.annalist.doc.Block;
import org.annalist.doc.Blocks;
import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word paragraph style the tree has no record for survives as the paragraph's {@code custom-style} (pandoc's way):
 * import → store → {@code export-md} → import again.
 */
class CustomStyleTest {
    @TempDir
    Path tmp;

    @Test
    void anUnknownWordStyleSurvivesStoreAndBookFile() throws Exception {
        Path docx = tmp.resolve("样式稿.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("GongWen");
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("公文正文");
            doc.createStyles().addStyle(new XWPFStyle(style));
            XWPFParagraph plain = doc.createParagraph();
            plain.createRun().setText("乌当区政协2022年编撰完成两期《乌当文史》。");
            XWPFParagraph styled = doc.createParagraph();
            styled.setStyle("GongWen");
            styled.createRun().setText("收录稿件70余篇，约60万字。");
            doc.write(out);
        }
        Path data = tmp.resolve("data");
        try (AnnalistSession s = AnnalistSession.open(data, false, "测试")) {
            s.demo().buildAll(TestFiles.archiveDir());
            var pub = s.queries().publication("demo-wenshi-1").orElseThrow();
            long section = pub.sections().get(0).section().id();
            var r = s.imports().importFiles(List.of(docx), section, ImportService.Progress.NONE);
            assertThat(r.failed()).as(String.valueOf(r.files().get(0).error())).isZero();
            long id = r.files().get(0).items().get(0).id();

            // in the store
            Document body = Markdown.parse(s.queries().item(id).orElseThrow().item().body());
            assertThat(styleOf(body, "收录稿件")).isEqualTo("公文正文");
            assertThat(styleOf(body, "乌当区政协2022年")).isNull();

            // in the book file
            String md = BookAssembler.markdown(s.queries().publication("demo-wenshi-1").orElseThrow());
            assertThat(md).contains("\n收录稿件70余篇，约60万字。\n{custom-style=\"公文正文\"}\n");
            Path book = tmp.resolve("书稿.md");
            Files.writeString(book, md, StandardCharsets.UTF_8);

            // and read in again
            var again = s.imports().importFiles(List.of(book), null, ImportService.Progress.NONE);
            assertThat(again.failed()).isZero();
            Document back = Markdown.parse(s.queries().item(again.files().get(0).items().get(0).id()).orElseThrow().item().body());
            assertThat(styleOf(back, "收录稿件")).isEqualTo("公文正文");
        }
    }

    private static String styleOf(Document doc, String start) {
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Paragraph p && Blocks.plainText(p).startsWith(start)) return p.attr().value(Attr.CUSTOM_STYLE);
        }
        throw new AssertionError("no paragraph " + start + " in " + doc);
    }
}

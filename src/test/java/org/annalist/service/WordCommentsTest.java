package org.annalist.service;

import org.annalist.cli.AnnalistCli;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A Word file's comments are stored with the item (H2, migration V2), survive reopening and are shown. */
class WordCommentsTest {
    @TempDir
    Path tmp;

    @Test
    void commentsAreStoredAndShown() throws Exception {
        Path docx = tmp.resolve("带批注.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            title.createRun().setText("乌当区政协文史工作");
            XWPFParagraph p = doc.createParagraph();
            p.getCTP().addNewCommentRangeStart().setId(BigInteger.ONE);
            p.createRun().setText("2022年编撰完成两期《乌当文史》，收录稿件70余篇。");
            p.getCTP().addNewCommentRangeEnd().setId(BigInteger.ONE);
            XWPFComment c = doc.createComments().createComment(BigInteger.ONE);
            c.setAuthor("初审 李编辑");
            c.createParagraph().createRun().setText("“70余篇”请与目录核对。");
            doc.write(out);
        }
        Path data = tmp.resolve("data");
        long id = importOne(docx, data);
        try (AnnalistSession s = AnnalistSession.open(data, false, "测试")) {
            var comments = s.queries().item(id).orElseThrow().comments();
            assertThat(comments).hasSize(1);
            assertThat(comments.get(0).author()).isEqualTo("初审 李编辑");
            assertThat(comments.get(0).anchor()).startsWith("2022年编撰完成两期");
        }
        StringWriter out = new StringWriter();
        int code = AnnalistCli.run(new String[]{"--data", data.toString(), "show", String.valueOf(id)},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("批注（审读意见）").contains("初审 李编辑").contains("“70余篇”请与目录核对。")
                .contains("批注于：2022年编撰完成两期");
    }

    @Test
    void threadsAndMarkedTextAreStoredAndShown() throws Exception {
        Path docx = tmp.resolve("批注稿.docx");
        Files.write(docx, org.annalist.importer.docx.WordFixtures.commented());
        Path data = tmp.resolve("data");
        long id = importOne(docx, data);
        try (AnnalistSession s = AnnalistSession.open(data, false, "测试")) {
            var comments = s.queries().item(id).orElseThrow().comments();
            assertThat(comments).hasSize(3);
            assertThat(comments.get(0).parentId()).isNull();
            assertThat(comments.get(1).parentId()).isEqualTo(comments.get(0).id());
            assertThat(comments.get(2).parentId()).isNull();
            assertThat(comments.get(0).quote()).isEqualTo("两期《乌当文史》");
        }
        StringWriter out = new StringWriter();
        AnnalistCli.run(new String[]{"--data", data.toString(), "show", String.valueOf(id)},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        String shown = out.toString();
        assertThat(shown).contains("  初审 李编辑  ").contains("    所批注的文字：「两期《乌当文史》」")
                .contains("      ↳ 回复：作者 王老五").contains("        已核对，确为两期。");
        assertThat(shown.indexOf("↳ 回复：作者 王老五")).isBetween(shown.indexOf("初审 李编辑"), shown.indexOf("复审 赵主任"));
    }

    /** A binary .doc (saved by LibreOffice as Word 97) brings its comments into the store the same way. */
    @Test
    void commentsOfABinaryDocAreStoredAndShown() throws Exception {
        Path doc = tmp.resolve("批注稿.doc");
        try (var in = org.annalist.importer.docx.DocImporter.class.getResourceAsStream("lo-commented.doc")) {
            Files.write(doc, in.readAllBytes());
        }
        Path data = tmp.resolve("data");
        long id = importOne(doc, data);
        try (AnnalistSession s = AnnalistSession.open(data, false, "测试")) {
            var comments = s.queries().item(id).orElseThrow().comments();
            assertThat(comments).extracting(c -> c.author()).containsExactly("初审 李编辑", "ZR", "复审 赵主任", "作者 王老五");
            assertThat(comments.get(0).writtenAt()).isEqualTo(java.time.Instant.parse("2024-05-01T10:00:00Z"));
            assertThat(comments.get(1).quote()).isEqualTo("686平方公里");
        }
        StringWriter out = new StringWriter();
        AnnalistCli.run(new String[]{"--data", data.toString(), "show", String.valueOf(id)},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(out.toString()).contains("  初审 李编辑  ").contains("    所批注的文字：「两期《乌当文史》」")
                .contains("    面积请核对。\n    见《乌当区志》第3页。").contains("批注：4 条");
    }

    /** Imports one file into a new archive at {@code data} and returns its (first) item's number. */
    private static long importOne(Path file, Path data) {
        try (AnnalistSession s = AnnalistSession.open(data, false, "测试")) {
            var r = s.imports().importFiles(List.of(file), null, ImportService.Progress.NONE);
            assertThat(r.failed()).as(String.valueOf(r.files().get(0).error())).isZero();
            return r.files().get(0).items().get(0).id();
        }
    }
}

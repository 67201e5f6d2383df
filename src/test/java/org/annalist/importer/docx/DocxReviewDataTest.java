package org.annalist.importer.docx;

import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Comments come along as review comments; tracked changes are not imported yet and the report says so. */
class DocxReviewDataTest {

    @Test
    void trackedChangesAndCommentsAreReported() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            p.getCTP().addNewCommentRangeStart().setId(BigInteger.ZERO);
            p.createRun().setText("原有的文字。");
            CTRunTrackChange ins = p.getCTP().addNewIns();
            ins.setId(BigInteger.ONE);
            ins.setAuthor("初审编辑");
            ins.addNewR().addNewT().setStringValue("补充的文字。");
            CTRunTrackChange del = p.getCTP().addNewDel();
            del.setId(BigInteger.TWO);
            del.setAuthor("初审编辑");
            del.addNewR().addNewDelText().setStringValue("删去的文字。");
            XWPFComments comments = doc.createComments();
            XWPFComment c = comments.createComment(BigInteger.ZERO);
            c.setAuthor("复审");
            c.createParagraph().createRun().setText("此处数据请核实。");
            doc.write(out);
            bytes = out.toByteArray();
        }
        ImportResult r = new DocxImporter().read(new Source("修订稿.docx", bytes));
        String report = r.report().toText();
        assertThat(report).contains("修订记录（插入 1 处、删除 1 处").contains("接受全部修订");
        assertThat(report).contains("批注").contains("1 条，已作为审读意见随稿件保存");
        assertThat(r.comments()).hasSize(1);
        assertThat(r.comments().get(0).author()).isEqualTo("复审");
        assertThat(r.comments().get(0).text()).isEqualTo("此处数据请核实。");
        assertThat(r.comments().get(0).anchor()).startsWith("原有的文字。");
        assertThat(r.comments().get(0).origin()).isEqualTo("word");
    }
}

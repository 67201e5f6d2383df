package org.annalist.importer.docx;

import static org.annalist.importer.docx.LibreOfficeFilesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;

import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.annalist.model.ReviewComment;
import org.junit.jupiter.api.Test;

/**
 * Comments (批注) of binary .doc files: lo-commented.doc is {@link WordFixtures#commentedForDoc()} saved as .doc by
 * LibreOffice 7.4, so its tables (PlcfandRef, PlcfandTxt, GrpXstAtnOwners, the annotation bookmarks, AtrdExtra) are
 * written by a real Word 97 filter. They give the same review comments as the .docx they came from.
 */
class DocCommentsTest {

    private final DocImporter importer = new DocImporter();

    @Test
    void commentsOfADocBecomeReviewComments() throws Exception {
        ImportResult r = importer.read(new Source("批注稿.doc", resource("lo-commented.doc")));
        assertThat(r.comments()).extracting(ImportResult.ImportedComment::item, ImportResult.ImportedComment::replyTo)
                .containsOnly(tuple(0, -1));
        assertThat(r.comments()).extracting(c -> c.comment().author(), c -> c.comment().writtenAt(), c -> c.comment().text(),
                c -> c.comment().anchor(), c -> c.comment().quote(), c -> c.comment().origin()).containsExactly(
                tuple("初审 李编辑", Instant.parse(WordFixtures.DATE), "“两期”请与出版记录核对。",
                        "2022年编撰完成两期《乌当文史》，收录稿件70余篇。", "两期《乌当文史》", "word"),
                // no name, initials only; two paragraphs; the marked range runs over a bold run
                tuple("ZR", Instant.parse("2024-06-02T09:30:00Z"), "面积请核对。\n见《乌当区志》第3页。",
                        "全区面积约686平方公里。", "686平方公里", "word"),
                // in a table cell, written without a date
                tuple("复审 赵主任", null, "73篇与正文“70余篇”一致。", "73", "73", "word"),
                // on a point: no marked text, anchored where its mark stands
                tuple("作者 王老五", Instant.parse(WordFixtures.DATE), "此段已按审读意见改定。", "以上为近年概况。", null, "word"));
        String report = r.report().toText();
        assertThat(report).contains("批注：4 条，已作为审读意见随稿件保存（作者、时间、所批注的文字）")
                .doesNotContain("批注暂不导入").doesNotContain("警告");
        // the comment marks are not text
        assertThat(org.annalist.doc.Markdown.write(r.items().get(0).body())).contains("2022年编撰完成两期《乌当文史》，收录稿件70余篇。")
                .contains("以上为近年概况。").doesNotContain("\u0005");
    }

    /** The .docx the .doc was saved from gives the same comments (the initials-only author aside: .docx has no name). */
    @Test
    void theSameCommentsAsTheDocxItCameFrom() throws Exception {
        ImportResult doc = importer.read(new Source("批注稿.doc", resource("lo-commented.doc")));
        ImportResult docx = new DocxImporter().read(new Source("批注稿.docx", WordFixtures.commentedForDoc()));
        assertThat(doc.comments()).extracting(c -> c.comment().text(), c -> c.comment().quote(), c -> c.comment().anchor())
                .containsExactlyElementsOf(docx.comments().stream().map(c -> tuple(c.comment().text(), c.comment().quote(),
                        c.comment().anchor())).toList());
        assertThat(doc.items().get(0).body()).isEqualTo(docx.items().get(0).body());
    }

    @Test
    void aWpsFileIsReadTheSameWay() throws Exception {
        ImportResult r = org.annalist.service.Importers.standard().forSource(new Source("批注稿.wps", resource("lo-commented.doc")))
                .read(new Source("批注稿.wps", resource("lo-commented.doc")));
        assertThat(r.comments()).hasSize(4);
        assertThat(r.comments().get(0).comment()).extracting(ReviewComment::author, ReviewComment::quote)
                .containsExactly("初审 李编辑", "两期《乌当文史》");
        assertThat(r.report().toText()).contains("文件扩展名为 .wps，按内容识别").contains("批注：4 条");
    }
}

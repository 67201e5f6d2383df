package org.annalist.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.Markdown;
import org.annalist.doc.Suggestions;
import org.annalist.doc.Suggestions.Kind;
import org.annalist.model.ImportOptions;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Tracked changes become pending suggestions (or are accepted or rejected on request); comments come along. */
class DocxReviewDataTest {
    private static final String DATE = WordFixtures.DATE;

    private static Inline.Span sug(Kind kind, String author, String move, Inline... content) {
        return Suggestions.span(kind, author, DATE, move, List.of(content));
    }

    @Test
    void trackedChangesBecomePendingSuggestionsWithAuthorAndDate() throws Exception {
        ImportResult r = new DocxImporter().read(new Source("修订稿.docx", WordFixtures.revised()));
        Document body = r.items().get(0).body();
        assertThat(body.blocks().get(0)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("全区"),
                sug(Kind.DELETION, "张三", null, new Inline.Text("共有")),
                sug(Kind.INSERTION, "张三", null, new Inline.Text("辖"), new Inline.Strong(List.of(new Inline.Text("10")))),
                new Inline.Text("个乡镇。"))));
        assertThat(body.blocks().get(1)).isEqualTo(new Block.Paragraph(List.of(
                sug(Kind.DELETION, "李四", "move41", new Inline.Text("历史悠久。")), new Inline.Text("地处黔中。"))));
        assertThat(body.blocks().get(2)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("交通便利，"),
                sug(Kind.INSERTION, "李四", "move41", new Inline.Text("历史悠久。")))));
        assertThat(body.blocks().get(4)).isEqualTo(new Block.Paragraph(List.of(
                Suggestions.span(Kind.DELETION, "张三", null, null, List.of(new Inline.Text("整段删去的话。"))))));
        assertThat(Suggestions.list(body)).extracting(Suggestions.Suggestion::label)
                .containsExactly("删除", "插入", "移出", "移入", "删除");
        // stored as Markdown: the suggestions survive the round trip
        assertThat(Markdown.parse(Markdown.write(body))).isEqualTo(body);
        assertThat(Markdown.write(body)).contains("[共有]{.deletion author=\"张三\" date=\"2024-05-01T10:00:00Z\"}");
        String report = r.report().toText();
        assertThat(report).contains("插入 1 处、删除 2 处、移动 1 处（修订人：张三、李四），作为待处理的修订建议保留在正文中")
                .contains("格式修订 1 处按修改后的格式导入").doesNotContain("接受全部修订");
    }

    /**
     * The same manuscript saved again by LibreOffice 7.4 (soffice --convert-to docx), which writes its own ids, splits
     * the insertion at the bold run and puts a move's range start inside the move: the same tree.
     */
    @Test
    void revisionsWrittenByLibreOfficeGiveTheSameTree() throws Exception {
        ImportResult lo = new DocxImporter().read(new Source("修订稿.docx", LibreOfficeFilesTest.resource("lo-revised.docx")));
        ImportResult poi = new DocxImporter().read(new Source("修订稿.docx", WordFixtures.revised()));
        assertThat(lo.items().get(0).body()).isEqualTo(poi.items().get(0).body());
        assertThat(lo.report().toText()).contains("移动 1 处（修订人：张三、李四）");
    }

    @Test
    void insertedLinksAndUnderlinesTravelOnTheSuggestion() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument()) {
            Docs.centred(doc, "链接修订", "黑体", 16, true);
            Docs.xml(doc, Docs.r("详见") + "<w:hyperlink w:anchor=\"sec1\"><w:ins w:id=\"1\" w:author=\"张三\">"
                    + Docs.r("第一节") + "</w:ins></w:hyperlink>" + "<w:ins w:id=\"2\" w:author=\"张三\"><w:r><w:rPr><w:u w:val=\"single\"/>"
                    + "</w:rPr><w:t>（重点）</w:t></w:r></w:ins>" + Docs.r("。"));
            bytes = Docs.bytes(doc);
        }
        Document body = new DocxImporter().read(new Source("链接.docx", bytes)).items().get(0).body();
        assertThat(body.blocks().get(0)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("详见"),
                Suggestions.span(Kind.INSERTION, "张三", null, null, List.of(), "#sec1", List.of(new Inline.Text("第一节"))),
                Suggestions.span(Kind.INSERTION, "张三", null, null, List.of("underline"), null, List.of(new Inline.Text("（重点）"))),
                new Inline.Text("。"))));
        assertThat(Markdown.parse(Markdown.write(body))).isEqualTo(body);
        assertThat(Suggestions.acceptAll(body).blocks().get(0)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("详见"),
                new Inline.Link(List.of(new Inline.Text("第一节")), "#sec1"),
                new Inline.Span(org.annalist.doc.Attr.ofClass("underline"), List.of(new Inline.Text("（重点）"))), new Inline.Text("。"))));
    }

    @Test
    void anImportOptionAcceptsOrRejectsThemAll() throws Exception {
        ImportResult accepted = new DocxImporter().read(new Source("修订稿.docx", WordFixtures.revised()),
                new ImportOptions(ImportOptions.TrackedChanges.ACCEPT));
        List<Block> a = accepted.items().get(0).body().blocks();
        assertThat(Suggestions.count(a)).isZero();
        assertThat(a.get(0)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("全区辖"),
                new Inline.Strong(List.of(new Inline.Text("10"))), new Inline.Text("个乡镇。"))));
        assertThat(a.get(1)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("地处黔中。"))));
        assertThat(a.get(2)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("交通便利，历史悠久。"))));
        assertThat(a).hasSize(4); // the deleted paragraph is gone
        assertThat(accepted.report().toText()).contains("移动 1 处（修订人：张三、李四），按导入选项已全部接受");

        ImportResult rejected = new DocxImporter().read(new Source("修订稿.docx", WordFixtures.revised()),
                new ImportOptions(ImportOptions.TrackedChanges.REJECT));
        List<Block> b = rejected.items().get(0).body().blocks();
        assertThat(Suggestions.count(b)).isZero();
        assertThat(b.get(0)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("全区共有个乡镇。"))));
        assertThat(b.get(1)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("历史悠久。地处黔中。"))));
        assertThat(b.get(2)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("交通便利，"))));
        assertThat(b.get(4)).isEqualTo(new Block.Paragraph(List.of(new Inline.Text("整段删去的话。"))));
        assertThat(rejected.report().toText()).contains("按导入选项已全部拒绝");
    }

    @Test
    void commentsComeAlongAsReviewComments() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph p = doc.createParagraph();
            p.getCTP().addNewCommentRangeStart().setId(BigInteger.ZERO);
            p.createRun().setText("原有的文字。");
            XWPFComments comments = doc.createComments();
            XWPFComment c = comments.createComment(BigInteger.ZERO);
            c.setAuthor("复审");
            c.createParagraph().createRun().setText("此处数据请核实。");
            bytes = Docs.bytes(doc);
        }
        ImportResult r = new DocxImporter().read(new Source("批注稿.docx", bytes));
        assertThat(r.report().toText()).contains("批注").contains("1 条，已作为审读意见随稿件保存");
        assertThat(r.comments()).hasSize(1);
        var c = r.comments().get(0).comment();
        assertThat(c.author()).isEqualTo("复审");
        assertThat(c.text()).isEqualTo("此处数据请核实。");
        assertThat(c.anchor()).startsWith("原有的文字。");
        assertThat(c.origin()).isEqualTo("word");
    }

    @Test
    void commentThreadsAndTheExactMarkedText() throws Exception {
        ImportResult r = new DocxImporter().read(new Source("批注稿.docx", WordFixtures.commented()));
        assertThat(r.comments()).extracting(ImportResult.ImportedComment::item, ImportResult.ImportedComment::replyTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, -1), org.assertj.core.groups.Tuple.tuple(0, 0),
                        org.assertj.core.groups.Tuple.tuple(0, -1));
        var first = r.comments().get(0).comment();
        assertThat(first.author()).isEqualTo("初审 李编辑");
        assertThat(first.quote()).isEqualTo("两期《乌当文史》");
        assertThat(first.anchor()).isEqualTo("2022年编撰完成两期《乌当文史》，收录稿件70余篇。");
        assertThat(first.writtenAt()).isEqualTo(java.time.Instant.parse(WordFixtures.DATE));
        assertThat(r.comments().get(1).comment().text()).isEqualTo("已核对，确为两期。");
        var inTable = r.comments().get(2).comment();
        assertThat(inTable.quote()).isEqualTo("73");
        assertThat(inTable.anchor()).isEqualTo("73");
        assertThat(inTable.text()).isEqualTo("73篇与正文“70余篇”一致。（Word 中已标为“已解决”）");
        assertThat(r.report().toText()).contains("批注：3 条（其中回复 1 条），已解决 1 条，已作为审读意见随稿件保存");
    }
}

package org.annalist.importer.docx;

import static org.annalist.importer.docx.LibreOfficeFilesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.annalist.doc.Block;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.junit.jupiter.api.Test;

/**
 * Binary .doc layouts that HWPF alone gets wrong: nested tables (公文 发文稿纸 and forms), headings numbered by
 * their style's outline numbering, text boxes. Fixtures made by LibreOffice 7.4 from {@code lo-nested.fodt},
 * {@code lo-numbered.fodt} and {@code lo-textbox.fodt} ({@code soffice --headless --convert-to "doc:MS Word 97"}).
 */
class DocLayoutTest {

    private static String cellText(Block.Cell c) {
        StringBuilder sb = new StringBuilder();
        for (org.annalist.doc.Inline in : c.content()) sb.append(in instanceof org.annalist.doc.Inline.LineBreak ? "\n" : RunMapper.plain(in));
        return sb.toString();
    }

    /**
     * The outer table's first cell starts with a nested table, a later cell holds one beside a paragraph, and a
     * third is nothing but a nested table: one outer table of three rows and two columns, every cell's text in its
     * own cell (the nested rows as lines, their cells set apart by an ideographic space), each flattening reported.
     */
    @Test
    void nestedTablesStayInTheirCells() throws Exception {
        ImportResult r = new DocImporter().read(new Source("发文稿纸.doc", resource("lo-nested.doc")));
        List<Block> blocks = r.items().get(0).body().blocks();
        List<Block.Table> tables = blocks.stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList();
        assertThat(tables).hasSize(1);
        Block.Table t = tables.get(0);
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(2));
        assertThat(t.rows().get(0).cells()).extracting(DocLayoutTest::cellText)
                .containsExactly("份号：001\u3000缓急：平件\n签发：张三", "核稿：李四");
        assertThat(t.rows().get(1).cells()).extracting(DocLayoutTest::cellText)
                .containsExactly("拟稿单位：区志办", "内层甲\u3000内层乙\n内层丙\u3000内层丁\n会签：办公室");
        assertThat(t.rows().get(2).cells()).extracting(DocLayoutTest::cellText)
                .containsExactly("密级：公开", "印发：十份");
        assertThat(r.report().toText()).contains("嵌套表格 3 个已展开为文字");
        assertThat(blocks.get(blocks.size() - 1)).isEqualTo(
                new Block.Paragraph(List.of(new org.annalist.doc.Inline.Text("正文在表格之后。"))));
    }

    /**
     * Heading 1 and 2 numbered by the outline numbering of their styles (LFO/LVL in the .doc): the number Word and
     * LibreOffice show ("1.1 编纂出版" in LibreOffice's text export), counted across the list, with the separator
     * Word puts after it (tab or space), never glued to the title.
     */
    @Test
    void outlineNumberedHeadingsKeepTheirNumberAndASeparator() throws Exception {
        ImportResult r = new DocImporter().read(new Source("工作报告.doc", resource("lo-numbered.doc")));
        assertThat(r.items().get(0).title()).isEqualTo("乌当区地方志工作报告");
        List<String> headings = r.items().get(0).body().blocks().stream().filter(b -> b instanceof Block.Heading)
                .map(b -> ((Block.Heading) b).level() + ":" + RunMapper.plain(((Block.Heading) b).content())).toList();
        assertThat(headings).containsExactly("1:1 工作概况", "2:1.1 编纂出版", "2:1.2 资料征集", "1:2 存在问题", "2:2.1 人员不足");
    }

    @Test
    void numberSeparatorFollowsWordAndChineseHabit() {
        assertThat(DocReader.withFollower("1.1", 0)).isEqualTo("1.1 ");
        assertThat(DocReader.withFollower("1.", 1)).isEqualTo("1. ");
        assertThat(DocReader.withFollower("第一章", 0)).isEqualTo("第一章\u3000");
        assertThat(DocReader.withFollower("一、", 0)).isEqualTo("一、");
        assertThat(DocReader.withFollower("（一）", 1)).isEqualTo("（一）");
        assertThat(DocReader.withFollower("1.1", 2)).isEqualTo("1.1"); // Word's "nothing" follower
    }

    /** A text box's words are kept after the paragraph anchoring it, and reported (LibreOffice's text export omits them). */
    @Test
    void textBoxTextIsKept() throws Exception {
        ImportResult r = new DocImporter().read(new Source("大事记.doc", resource("lo-textbox.doc")));
        List<String> paragraphs = r.items().get(0).body().blocks().stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> RunMapper.plain(((Block.Paragraph) b).content())).toList();
        assertThat(paragraphs).containsSubsequence("一月，区志办成立。", "编者按：本文据档案整理。", "二月，年鉴出版。");
        assertThat(r.report().toText()).contains("文本框段落 1 个已转为正文段落").doesNotContain("文本框、浮动图片暂不导入");
    }
}

package org.annalist.importer.docx;

import static org.annalist.importer.docx.Docs.para;
import static org.annalist.importer.docx.Docs.styled;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;

import org.annalist.doc.Block;
import org.annalist.doc.Block.Cell;
import org.annalist.doc.Block.Heading;
import org.annalist.doc.Block.Paragraph;
import org.annalist.doc.Inline;
import org.annalist.doc.Inline.Text;
import org.annalist.doc.Markdown;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Source;
import org.annalist.model.ImportReport;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A styled yearbook chapter: heading styles in English and localised names, an outline level, Word numbering in
 * Chinese and decimal formats, a table with merged cells, header row, a two-paragraph cell and a nested table,
 * a footnote, an image with its caption and a hyperlink.
 */
class DocxStructureTest {

    static byte[] chapter() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        Docs.style(doc, "Title", "Title");
        Docs.style(doc, "Heading1", "heading 1");
        Docs.style(doc, "a3", "标题 2");
        styled(doc, "Title", "乌当区概况");
        styled(doc, "Heading1", "自然地理");
        styled(doc, "a3", "地形地貌");
        XWPFParagraph outline = para(doc, "气候");
        outline.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.TWO);

        BigInteger chinese = Docs.numbering(doc, STNumberFormat.CHINESE_COUNTING, "%1、");
        para(doc, "机构设置").setNumID(chinese);
        para(doc, "人员编制").setNumID(chinese);
        BigInteger decimal = Docs.numbering(doc, STNumberFormat.DECIMAL, "%1.");
        para(doc, "征集史料").setNumID(decimal);
        para(doc, "编辑出版").setNumID(decimal);

        XWPFParagraph noted = para(doc, "境内最高峰海拔1659米");
        XWPFFootnote fn = doc.createFootnote();
        fn.createParagraph().createRun().setText(" 据《乌当区志》。");
        noted.createRun().getCTR().addNewFootnoteReference().setId(fn.getId());
        noted.createRun().setText("。");

        XWPFParagraph linked = para(doc, "详见");
        XWPFHyperlinkRun link = linked.createHyperlinkRun("https://www.example.org/wudang");
        link.setText("区政府网站");

        Docs.picture(doc.createParagraph().createRun(), "全景.png", 40, 20);
        para(doc, "图1　乌当区全景");

        para(doc, "表1　主要经济指标");
        table(doc);
        return Docs.bytes(doc);
    }

    /** 项目|2021年|2022年 (header) / 经济(vMerge restart)|详见附表(gridSpan 2) / (continue)|100|120 / 备注|two paragraphs|nested. */
    private static void table(XWPFDocument doc) {
        XWPFTable t = doc.createTable(4, 3);
        String[] head = {"项目", "2021年", "2022年"};
        XWPFTableRow r0 = t.getRow(0);
        r0.setRepeatHeader(true);
        for (int i = 0; i < 3; i++) r0.getCell(i).setText(head[i]);
        XWPFTableRow r1 = t.getRow(1);
        r1.getCell(0).setText("经济");
        r1.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        r1.removeCell(2);
        r1.getCell(1).setText("详见附表");
        r1.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
        XWPFTableRow r2 = t.getRow(2);
        r2.getCell(0).getCTTc().addNewTcPr().addNewVMerge();
        r2.getCell(1).setText("100");
        r2.getCell(2).setText("120");
        XWPFTableRow r3 = t.getRow(3);
        r3.getCell(0).setText("备注");
        XWPFTableCell two = r3.getCell(1);
        two.setText("第一行");
        two.addParagraph().createRun().setText("第二行");
        XWPFTableCell nest = r3.getCell(2);
        CTTbl ct = nest.getCTTc().addNewTbl();
        XWPFTable inner = new XWPFTable(ct, nest, 1, 2);
        inner.getRow(0).getCell(0).setText("甲");
        inner.getRow(0).getCell(1).setText("乙");
    }

    @Test
    void stylesNumberingNotesImagesLinksAndTables() throws Exception {
        ImportResult result = new DocxImporter().read(new Source("概况.docx", chapter()));
        ImportedItem item = result.items().get(0);
        assertThat(item.title()).isEqualTo("乌当区概况");
        List<Block> b = item.body().blocks();

        assertThat(b.get(0)).isEqualTo(new Heading(1, List.of(new Text("自然地理"))));   // style "heading 1"
        assertThat(b.get(1)).isEqualTo(new Heading(2, List.of(new Text("地形地貌"))));   // localised "标题 2"
        assertThat(b.get(2)).isEqualTo(new Heading(3, List.of(new Text("气候"))));       // w:outlineLvl 2
        // Chinese numbering keeps its printed number as text, then reads as a numbered heading.
        assertThat(b.get(3)).isEqualTo(new Heading(1, List.of(new Text("一、机构设置"))));
        assertThat(b.get(4)).isEqualTo(new Heading(1, List.of(new Text("二、人员编制"))));
        assertThat(b.get(5)).isEqualTo(new Block.OrderedList(1, List.of(
                List.of(new Paragraph(List.of(new Text("征集史料")))),
                List.of(new Paragraph(List.of(new Text("编辑出版")))))));
        assertThat(b.get(6)).isEqualTo(new Paragraph(List.of(new Text("境内最高峰海拔1659米"),
                new Inline.Note(List.of(new Paragraph(List.of(new Text("据《乌当区志》。"))))), new Text("。"))));
        assertThat(b.get(7)).isEqualTo(new Paragraph(List.of(new Text("详见"),
                new Inline.Link(List.of(new Text("区政府网站")), "https://www.example.org/wudang"))));
        assertThat(b.get(8)).isEqualTo(new Block.Figure("attachment:new/0", List.of(new Text("图1　乌当区全景"))));
        assertThat(result.attachments()).hasSize(1);
        assertThat(result.attachments().get(0).mediaType()).isEqualTo("image/png");
        assertThat(result.attachments().get(0).bytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

        Block.Table table = (Block.Table) b.get(9);
        assertThat(table.columns()).hasSize(3);
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.caption()).containsExactly(new Text("表1　主要经济指标"));
        assertThat(table.rows().get(0).cells()).extracting(c -> RunMapper.plain(c.content()))
                .containsExactly("项目", "2021年", "2022年");
        assertThat(table.rows().get(1).cells()).containsExactly(
                new Cell(List.of(new Text("经济")), 1, 2), new Cell(List.of(new Text("详见附表")), 2, 1));
        assertThat(table.rows().get(2).cells()).containsExactly(
                Cell.of(List.of(new Text("100"))), Cell.of(List.of(new Text("120"))));
        assertThat(table.rows().get(3).cells().get(1)).isEqualTo(
                Cell.of(List.of(new Text("第一行"), new Inline.LineBreak(), new Text("第二行"))));
        assertThat(table.rows().get(3).cells().get(2)).isEqualTo(Cell.of(List.of(new Text("甲\u3000乙"))));
        assertThat(b).hasSize(10);

        ImportReport report = result.report();
        assertThat(report.toText()).contains("嵌套的表格已展开", "表格 1 个", "图片 1 幅", "注释 1 条", "列表 1 个", "图注");
        // The tree survives the Markdown form the store keeps, figure source included.
        assertThat(Markdown.write(item.body())).contains("attachment:new/0");
        assertThat(Markdown.parse(Markdown.write(item.body()))).isEqualTo(item.body());
    }
}

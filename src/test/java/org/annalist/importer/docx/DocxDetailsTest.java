package org.annalist.importer.docx;

import static org.annalist.importer.docx.Docs.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.annalist.doc.Block;
import org.annalist.doc.Block.Paragraph;
import org.annalist.doc.Inline;
import org.annalist.doc.Inline.Text;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.annalist.model.ImportReport;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/** Smaller rules: line breaks outside Chinese text, page breaks, endnotes, text boxes, oversized images, number formats. */
class DocxDetailsTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void breaksEndnotesTextBoxesAndOversizedImages() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph address = doc.createParagraph();
        XWPFRun a = address.createRun();
        a.setText("Wudang District");
        a.addBreak();                        // between Latin words the break is meant: kept
        a.setText("Guiyang, Guizhou");
        XWPFParagraph paged = para(doc, "上一页的末段。");
        paged.createRun().addBreak(BreakType.PAGE);

        XWPFParagraph noted = para(doc, "据调查");
        XWPFEndnote en = doc.createEndnote();
        en.createParagraph().createRun().setText("调查于2021年进行。");
        noted.createRun().getCTR().addNewEndnoteReference().setId(en.getId());
        noted.createRun().setText("，另见");
        org.apache.poi.xwpf.usermodel.XWPFFootnote fn = doc.createFootnote();
        fn.createParagraph().createRun().setText("区志第3卷。");
        noted.createRun().getCTR().addNewFootnoteReference().setId(fn.getId());

        XWPFParagraph boxed = para(doc, "正文段落。");
        CTR box = CTR.Factory.parse("<xml-fragment xmlns:w=\"" + W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\">"
                + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>"
                + "<w:p><w:r><w:t>文本框中的说明</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框中的说明</w:t></w:r></w:p>"
                + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></xml-fragment>");
        boxed.getCTP().addNewR().set(box); // the fragment's content becomes the new run's content

        XWPFRun pic = doc.createParagraph().createRun();
        pic.addPicture(new ByteArrayInputStream(hugePng(30000, 30000)), PictureType.PNG, "巨图.png", Units.toEMU(100), Units.toEMU(100));

        ImportResult r = new DocxImporter().read(new Source("细节.docx", Docs.bytes(doc)));
        List<Block> b = r.items().get(0).body().blocks();
        assertThat(b.get(0)).isEqualTo(new Paragraph(List.of(new Text("Wudang District"), new Inline.LineBreak(), new Text("Guiyang, Guizhou"))));
        assertThat(b.get(1)).isEqualTo(new Paragraph(List.of(new Text("上一页的末段。"))));
        // footnotes and endnotes stay distinct, in the tree and in the stored Markdown
        assertThat(b.get(2)).isEqualTo(new Paragraph(List.of(new Text("据调查"),
                new Inline.Note(List.of(new Paragraph(List.of(new Text("调查于2021年进行。")))), true), new Text("，另见"),
                new Inline.Note(List.of(new Paragraph(List.of(new Text("区志第3卷。")))), false))));
        String md = org.annalist.doc.Markdown.write(r.items().get(0).body());
        assertThat(md).contains("据调查[^e1]，另见[^2]").contains("[^e1]: 调查于2021年进行。").contains("[^2]: 区志第3卷。");
        assertThat(org.annalist.doc.Markdown.parse(md)).isEqualTo(r.items().get(0).body());
        assertThat(b.get(3)).isEqualTo(new Paragraph(List.of(new Text("正文段落。"))));
        assertThat(b.get(4)).isEqualTo(new Paragraph(List.of(new Text("文本框中的说明"))));   // once, not twice
        assertThat(b).hasSize(5);                                                          // the huge image is left out
        assertThat(r.attachments()).isEmpty();

        String report = r.report().toText();
        assertThat(report).contains("分页符", "注释 2 条（其中尾注 1 条）", "文本框", "像素过多（30000×30000）")
                .doesNotContain("尾注已改为脚注");
        assertThat(r.report().entries(ImportReport.Kind.WARNING)).isNotEmpty();
    }

    @Test
    void formattingInheritedFromStylesAndHiddenText() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle style =
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
        style.setStyleId("gw1");
        style.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
        style.addNewName().setVal("公文一级");
        style.addNewRPr().addNewRFonts().setEastAsia("黑体");
        doc.createStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
        para(doc, "这是一段正文，说明工作的背景和目标。");
        Docs.styled(doc, "gw1", "工作目标");          // 黑体 through its style only, named like nothing Word knows
        XWPFParagraph p = para(doc, "可见的文字");
        XWPFRun hidden = p.createRun();
        hidden.setText("隐藏的批注");
        hidden.getCTR().addNewRPr().addNewVanish();
        ImportResult r = new DocxImporter().read(new Source("样式.docx", Docs.bytes(doc)));
        List<Block> b = r.items().get(0).body().blocks();
        assertThat(b).containsExactly(
                new Paragraph(List.of(new Text("这是一段正文，说明工作的背景和目标。"))),
                new Block.Heading(1, List.of(new Text("工作目标"))),
                new Paragraph(List.of(new Text("可见的文字"))));
        // left out, but not unseen: the report names it with its paragraph
        assertThat(r.report().toText()).contains("第3行 隐藏文字（Word 中设为“隐藏”，不显示也不打印）：隐藏的批注");
    }

    @Test
    void chineseNumberFormats() {
        assertThat(NumberFormats.format(1, "chineseCounting")).isEqualTo("一");
        assertThat(NumberFormats.format(10, "chineseCounting")).isEqualTo("十");
        assertThat(NumberFormats.format(12, "chineseCountingThousand")).isEqualTo("十二");
        assertThat(NumberFormats.format(20, "chineseCounting")).isEqualTo("二十");
        assertThat(NumberFormats.format(105, "chineseCounting")).isEqualTo("一百零五");
        assertThat(NumberFormats.format(3, "chineseLegalSimplified")).isEqualTo("叁");
        assertThat(NumberFormats.format(2, "ideographTraditional")).isEqualTo("乙");
        assertThat(NumberFormats.format(3, "decimalEnclosedCircleChinese")).isEqualTo("③");
        assertThat(NumberFormats.format(12, "decimalFullWidth")).isEqualTo("１２");
        assertThat(NumberFormats.format(2022, "ideographDigital")).isEqualTo("二〇二二");
        assertThat(NumberFormats.format(4, "lowerRoman")).isEqualTo("iv");
        assertThat(new ListCounter().next("1", 0, "chineseCounting", "（%1）", null)).isEqualTo("（一）");
    }

    /** A small PNG whose header claims {@code w}×{@code h} pixels (the check reads the header only). */
    private static byte[] hugePng(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        // IHDR data starts at byte 16 (8 signature + 4 length + 4 type); its CRC covers type and data (bytes 12-28).
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(w).putInt(h);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        java.nio.ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }
}

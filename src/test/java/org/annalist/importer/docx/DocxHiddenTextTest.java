package org.annalist.importer.docx;

import static org.annalist.importer.docx.WordXml.r;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.Inline.Text;
import org.annalist.doc.Inlines;
import org.annalist.doc.Markdown;
import org.annalist.doc.Suggestions;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.annalist.model.ImportOptions;
import org.annalist.model.ImportReport;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, "no manuscript text silently disappears": markup other writers produce that used to lose text on
 * import (content controls in tables, alt text, symbol fonts, hyperlink fields, text boxes, style header rows,
 * changes inside moves, nested tables). Fixtures are hand-written WordprocessingML ({@link WordXml}).
 */
class DocxHiddenTextTest {

    private static String tc(String text) {
        return "<w:tc><w:p>" + r(text) + "</w:p></w:tc>";
    }

    private static String sdt(String content) {
        return "<w:sdt><w:sdtPr><w:alias w:val=\"控件\"/></w:sdtPr><w:sdtContent>" + content + "</w:sdtContent></w:sdt>";
    }

    private static List<Block> body(ImportResult r) {
        return r.items().get(0).body().blocks();
    }

    private static String cells(Block.Row row) {
        StringBuilder sb = new StringBuilder();
        for (Block.Cell c : row.cells()) sb.append('|').append(Inlines.plainText(c.content()));
        return sb.toString();
    }

    @Test
    void contentControlsInTablesKeepTheirCellsInPlace() throws Exception {
        WordXml x = new WordXml().p("表1　控件表格").add("<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc("项目") + tc("数量") + tc("备注") + "</w:tr>"
                // a content control inside a cell, and one wrapping a whole cell
                + "<w:tr>" + "<w:tc>" + sdt("<w:p>" + r("苹果") + "</w:p>") + "</w:tc>" + sdt(tc("12")) + tc("甲") + "</w:tr>"
                // a content control wrapping whole rows (a repeating section)
                + sdt("<w:tr>" + tc("梨") + tc("7") + tc("乙") + "</w:tr><w:tr>" + tc("桃") + tc("3") + tc("丙") + "</w:tr>")
                + "</w:tbl>")
                // an inline control, and a block control holding a paragraph and a table
                .add("<w:p>" + r("填报人：") + "<w:sdt><w:sdtPr/><w:sdtContent>" + r("王五") + "</w:sdtContent></w:sdt>" + r("。") + "</w:p>")
                .add(sdt("<w:p>" + r("控件中的段落。") + "</w:p><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>" + tc("控件中的表格")
                        + "</w:tr></w:tbl>"));
        ImportResult r = x.read("控件.docx");
        List<Block> b = body(r);
        Block.Table t = (Block.Table) b.stream().filter(k -> k instanceof Block.Table).findFirst().orElseThrow();
        assertThat(t.rows()).extracting(DocxHiddenTextTest::cells)
                .containsExactly("|项目|数量|备注", "|苹果|12|甲", "|梨|7|乙", "|桃|3|丙");
        String md = Markdown.write(r.items().get(0).body());
        assertThat(md).contains("填报人：王五。").contains("控件中的段落。").contains("控件中的表格");
        // the block control keeps its structure: a paragraph, then a table
        assertThat(b.get(b.size() - 2)).isEqualTo(new Block.Paragraph(List.of(new Text("控件中的段落。"))));
        assertThat(b.get(b.size() - 1)).isInstanceOf(Block.Table.class);
    }

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static String picture(String rId, int id, String descr, String title) {
        return "<w:r><w:drawing><wp:inline><wp:extent cx=\"190500\" cy=\"95250\"/>"
                + "<wp:docPr id=\"" + id + "\" name=\"图片 " + id + "\" descr=\"" + descr + "\"" + (title == null ? "" : " title=\"" + title + "\"") + "/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
                + "<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"p.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + rId + "\"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>"
                + "</wp:inline></w:drawing></w:r>";
    }

    @Test
    void altTextOfAPictureWithoutCaptionBecomesItsCaption() throws Exception {
        ImportResult r = new WordXml().p("正文。").image("rId7", "image1.png", png()).image("rId8", "image2.png", png())
                .add("<w:p>" + picture("rId7", 1, "乌当区政府大楼外景", "政府大楼") + "</w:p>")
                .add("<w:p>" + picture("rId8", 2, "image2.png", null) + "</w:p>")
                .image("rId9", "image3.png", png()).add("<w:p>" + picture("rId9", 3, "新建的区图书馆", null) + "</w:p>")
                .p("图3　区图书馆")
                .image("rId10", "image4.png", png()).add("<w:p>" + picture("rId10", 4, "图片包含 室外, 天空 描述已自动生成", null) + "</w:p>")
                .read("图片.docx");
        List<Block.Figure> figures = body(r).stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b).toList();
        assertThat(figures).hasSize(4);
        assertThat(figures.get(3).caption()).isEmpty();
        assertThat(r.report().toText()).contains("图片“image4.png”没有图注，请补充（替代文字是 Word 自动生成的：图片包含 室外, 天空 描述已自动生成）");
        assertThat(figures.get(2).caption()).containsExactly(new Text("图3　区图书馆"));
        assertThat(r.report().toText()).contains("图片“image3.png”的替代文字（已有图注，未用作图注）：新建的区图书馆");
        assertThat(figures.get(0).caption()).containsExactly(new Text("政府大楼：乌当区政府大楼外景"));
        assertThat(r.report().toText()).contains("替代文字→图注（请核对）：政府大楼：乌当区政府大楼外景");
        // a file name is not a caption
        assertThat(figures.get(1).caption()).isEmpty();
        assertThat(r.report().toText()).contains("图片“image2.png”没有图注");
    }

    @Test
    void symbolFontCharactersBecomeUnicodeAndUnknownOnesAreReported() throws Exception {
        ImportResult r = new WordXml()
                .add("<w:p>" + r("角度") + "<w:r><w:sym w:font=\"Symbol\" w:char=\"F061\"/></w:r>" + r("为30")
                        + "<w:r><w:sym w:font=\"Symbol\" w:char=\"B0\"/></w:r>" + r("，误差") + "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B1\"/></w:r>"
                        + r("0.5。") + "</w:p>")
                .add("<w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>" + r("已完成；")
                        + "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/></w:r>" + r("未完成；")
                        + "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F06C\"/></w:r><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0D8\"/></w:r>"
                        + r("要点；") + "<w:r><w:sym w:font=\"Webdings\" w:char=\"F021\"/></w:r>" + r("未知。") + "</w:p>")
                // typed in the symbol font rather than inserted as w:sym: "ü" and U+F0A8 in Wingdings, "p" in Symbol
                .add("<w:p><w:r><w:rPr><w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/></w:rPr><w:t>ü \uF0A8</w:t></w:r>"
                        + r("圆周率") + "<w:r><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\" w:eastAsia=\"宋体\"/></w:rPr><w:t>p约3</w:t></w:r></w:p>")
                .read("符号.docx");
        String md = Markdown.write(r.items().get(0).body());
        assertThat(md).contains("角度α为30°，误差±0.5。").contains("✓已完成；□未完成；●➢要点；〓未知。").contains("✓ □圆周率π约3");
        assertThat(r.report().toText()).contains("第2行 符号字体字符（Webdings F021「\uF021」）没有对应的通用字符，已用“〓”占位").contains("Symbol F061「\uF061」→α");
    }

    @Test
    void hyperlinkFieldsKeepTheirTargetsAndOtherFieldsTheirResult() throws Exception {
        String begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>";
        String sep = "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        String end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        ImportResult r = new WordXml()
                .add("<w:p>" + r("详见") + begin + "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"http://www.gywd.gov.cn/\" \\l \"jj\" \\o \"提示\" </w:instrText></w:r>"
                        + sep + r("区政府网站") + end + r("。") + "</w:p>")
                .add("<w:p>" + r("见") + "<w:fldSimple w:instr=\" HYPERLINK \\l &quot;_Toc1&quot; \">" + r("第一章") + "</w:fldSimple>"
                        + r("，第") + begin + "<w:r><w:instrText> PAGE </w:instrText></w:r>" + sep + r("3") + end + r("页。") + "</w:p>")
                // a hyperlink field whose result holds another field (a TOC line), spread over runs
                .add("<w:p>" + begin + "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK </w:instrText></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\">\\l \"_Toc2\"</w:instrText></w:r>" + sep + r("概况\t")
                        + begin + "<w:r><w:instrText> PAGEREF _Toc2 \\h </w:instrText></w:r>" + sep + r("5") + end + end
                        + r("（完）") + "</w:p>")
                .read("链接.docx");
        List<Block> b = body(r);
        assertThat(b.get(0)).isEqualTo(new Block.Paragraph(List.of(new Text("详见"),
                new Inline.Link(List.of(new Text("区政府网站")), "http://www.gywd.gov.cn/#jj"), new Text("。"))));
        assertThat(b.get(1)).isEqualTo(new Block.Paragraph(List.of(new Text("见"),
                new Inline.Link(List.of(new Text("第一章")), "#_Toc1"), new Text("，第3页。"))));
        assertThat(b.get(2)).isEqualTo(new Block.Paragraph(List.of(
                new Inline.Link(List.of(new Text("概况\t5")), "#_Toc2"), new Text("（完）"))));
        assertThat(FieldCodes.hyperlink("HYPERLINK \"D:\\\\资料\\\\附表.xls\"")).isEqualTo("D:\\资料\\附表.xls");
        assertThat(FieldCodes.hyperlink("REF _Ref1 \\h")).isNull();
    }

    @Test
    void textBoxParagraphsStaySeparateAndTheirLineBreaksStay() throws Exception {
        String box = "<w:txbxContent><w:p>" + r("Annual") + "<w:r><w:br/></w:r>" + r("Report") + "</w:p>"
                + "<w:p>" + r("第二段") + "</w:p></w:txbxContent>";
        ImportResult r = new WordXml()
                .add("<w:p>" + r("正文。") + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
                        + "<wp:docPr id=\"1\" name=\"文本框 1\"/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                        + "<wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                        + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                        + "</mc:AlternateContent></w:r></w:p>")
                .add("<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>" + r("VML") + "<w:r><w:br/></w:r>" + r("box")
                        + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
                .read("文本框.docx");
        List<Block> b = body(r);
        assertThat(b).containsExactly(
                new Block.Paragraph(List.of(new Text("正文。"))),
                new Block.Paragraph(List.of(new Text("Annual"), new Inline.LineBreak(), new Text("Report"))),
                new Block.Paragraph(List.of(new Text("第二段"))),
                new Block.Paragraph(List.of(new Text("VML"), new Inline.LineBreak(), new Text("box"))));
        assertThat(r.report().toText()).contains("文本框段落 3 个已转为正文段落");
    }

    private static String table(String look, String firstRowProps) {
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"a3\"/>" + look + "</w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + firstRowProps + tc("年份") + tc("人口") + "</w:tr><w:tr>" + tc("2023") + tc("35万") + "</w:tr></w:tbl>";
    }

    @Test
    void firstRowFormattingOfTheTableStyleMakesAHeaderRow() throws Exception {
        ImportResult r = new WordXml()
                .add(table("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>", "")).p("")
                .add(table("<w:tblLook w:val=\"0020\"/>", "")).p("")
                .add(table("<w:tblLook w:val=\"04A0\" w:firstRow=\"0\"/>", "")).p("")
                .add(table("<w:tblLook w:val=\"0400\"/>", "")).p("")
                .add(table("", "<w:trPr><w:tblHeader/></w:trPr>"))
                .read("表头.docx");
        assertThat(body(r)).filteredOn(b -> b instanceof Block.Table).extracting(b -> ((Block.Table) b).headerRows())
                .containsExactly(1, 1, 0, 0, 1);
    }

    /** 张三 moved a sentence; 李四 then deleted a word of it at its new place and inserted one into its old place. */
    static byte[] changesInsideMoves() throws Exception {
        String a = " w:author=\"张三\" w:date=\"2024-05-01T10:00:00Z\"";
        String b = " w:author=\"李四\" w:date=\"2024-05-02T10:00:00Z\"";
        return new WordXml()
                .add("<w:p>" + r("乌当区位于贵阳市东北部。") + "<w:moveToRangeStart w:id=\"1\" w:name=\"move1\"" + a + "/>"
                        + "<w:moveTo w:id=\"2\"" + a + ">" + r("境内交通") + "</w:moveTo>"
                        + "<w:moveTo w:id=\"3\"" + a + "><w:del w:id=\"4\"" + b + "><w:r><w:delText>十分</w:delText></w:r></w:del></w:moveTo>"
                        + "<w:moveTo w:id=\"5\"" + a + ">" + r("便利。") + "</w:moveTo><w:moveToRangeEnd w:id=\"1\"/></w:p>")
                .add("<w:p>" + r("全区") + "<w:moveFromRangeStart w:id=\"6\" w:name=\"move1\"" + a + "/>"
                        + "<w:moveFrom w:id=\"7\"" + a + ">" + r("境内交通") + "</w:moveFrom>"
                        + "<w:moveFrom w:id=\"8\"" + a + "><w:ins w:id=\"9\"" + b + ">" + r("非常") + "</w:ins></w:moveFrom>"
                        + "<w:moveFrom w:id=\"10\"" + a + ">" + r("十分便利。") + "</w:moveFrom><w:moveFromRangeEnd w:id=\"6\"/>"
                        + r("辖") + "<w:ins w:id=\"11\"" + a + "><w:del w:id=\"12\"" + b + "><w:r><w:delText>十个</w:delText></w:r></w:del></w:ins>"
                        + r("乡镇。") + "</w:p>")
                .bytes();
    }

    @Test
    void changesInsideMovesResolveAsWordResolvesThem() throws Exception {
        byte[] file = changesInsideMoves();
        Source source = new Source("移动中的修订.docx", file);
        // Word, Accept All: the move is made and 李四's changes stand; Reject All: nothing of either happened.
        // (LibreOffice 7, driven through UNO, gives the same Reject All; its Accept All keeps "非常", 李四's insertion
        // inside the moved-away text, because it flattens nested changes to the inner one. The spec and Word remove
        // moved-from content when the move is accepted, insertions in it included.)
        String accepted = "乌当区位于贵阳市东北部。境内交通便利。\n\n全区辖乡镇。";
        String rejected = "乌当区位于贵阳市东北部。\n\n全区境内交通十分便利。辖乡镇。";
        ImportResult acc = new DocxImporter().read(source, new ImportOptions(ImportOptions.TrackedChanges.ACCEPT));
        ImportResult rej = new DocxImporter().read(source, new ImportOptions(ImportOptions.TrackedChanges.REJECT));
        assertThat(Markdown.write(acc.items().get(0).body()).strip()).isEqualTo(accepted);
        assertThat(Markdown.write(rej.items().get(0).body()).strip()).isEqualTo(rejected);

        // Kept as suggestions, the review path gives the same texts, also after the Markdown round trip.
        ImportResult kept = new DocxImporter().read(source);
        Document stored = Markdown.parse(Markdown.write(kept.items().get(0).body()));
        assertThat(Markdown.write(Suggestions.acceptAll(stored)).strip()).isEqualTo(accepted);
        assertThat(Markdown.write(Suggestions.rejectAll(stored)).strip()).isEqualTo(rejected);
        assertThat(Suggestions.list(stored)).extracting(Suggestions.Suggestion::label)
                .contains("删除（在插入的文字中）", "插入（在删除的文字中）");
    }

    @Test
    void reportCountsTrackedChangesAsShowListsThem() throws Exception {
        for (byte[] file : List.of(WordFixtures.revised(), changesInsideMoves())) {
            ImportResult r = new DocxImporter().read(new Source("修订.docx", file));
            Document stored = Markdown.parse(Markdown.write(r.items().get(0).body()));
            Suggestions.Tally shown = Suggestions.tally(Suggestions.list(stored));
            assertThat(shown.total()).isPositive();
            assertThat(r.report().entries(ImportReport.Kind.DETECTED)).filteredOn(e -> e.message().equals("修订"))
                    .singleElement().satisfies(e -> assertThat(e.text()).startsWith(shown.text() + "（"));
        }
    }

    @Test
    void deeplyNestedTablesAreReportedOnce() throws Exception {
        String inner = tc("最里层");
        for (int depth = 0; depth < 300; depth++) {
            inner = "<w:tc><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>" + inner + "</w:tr></w:tbl><w:p/></w:tc>";
        }
        ImportResult r = new WordXml().p("前言。")
                .add("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>" + tc("外层") + inner + "</w:tr></w:tbl>")
                .read("嵌套.docx");
        List<ImportReport.Entry> nested = r.report().entries(ImportReport.Kind.WARNING).stream()
                .filter(e -> e.message().contains("嵌套")).toList();
        // the table's own line, the levels beyond the limit (read as text: no stack overflow), and the summary
        assertThat(nested).hasSize(3);
        assertThat(nested.get(0).message()).contains("共 19 个，最深嵌套 19 层");
        assertThat(nested.get(1).message()).contains("表格嵌套超过 20 层（或内容控件层层嵌套），更深处的内容 1 处只取了文字");
        assertThat(Markdown.write(r.items().get(0).body())).contains("最里层");
    }

    /** The committed hand-written fixtures: every character LibreOffice shows is in the item or its report. */
    @Test
    void committedFixturesLoseNoCharacterLibreOfficeShows() throws Exception {
        for (String name : List.of("hidden-controls.docx", "hidden-fields.docx", "hidden-moves.docx", "pandoc-figures.docx")) {
            ImportResult r = new DocxImporter().read(new Source(name, LibreOfficeFilesTest.resource(name)));
            String shown = new String(LibreOfficeFilesTest.resource(name + ".lo.txt"), java.nio.charset.StandardCharsets.UTF_8);
            String imported = r.items().get(0).title() + Markdown.write(r.items().get(0).body()) + r.report().toText();
            shown.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0xFEFF).forEach(c ->
                    assertThat(imported).as(name + " keeps U+" + Integer.toHexString(c)).contains(Character.toString(c)));
        }
        ImportResult fields = new DocxImporter().read(new Source("f.docx", LibreOfficeFilesTest.resource("hidden-fields.docx")));
        assertThat(Markdown.write(fields.items().get(0).body())).contains("[区政府网站](http://www.gywd.gov.cn/#jj)")
                .contains("角度α为30°，误差±0.5。").contains("✓已完成；□未完成；●要点。").contains("Annual\\\nReport");
    }

    @Test
    void textBoxesInCellsAndParagraphLevelAlternateContentKeepTheirText() throws Exception {
        String box = "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>" + r("框中文字") + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
        ImportResult r = new WordXml().p("正文。")
                .add("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>" + tc("甲") + "<w:tc><w:p>" + r("乙") + box + "</w:p></w:tc></w:tr>"
                        + "<w:tr>" + tc("丙") + tc("丁") + "</w:tr></w:tbl>")
                .add("<w:p><mc:AlternateContent><mc:Choice Requires=\"w14\">" + r("新版文字") + "</mc:Choice><mc:Fallback>"
                        + r("旧版文字") + "</mc:Fallback></mc:AlternateContent></w:p>")
                .read("框.docx");
        Block.Table t = (Block.Table) body(r).stream().filter(b -> b instanceof Block.Table).findFirst().orElseThrow();
        assertThat(t.rows().get(0).cells().get(1).content()).containsExactly(new Text("乙"), new Inline.LineBreak(), new Text("框中文字"));
        assertThat(Markdown.write(r.items().get(0).body())).contains("新版文字").doesNotContain("旧版文字");
    }

    @Test
    void aHeaderCellMergedDownTakesTheRowsBelowIntoTheHeader() throws Exception {
        ImportResult r = new WordXml().p("正文。")
                .add("<w:tbl><w:tblPr><w:tblLook w:firstRow=\"1\"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                        + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p>" + r("项目") + "</w:p></w:tc>"
                        + "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p>" + r("人口") + "</w:p></w:tc></w:tr>"
                        + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" + tc("男") + tc("女") + "</w:tr>"
                        + "<w:tr>" + tc("2023") + tc("18") + tc("17") + "</w:tr></w:tbl>")
                .read("表头合并.docx");
        Block.Table t = (Block.Table) body(r).stream().filter(b -> b instanceof Block.Table).findFirst().orElseThrow();
        assertThat(t.headerRows()).isEqualTo(2);
    }

    @Test
    void phoneticGuidesKeepTheirBaseTextAndAreReported() throws Exception {
        ImportResult r = new WordXml()
                .add("<w:p>" + r("地名") + "<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val=\"center\"/></w:rubyPr><w:rt>" + r("jiá")
                        + "</w:rt><w:rubyBase>" + r("郏") + "</w:rubyBase></w:ruby></w:r>" + r("县。") + "</w:p>")
                .read("注音.docx");
        assertThat(Markdown.write(r.items().get(0).body())).contains("地名郏县。");
        assertThat(r.report().toText()).contains("第1行 拼音指南（注音）“jiá”（注在“郏”上）未保留");
    }

    /** Written by pandoc 2.17 from pandoc-figures.md: a picture in running text with alt text only, a style header row. */
    @Test
    void pandocFileKeepsAltTextLinkTableHeaderAndNote() throws Exception {
        ImportResult r = new DocxImporter().read(new Source("pandoc-figures.docx", LibreOfficeFilesTest.resource("pandoc-figures.docx")));
        assertThat(r.items().get(0).title()).isEqualTo("乌当区概况");
        List<Block> b = body(r);
        assertThat(b).filteredOn(k -> k instanceof Block.Figure).singleElement()
                .satisfies(f -> assertThat(((Block.Figure) f).caption()).containsExactly(new Text("新建的区图书馆外景")));
        assertThat(b).filteredOn(k -> k instanceof Block.Table).singleElement()
                .satisfies(t -> assertThat(((Block.Table) t).headerRows()).isEqualTo(1));
        assertThat(Markdown.write(r.items().get(0).body())).contains("[区政府网站](http://www.gywd.gov.cn/)").contains("据《乌当区志》。");
    }

    @Test
    void contentControlsNestedBeyondTheLimitKeepTheirText() throws Exception {
        String body = "<w:p>" + r("最里层的文字") + "</w:p>";
        java.util.Random random = new java.util.Random(10);
        for (int i = 0; i < 150; i++) { // ids as Word writes them: random, which also keeps POI's zip-bomb check quiet
            body = "<w:sdt><w:sdtPr><w:id w:val=\"" + random.nextInt() + "\"/></w:sdtPr><w:sdtContent>" + body + "</w:sdtContent></w:sdt>";
        }
        ImportResult r = new WordXml().p("前言。").add(body).read("层层控件.docx");
        assertThat(Markdown.write(r.items().get(0).body())).contains("最里层的文字");
        assertThat(r.report().toText()).contains("更深处的内容 1 处只取了文字");
    }
}

package org.annalist.importer.docx;

import static org.annalist.importer.docx.NumberingXml.abstractNum;
import static org.annalist.importer.docx.NumberingXml.lvl;
import static org.annalist.importer.docx.NumberingXml.num;
import static org.annalist.importer.docx.NumberingXml.numbered;
import static org.annalist.importer.docx.NumberingXml.para;
import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.doc.TreeDump;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.junit.jupiter.api.Test;

/**
 * Word lists from hand-written WordprocessingML (as third-party writers produce it): numbering with parts left out
 * or pointing nowhere imports without error, and the tree keeps what Word shows — nesting, restarts, empty items,
 * lettered and roman numbers.
 */
class DocxListsTest {

    static Document body(byte[] docx) throws Exception {
        ImportResult r = new DocxImporter().read(new Source("lists.docx", docx));
        assertThat(r.items()).hasSize(1);
        return r.items().get(0).body();
    }

    /** The body without the document's first line, which the importer may take for a title. */
    static String dump(String body, String numbering) throws Exception {
        return TreeDump.dump(body(NumberingXml.docx(body, numbering, null)));
    }

    @Test
    void levelWithoutNumFmtIsDecimal() throws Exception {
        // w:numFmt left out: the spec's default is decimal (this threw a NullPointerException)
        String numbering = abstractNum(0, lvl(0, null, "%1.", 1)) + num(1, 0, "");
        String body = para("正文开头。") + numbered("1", "0", "征集史料") + numbered("1", "0", "编辑出版")
                + numbered("1", "0", "报送存档");
        Document doc = body(NumberingXml.docx(body, numbering, null));
        assertThat(Markdown.write(doc)).isEqualTo("正文开头。\n\n1. 征集史料\n2. 编辑出版\n3. 报送存档\n");
    }

    @Test
    void missingAndDanglingNumberingPartsNeverThrowAndKeepAllText() throws Exception {
        String numbering = abstractNum(0, lvl(0, "decimal", "%1.", null))                 // no w:start: starts at 0
                + abstractNum(1, lvl(0, "custom", "%1.", 1))                               // unknown formats: decimal
                + abstractNum(2, lvl(0, "ordinalText", "%1)", 1))
                + abstractNum(3, lvl(0, "none", "", 1))                                    // no number: a paragraph
                + abstractNum(4, lvl(0, "decimal", null, 1))                               // no w:lvlText: nothing shown
                + abstractNum(5, lvl(0, "decimal", "%1.", 1))                              // level 0 only
                + "<w:abstractNum w:abstractNumId=\"6\"><w:numStyleLink w:val=\"ListStyle\"/></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"7\"><w:styleLink w:val=\"ListStyle\"/>" + lvl(0, "upperRoman", "%1.", 1)
                + "</w:abstractNum>"
                + num(1, 0, "") + num(2, 1, "") + num(3, 2, "") + num(4, 3, "") + num(5, 4, "") + num(6, 5, "")
                + num(7, 77, "")                                   // abstractNum missing: 1. 2. 3. (as LibreOffice)
                + num(8, 6, "") + num(9, 7, "");
        String styles = "<w:style w:type=\"numbering\" w:styleId=\"ListStyle\"><w:name w:val=\"My List\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"9\"/></w:numPr></w:pPr></w:style>";
        String body = para("正文。") + numbered("1", "0", "零号") + numbered("1", "0", "一号") + para("分隔一")
                + numbered("2", "0", "自定义") + para("分隔二") + numbered("3", "0", "序数") + para("分隔三")
                + numbered("4", "0", "无编号") + numbered("5", "0", "无编号文字") + numbered("99", "0", "指向空处")
                + numbered("0", "0", "编号0") + numbered("7", "0", "缺抽象定义") + numbered("6", null, "无层级")
                + numbered("6", "12", "层级过大") + numbered("6", "x", "层级不是数")    // ilvl out of range, not a number: 0
                + numbered("6", "3", "未定义层级")                                          // undefined level: 1.
                + para("分隔四") + numbered("8", "0", "样式链接甲") + numbered("8", "0", "样式链接乙")
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>只有层级</w:t></w:r></w:p>";
        Document doc = body(NumberingXml.docx(body, numbering, styles));
        String md = Markdown.write(doc);
        assertThat(md).isEqualTo("""
                正文。

                0. 零号
                1. 一号

                分隔一

                1. 自定义

                分隔二

                1) 序数

                分隔三

                无编号

                无编号文字

                指向空处

                编号0

                1. 缺抽象定义

                <!-- -->

                1. 无层级

                2. 层级过大

                3. 层级不是数

                   1. 未定义层级

                分隔四

                I.  样式链接甲
                II.  样式链接乙

                只有层级
                """);
    }

    @Test
    void subListsNestInsideTheirParentItem() throws Exception {
        String numbering = abstractNum(0, lvl(0, "decimal", "%1.", 1), lvl(1, "lowerLetter", "%2)", 1),
                lvl(2, "lowerRoman", "(%3)", 1))
                + abstractNum(1, lvl(1, "bullet", "•", 1))
                + num(1, 0, "") + num(2, 1, "");
        String body = para("正文。") + numbered("1", "0", "一") + numbered("1", "1", "一甲") + numbered("1", "2", "一甲子")
                + numbered("1", "2", "一甲丑") + numbered("1", "1", "一乙") + numbered("1", "0", "二")
                // a sub-list from another w:num (pandoc, LibreOffice write them so) nests all the same
                + numbered("2", "1", "二之点") + numbered("1", "0", "三");
        assertThat(dump(body, numbering)).isEqualTo("""
                Document
                  Paragraph
                    Text "正文。"
                  OrderedList start=1
                    Item
                      Paragraph
                        Text "一"
                      OrderedList start=1 numbering=lower_alpha/paren
                        Item
                          Paragraph
                            Text "一甲"
                          OrderedList start=1 numbering=lower_roman/parens
                            Item
                              Paragraph
                                Text "一甲子"
                            Item
                              Paragraph
                                Text "一甲丑"
                        Item
                          Paragraph
                            Text "一乙"
                    Item
                      Paragraph
                        Text "二"
                      BulletList
                        Item
                          Paragraph
                            Text "二之点"
                    Item
                      Paragraph
                        Text "三"
                """);
    }

    @Test
    void aListStartingBelowLevelZeroStandsAlone() throws Exception {
        String numbering = abstractNum(0, lvl(0, "decimal", "%1.", 1), lvl(1, "lowerLetter", "%2.", 1)) + num(1, 0, "");
        String body = para("正文。") + numbered("1", "1", "甲") + numbered("1", "1", "乙") + numbered("1", "0", "一");
        assertThat(Markdown.write(body(NumberingXml.docx(body, numbering, null))))
                .isEqualTo("正文。\n\na. 甲\nb. 乙\n\n1. 一\n");
    }

    @Test
    void restartedListsStartAgainWithTheirNumber() throws Exception {
        String numbering = abstractNum(0, lvl(0, "decimal", "%1.", 1))
                + "<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, "decimal", "%1.", 1)
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:lvlRestart w:val=\"0\"/><w:numFmt w:val=\"lowerLetter\"/>"
                + "<w:lvlText w:val=\"%2.\"/></w:lvl></w:abstractNum>"
                + num(1, 0, "")
                // Word's "restart numbering": a new w:num on the same definition with a start override
                + num(2, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride>")
                + num(3, 1, "");
        String body = para("正文。") + numbered("1", "0", "甲") + numbered("1", "0", "乙")
                + numbered("2", "0", "戊") + numbered("2", "0", "己")
                // w:lvlRestart 0: the letters go on under the next item instead of starting again at a
                + para("另一列表：") + numbered("3", "0", "一") + numbered("3", "1", "子") + numbered("3", "0", "二")
                + numbered("3", "1", "丑");
        assertThat(Markdown.write(body(NumberingXml.docx(body, numbering, null)))).isEqualTo("""
                正文。

                1. 甲
                2. 乙

                <!-- -->

                5. 戊
                6. 己

                另一列表：

                1. 一

                   a. 子

                2. 二

                   b. 丑
                """);
    }

    @Test
    void aStartOverrideRestartsTheCountItsDefinitionSharesAndOthersGoOnFromThere() throws Exception {
        // Word counts per abstract definition: numId 2 restarts the count at 8 where it is first used, and numId 1,
        // back after it, goes on with 9
        String numbering = abstractNum(0, lvl(0, "decimal", "%1.", 1)) + num(1, 0, "")
                + num(2, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"8\"/></w:lvlOverride>");
        String body = para("正文。") + numbered("1", "0", "一") + numbered("1", "0", "二") + para("中间。")
                + numbered("2", "0", "八") + numbered("1", "0", "九") + numbered("2", "0", "十");
        assertThat(Markdown.write(body(NumberingXml.docx(body, numbering, null))))
                .isEqualTo("正文。\n\n1. 一\n2. 二\n\n中间。\n\n8. 八\n9. 九\n10. 十\n");
    }

    @Test
    void numbersTheTreeCannotShowAsWordDoesAreNamedInTheReport() throws Exception {
        String numbering = abstractNum(0, lvl(0, "decimal", "%1.", 1), lvl(1, "decimal", "%1.%2", 1))
                + abstractNum(1, lvl(0, "decimalZero", "%1.", 1)) + num(1, 0, "") + num(2, 1, "");
        String body = para("正文。") + numbered("1", "0", "一") + numbered("1", "1", "一之一") + para("又：")
                + numbered("2", "0", "零一");
        ImportResult r = new DocxImporter().read(new Source("lists.docx", NumberingXml.docx(body, numbering, null)));
        assertThat(Markdown.write(r.items().get(0).body())).isEqualTo("正文。\n\n1. 一\n\n   1. 一之一\n\n又：\n\n1. 零一\n");
        assertThat(r.report().toText()).contains("列表编号在 Word 中为“1.1”，导入后写作“1.”")
                .contains("列表编号在 Word 中为“01.”，导入后写作“1.”").doesNotContain("为“1.”");
    }

    @Test
    void anEmptyNumberedParagraphIsAnEmptyItemOfTheSameList() throws Exception {
        String numbering = abstractNum(0, lvl(0, "decimal", "%1.", 1)) + num(1, 0, "");
        String body = para("正文。") + numbered("1", "0", "甲") + numbered("1", "0", "") + numbered("1", "0", "丙");
        Document doc = body(NumberingXml.docx(body, numbering, null));
        String md = Markdown.write(doc);
        assertThat(md).isEqualTo("正文。\n\n1. 甲\n2.\n3. 丙\n");
        assertThat(Markdown.parse(md)).isEqualTo(doc);
    }

    @Test
    void letteredOverrideKeepsItsLettersThroughMarkdown() throws Exception {
        // the definition is decimal; the w:num replaces level 0 with upper-case letters, as Word's "A. B. C." does
        String numbering = abstractNum(0, lvl(0, "decimal", "%1.", 1))
                + num(1, 0, "<w:lvlOverride w:ilvl=\"0\">" + lvl(0, "upperLetter", "%1.", 1) + "</w:lvlOverride>")
                + num(2, 0, "<w:lvlOverride w:ilvl=\"0\">" + lvl(0, "lowerRoman", "%1)", 3) + "</w:lvlOverride>");
        String body = para("正文。") + numbered("1", "0", "甲") + numbered("1", "0", "乙") + para("又：")
                + numbered("2", "0", "丙") + numbered("2", "0", "丁");
        Document doc = body(NumberingXml.docx(body, numbering, null));
        String md = Markdown.write(doc);
        assertThat(md).isEqualTo("正文。\n\nA.  甲\nB.  乙\n\n又：\n\niii) 丙\niv) 丁\n");
        assertThat(Markdown.parse(md)).isEqualTo(doc);
    }

    @Test
    void listStylesNumberTheirParagraphs() throws Exception {
        // Word's "List Number": the numbering is in the paragraph style; a paragraph's own w:ilvl picks the level,
        // its own w:numId 0 takes the number away
        String numbering = abstractNum(0, lvl(0, "decimal", "%1.", 1), lvl(1, "lowerLetter", "%2.", 1)) + num(1, 0, "");
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:name w:val=\"List Number\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        String style = "<w:pStyle w:val=\"ListNumber\"/>";
        String body = para("正文。")
                + "<w:p><w:pPr>" + style + "</w:pPr><w:r><w:t>一</w:t></w:r></w:p>"
                + "<w:p><w:pPr>" + style + "<w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>"
                + "<w:p><w:pPr>" + style + "</w:pPr><w:r><w:t>二</w:t></w:r></w:p>"
                + "<w:p><w:pPr>" + style + "<w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>";
        assertThat(Markdown.write(body(NumberingXml.docx(body, numbering, styles))))
                .isEqualTo("正文。\n\n1. 一\n\n   a. 甲\n\n2. 二\n\n不编号\n");
    }

    @Test
    void aLevelThatShowsNothingLeavesThePlainParagraphToTheOtherRules() throws Exception {
        // w:numFmt "none": Word shows no number, so the typed 一、 makes the paragraph a heading as in plain text
        String numbering = abstractNum(0, lvl(0, "none", "", 1)) + num(1, 0, "");
        String body = para("正文。") + numbered("1", "0", "一、机构设置") + para("区政协设办公室。");
        assertThat(Markdown.write(body(NumberingXml.docx(body, numbering, null))))
                .isEqualTo("正文。\n\n# 一、机构设置\n\n区政协设办公室。\n");
    }
}

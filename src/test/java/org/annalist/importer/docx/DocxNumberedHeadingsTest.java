package org.annalist.importer.docx;

import static org.annalist.importer.docx.NumberingXml.abstractNum;
import static org.annalist.importer.docx.NumberingXml.num;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.annalist.doc.Block;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;
import org.junit.jupiter.api.Test;

/**
 * Numbered headings in .docx carry the number Word shows and what Word puts after it (w:suff: a tab by default, a
 * space, or nothing), so "1.1" is never glued to "编纂出版" — the .docx side of what {@code DocLayoutTest} checks for
 * .doc. {@code lo-numbered.docx} is LibreOffice 7.4's conversion of {@code lo-numbered.fodt}
 * ({@code soffice --headless --convert-to docx}).
 */
class DocxNumberedHeadingsTest {

    private static List<String> headings(ImportResult r) {
        return r.items().get(0).body().blocks().stream().filter(b -> b instanceof Block.Heading)
                .map(b -> ((Block.Heading) b).level() + ":" + RunMapper.plain(((Block.Heading) b).content())).toList();
    }

    @Test
    void outlineNumberedHeadingsFromLibreOfficeKeepASeparator() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("lo-numbered.docx")) {
            bytes = in.readAllBytes();
        }
        ImportResult r = new DocxImporter().read(new Source("工作报告.docx", bytes));
        assertThat(headings(r)).containsExactly("1:1 工作概况", "2:1.1 编纂出版", "2:1.2 资料征集", "1:2 存在问题", "2:2.1 人员不足");
    }

    @Test
    void theSuffixWordWritesDecidesTheSeparator() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
                + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>";
        String numbering = abstractNum(1,
                "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>")
                + abstractNum(2, "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
                + "<w:suff w:val=\"space\"/><w:lvlText w:val=\"第%1章\"/></w:lvl>")
                + abstractNum(3, "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperLetter\"/>"
                + "<w:suff w:val=\"nothing\"/><w:lvlText w:val=\"%1\"/></w:lvl>")
                + num(1, 1, "") + num(2, 2, "") + num(3, 3, "");
        String body = NumberingXml.para("乌当区工作报告") + heading("1", "工作概况") + heading("2", "总则") + heading("3", "附录");
        ImportResult r = new DocxImporter().read(new Source("编号.docx", NumberingXml.docx(body, numbering, styles)));
        // tab (the default) or space: a space after a Latin number, an ideographic space after a Han one; nothing: none
        assertThat(headings(r)).containsExactly("1:1. 工作概况", "1:第一章\u3000总则", "1:A附录");
    }

    private static String heading(String numId, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId
                + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }
}

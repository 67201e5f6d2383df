package org.annalist.export.docx;

import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The XML text the body is written as, read back by a real parser (the JDK's) and by POI's XmlBeans. */
class XmlTest {
    private static final String EXT_B = new String(Character.toChars(0x20000)) + new String(Character.toChars(0x2A6D6));

    /** One paragraph with a run of {@code text} and a bookmark named {@code name}, as a whole document. */
    private static String document(String text, String name) {
        Para p = new Para(null).style("Normal");
        p.kids.add(RunWriter.bookmarkStart(name, 1));
        p.add(Para.Run.text("", text));
        p.kids.add(RunWriter.bookmarkEnd(1));
        StringBuilder sb = new StringBuilder(DocxPackage.HEAD);
        p.write(sb);
        return sb.append("</w:body></w:document>").toString();
    }

    private static Element parse(String xml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static CTP poi(String xml) throws Exception {
        return DocumentDocument.Factory.parse(xml).getDocument().getBody().getPArray(0);
    }

    @Test
    void textComesBackAsWrittenAndWhatXmlForbidsAsQuestionMarks() throws Exception {
        String text = "甲<乙>&丙]]>丁\"戊'己\t庚\n辛\r壬" + EXT_B + "癸";
        String xml = document(text, "_Idx1");
        assertThat(poi(xml).getRArray(0).getTArray(0).getStringValue()).isEqualTo(text);
        assertThat(parse(xml).getElementsByTagNameNS(Xml.W, "t").item(0).getTextContent()).isEqualTo(text);

        String bad = "a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h" + "\uD840";
        String read = poi(document(bad, "x")).getRArray(0).getTArray(0).getStringValue();
        assertThat(read).isEqualTo("a?b?c?d?e?f?g?h?");
    }

    @Test
    void attributeValuesKeepQuotesTabsAndLineBreaks() throws Exception {
        String name = "名\"称'<&>\t\n\r" + EXT_B + "\u0002";
        CTP p = poi(document("x", name));
        assertThat(p.getBookmarkStartArray(0).getName()).isEqualTo("名\"称'<&>\t\n\r" + EXT_B + "?");
        Element start = (Element) parse(document("x", name)).getElementsByTagNameNS(Xml.W, "bookmarkStart").item(0);
        assertThat(start.getAttributeNS(Xml.W, "name")).isEqualTo("名\"称'<&>\t\n\r" + EXT_B + "?");
    }

    @Test
    void spacesAtEitherEndAreKeptWithXmlSpacePreserve() throws Exception {
        for (String s : new String[] {" 前有空格", "后有空格 ", "•　", "\t制表"}) {
            String xml = document(s, "b");
            assertThat(xml).contains("<w:t xml:space=\"preserve\">");
            assertThat(poi(xml).getRArray(0).getTArray(0).getStringValue()).isEqualTo(s);
            assertThat(parse(xml).getElementsByTagNameNS(Xml.W, "t").item(0).getTextContent()).isEqualTo(s);
        }
        assertThat(document("中 间", "b")).contains("<w:t>中 间</w:t>");
        // a run split by a comment's range keeps its spaces whatever its text
        Para.Run r = Para.Run.text("", "ab");
        r.preserve = true;
        StringBuilder sb = new StringBuilder();
        r.write(sb);
        assertThat(sb).hasToString("<w:r><w:t xml:space=\"preserve\">ab</w:t></w:r>");
    }
}

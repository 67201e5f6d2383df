package org.annalist.importer.docx;

import java.io.IOException;

/**
 * A .docx zipped from hand-written WordprocessingML with a numbering part (and styles), as a third-party writer
 * might produce it (written by {@link WordXml}): only the parts
 * given, nothing POI or Word would add. {@code body} is the content of w:body, {@code numbering} of w:numbering
 * (null: no numbering part), {@code styles} of w:styles (null: no styles part); prefix {@code w:} is declared.
 */
final class NumberingXml {
    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private NumberingXml() {
    }

    /** A package with {@code body} as document body and, when not null, numbering.xml and styles.xml. */
    static byte[] docx(String body, String numbering, String styles) throws IOException {
        WordXml doc = new WordXml().add(body);
        if (numbering != null) doc.part("numbering", "<w:numbering " + W + ">" + numbering + "</w:numbering>");
        if (styles != null) doc.part("styles", "<w:styles " + W + ">" + styles + "</w:styles>");
        return doc.bytes();
    }

    /** A numbered paragraph; {@code ilvl} null leaves w:ilvl out (level 0 implied). */
    static String numbered(String numId, String ilvl, String text) {
        return "<w:p><w:pPr><w:numPr>" + (ilvl == null ? "" : "<w:ilvl w:val=\"" + ilvl + "\"/>")
                + "<w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>" + run(text) + "</w:p>";
    }

    static String para(String text) {
        return "<w:p>" + run(text) + "</w:p>";
    }

    private static String run(String text) {
        return text.isEmpty() ? "" : "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    /** A w:lvl; null arguments leave that element out. */
    static String lvl(int ilvl, String numFmt, String lvlText, Integer start) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\">" + (start == null ? "" : "<w:start w:val=\"" + start + "\"/>")
                + (numFmt == null ? "" : "<w:numFmt w:val=\"" + numFmt + "\"/>")
                + (lvlText == null ? "" : "<w:lvlText w:val=\"" + lvlText + "\"/>") + "</w:lvl>";
    }

    static String abstractNum(int id, String... lvls) {
        return "<w:abstractNum w:abstractNumId=\"" + id + "\">" + String.join("", lvls) + "</w:abstractNum>";
    }

    static String num(int id, int abstractId, String overrides) {
        return "<w:num w:numId=\"" + id + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>" + overrides + "</w:num>";
    }
}

package org.annalist.importer.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A .docx zipped from hand-written WordprocessingML with a numbering part (and styles), as a third-party writer
 * might produce it (see {@link WordXml} for body-only files with pictures): only the parts
 * given, nothing POI or Word would add. {@code body} is the content of w:body, {@code numbering} of w:numbering
 * (null: no numbering part), {@code styles} of w:styles (null: no styles part); prefix {@code w:} is declared.
 */
final class NumberingXml {
    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private NumberingXml() {
    }

    static byte[] docx(String body, String numbering, String styles) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            String decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
            put(zip, "[Content_Types].xml", decl
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + (numbering == null ? "" : "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>")
                    + (styles == null ? "" : "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>")
                    + "</Types>");
            put(zip, "_rels/.rels", decl
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/_rels/document.xml.rels", decl
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + (numbering == null ? "" : "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>")
                    + (styles == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
                    + "</Relationships>");
            put(zip, "word/document.xml", decl + "<w:document " + W + "><w:body>" + body + "</w:body></w:document>");
            if (numbering != null) put(zip, "word/numbering.xml", decl + "<w:numbering " + W + ">" + numbering + "</w:numbering>");
            if (styles != null) put(zip, "word/styles.xml", decl + "<w:styles " + W + ">" + styles + "</w:styles>");
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
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

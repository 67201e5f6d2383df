package org.annalist.importer.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.annalist.importer.ImportResult;
import org.annalist.importer.Source;

/**
 * Hand-written WordprocessingML zipped into a minimal package ([Content_Types].xml, _rels/.rels,
 * word/document.xml and its relationships): files as another writer makes them, with markup POI's own
 * classes cannot build (content controls around cells and rows, field codes, w:sym, text boxes).
 */
final class WordXml {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
            + " mc:Ignorable=\"w14\"";

    private final StringBuilder body = new StringBuilder();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private final StringBuilder rels = new StringBuilder();
    private final Map<String, String> parts = new LinkedHashMap<>();
    private final StringBuilder overrides = new StringBuilder();

    /** Adds body XML (paragraphs, tables, content controls) as written. */
    WordXml add(String xml) {
        body.append(xml);
        return this;
    }

    /** A paragraph of plain runs. */
    WordXml p(String text) {
        return add("<w:p>" + r(text) + "</w:p>");
    }

    /** A picture part with relationship id {@code rId}. */
    WordXml image(String rId, String name, byte[] png) {
        media.put(name, png);
        rels.append("<Relationship Id=\"").append(rId).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/")
                .append(name).append("\"/>");
        return this;
    }

    /**
     * Another part of the document, e.g. {@code numbering.xml} or {@code styles.xml}: {@code type} is the last word of its
     * relationship type and of its content type ("numbering", "styles"), {@code root} its root element with content.
     */
    WordXml part(String type, String root) {
        String name = type + ".xml";
        parts.put(name, root);
        rels.append("<Relationship Id=\"rIdPart").append(parts.size()).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
                .append(type).append("\" Target=\"").append(name).append("\"/>");
        overrides.append("<Override PartName=\"/word/").append(name)
                .append("\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.").append(type).append("+xml\"/>");
        return this;
    }

    static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + overrides + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels + "</Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document " + NS + "><w:body>" + body + "<w:sectPr/></w:body></w:document>");
            for (Map.Entry<String, String> part : parts.entrySet()) {
                put(zip, "word/" + part.getKey(), "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + part.getValue());
            }
            for (Map.Entry<String, byte[]> m : media.entrySet()) {
                zip.putNextEntry(new ZipEntry("word/media/" + m.getKey()));
                zip.write(m.getValue());
            }
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
    }

    ImportResult read(String name) throws Exception {
        return new DocxImporter().read(new Source(name, bytes()));
    }
}

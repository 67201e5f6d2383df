package org.annalist.export.docx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.Deflater;

/**
 * Writes the .docx: POI writes the package (styles, settings, headers and footers, comments, pictures, relationships,
 * [Content_Types]) with an empty body and no footnotes into memory; then the file is written entry by entry in the
 * same order, POI's entries copied as they are (not deflated again) and word/document.xml and word/footnotes.xml
 * put in from our XML text ({@link BlockWriter#body}, {@link BlockWriter#footnotesXml}).
 */
final class DocxPackage {
    /** How hard our two parts are deflated: see the measurements in the commit that chose it. */
    static final int LEVEL = Integer.getInteger("annalist.docx.deflate", Deflater.DEFAULT_COMPRESSION);

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"" + Xml.W
            + "\" xmlns:r=\"" + Xml.R + "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>";

    private DocxPackage() {
    }

    static void write(XWPFDocument x, BlockWriter blocks, String lastSection, Path file) throws IOException {
        String documentName = name(x.getPackagePart());
        String footnotesName = name(x.createFootnotes().getPackagePart());
        var poi = new org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream.Builder().setBufferSize(1 << 16).get();
        x.write(poi);
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(poi.toByteArray())).get();
             ZipArchiveOutputStream o = new ZipArchiveOutputStream(Files.newOutputStream(file))) {
            o.setLevel(LEVEL);
            for (Enumeration<ZipArchiveEntry> e = zip.getEntriesInPhysicalOrder(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (entry.getName().equals(documentName)) {
                    o.putArchiveEntry(new ZipArchiveEntry(documentName));
                    document(o, blocks, lastSection);
                    o.closeArchiveEntry();
                } else if (entry.getName().equals(footnotesName)) {
                    o.putArchiveEntry(new ZipArchiveEntry(footnotesName));
                    o.write(blocks.footnotesXml().getBytes(StandardCharsets.UTF_8));
                    o.closeArchiveEntry();
                } else {
                    o.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
                }
            }
        }
    }

    private static String name(org.apache.poi.openxml4j.opc.PackagePart part) {
        return part.getPartName().getName().substring(1);
    }

    /** word/document.xml: the body's paragraphs and tables, then the last section's properties. */
    static void document(OutputStream o, BlockWriter blocks, String lastSection) throws IOException {
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(1 << 16);
        char[] chars = new char[1 << 16];
        sb.append(HEAD);
        for (Object item : blocks.body) {
            if (item instanceof Para p) p.write(sb);
            else sb.append((String) item);
            if (sb.length() > 1 << 15) flush(sb, chars, w);
        }
        sb.append(lastSection).append("</w:body></w:document>");
        flush(sb, chars, w);
        w.flush();
    }

    private static void flush(StringBuilder sb, char[] chars, Writer w) throws IOException {
        for (int from = 0; from < sb.length(); from += chars.length) {
            int n = Math.min(chars.length, sb.length() - from);
            sb.getChars(from, from + n, chars, 0);
            w.write(chars, 0, n);
        }
        sb.setLength(0);
    }
}

package org.annalist.importer.docx;

import org.annalist.i18n.Texts;
import org.annalist.i18n.Localized;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Importer;
import org.annalist.importer.Source;
import org.annalist.model.ImportOptions;
import org.annalist.model.ImportReport;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Imports binary Word 97-2003 documents (.doc) and WPS documents (.wps, the same format), recognised by the OLE2
 * signature and a WordDocument stream, whatever the file is called. It lives beside the .docx importer because
 * both parse into {@link WordModel} and share the mapping. Word 6/95 files and password-protected files are
 * refused with the reason and what to do, and so are RTF and HTML files in Word's clothing ({@link Lookalike}).
 */
public final class DocImporter implements Importer {

    public static final String MEDIA_TYPE = "application/msword";
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    /** OLE2 files are read whole into memory by POI; beyond this a .doc is not a manuscript. */
    static final int MAX_BYTES = 200 * 1024 * 1024;

    @Override
    public String formatName() {
        return "Word 97-2003 文档";
    }

    /**
     * An OLE2 file with a WordDocument stream; or an OLE2 file named .doc/.wps/.dot without one (the directory
     * that names the streams sits at the end, so a truncated .doc has lost it): read then explains the damage.
     */
    @Override
    public boolean accepts(Source source) {
        byte[] b = source.bytes();
        if (Lookalike.of(source) != null) return true;
        if (!isOle2(b) || ZipGuard.isEncryptedOoxml(b)) return false;
        return hasWordStream(b) || Set.of("doc", "wps", "dot").contains(source.extension());
    }

    /**
     * Files Word opens as documents but that are not Word formats: RTF (whatever its name; read as text it would
     * bring its control words in) and HTML or MHT "saved as .doc" by Word or web sites. They are recognised here so
     * the editor is told what the file really is instead of getting markup as text.
     */
    enum Lookalike {
        RTF(Localized.of("import.doc.format.rtf")), HTML(Localized.of("import.doc.format.html"));

        final Localized label;

        Lookalike(Localized label) {
            this.label = label;
        }

        static Lookalike of(Source source) {
            byte[] b = source.bytes();
            String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1).stripLeading();
            if (head.startsWith("{\\rtf")) return RTF;
            if (!Set.of("doc", "docx", "wps", "dot").contains(source.extension())) return null;
            String lower = head.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("\u00ef\u00bb\u00bf")) lower = lower.substring(3); // UTF-8 BOM
            boolean html = lower.startsWith("<html") || lower.startsWith("<!doctype html") || lower.contains("urn:schemas-microsoft-com:office:word")
                    || lower.startsWith("mime-version:") || (lower.startsWith("<?xml") && lower.contains("<html"));
            return html ? HTML : null;
        }
    }

    private static boolean isOle2(byte[] b) {
        if (b.length < OLE2.length) return false;
        for (int i = 0; i < OLE2.length; i++) if (b[i] != OLE2[i]) return false;
        return true;
    }

    private static boolean hasWordStream(byte[] b) {
        return ZipGuard.indexOf(b, WORD_STREAM, 0) >= 0;
    }

    @Override
    public ImportResult read(Source source) throws ImportException {
        return read(source, ImportOptions.DEFAULT);
    }

    @Override
    public ImportResult read(Source source, ImportOptions options) throws ImportException {
        if (source.bytes().length == 0) throw ImportException.emptyFile(source.name());
        if (!accepts(source)) {
            throw new ImportException(source.name(), Localized.of("import.doc.notDoc"));
        }
        Lookalike lookalike = Lookalike.of(source);
        if (lookalike != null) {
            throw new ImportException(source.name(), source.extension().isEmpty()
                    ? Localized.of("import.doc.lookalike", lookalike.label)
                    : Localized.of("import.doc.lookalikeNamed", lookalike.label, source.extension()));
        }
        if (!hasWordStream(source.bytes())) {
            throw new ImportException(source.name(), Localized.of("import.doc.noWordStream"));
        }
        if (source.bytes().length > MAX_BYTES) {
            throw new ImportException(source.name(), Localized.of("import.doc.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        ImportReport report = new ImportReport(source.name());
        String ext = source.extension();
        report.format(ext.equals("doc") ? Texts.get("report.doc.format") : Texts.get("report.doc.formatByContent", ext));
        DocxReader.Result parsed;
        DocComments comments;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(source.bytes()));
             HWPFDocument doc = new HWPFDocument(fs)) {
            comments = DocComments.read(doc);
            parsed = DocReader.read(doc, comments);
        } catch (EncryptedDocumentException e) {
            throw new ImportException(source.name(), Localized.of("import.doc.password"), e);
        } catch (OldWordFileFormatException e) {
            throw new ImportException(source.name(), Localized.of("import.doc.word95"), e);
        } catch (IOException | RuntimeException e) {
            // POI's English reason stays in the cause, for the log; the editor reads what to do.
            throw new ImportException(source.name(), Localized.of("import.doc.damaged"), e);
        }
        DocxReader.Result read = parsed;
        DocComments found = comments;
        List<ImportResult.ImportedComment> imported = DocxImporter.mapped(source, () -> found.imported(read.elements(), report));
        ImportResult r = DocxImporter.mapped(source, () -> WordItems.build(source, read.elements(), report, MEDIA_TYPE, options, read.review()));
        return new ImportResult(r.items(), r.report(), r.mediaType(), r.attachments(), imported);
    }
}

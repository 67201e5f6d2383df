package org.annalist.importer.docx;

import org.annalist.i18n.Texts;
import org.annalist.i18n.Localized;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.Importer;
import org.annalist.importer.Source;
import org.annalist.model.ImportOptions;
import org.annalist.model.ImportReport;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Imports Word 2007+ documents (.docx, also when misnamed .doc or .wps). The bytes decide: a ZIP holding
 * word/document.xml, or a package whose officeDocument relationship names a Word main part by another name, is
 * read; an OLE2 file holding an EncryptedPackage is a password-protected .docx and is refused with that reason.
 * {@link ZipGuard} checks the container before POI opens it, so a damaged, truncated or bomb-like file gets a clear
 * Chinese message (POI's English reason kept in the cause, for the log) instead of a stack trace or an exhausted
 * heap, and a picture too large to import is left out with a warning while the text is read.
 */
public final class DocxImporter implements Importer {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Override
    public String formatName() {
        return "Word 文档";
    }

    @Override
    public boolean accepts(Source source) {
        return ZipGuard.isDocx(source.bytes()) || ZipGuard.isEncryptedOoxml(source.bytes());
    }

    @Override
    public ImportResult read(Source source) throws ImportException {
        return read(source, ImportOptions.DEFAULT);
    }

    @Override
    public ImportResult read(Source source, ImportOptions options) throws ImportException {
        byte[] bytes = source.bytes();
        if (bytes.length == 0) throw ImportException.emptyFile(source.name());
        if (ZipGuard.isEncryptedOoxml(bytes)) {
            throw new ImportException(source.name(), Localized.of("import.docx.password"));
        }
        if (!ZipGuard.isDocx(bytes)) {
            throw new ImportException(source.name(), Localized.of("import.docx.notDocx", source.extension()));
        }
        List<ZipGuard.Omitted> tooLarge = ZipGuard.check(source.name(), bytes);
        ImportReport report = new ImportReport(source.name());
        report.format(source.extension().equals("docx") ? Texts.get("report.docx.format")
                : Texts.get("report.docx.formatByContent", source.extension()));
        if (!tooLarge.isEmpty()) bytes = withoutLargeParts(source.name(), bytes, tooLarge, report);
        DocxReader.Result parsed;
        List<ImportResult.ImportedComment> comments;
        try (InputStream in = new ByteArrayInputStream(bytes); XWPFDocument doc = open(source.name(), in)) {
            parsed = DocxReader.read(doc);
            comments = WordComments.read(doc, parsed, report);
        } catch (IOException | RuntimeException | StackOverflowError e) { // a part nested deeper than the parser's stack
            // Parts are parsed lazily, so damage inside a part (a broken footnotes.xml) surfaces here.
            throw new ImportException(source.name(), Localized.of("import.docx.readFailed"), e);
        }
        DocxReader.Result read = parsed;
        ImportResult r = mapped(source, () -> WordItems.build(source, read.elements(), report, MEDIA_TYPE, options, read.review()));
        return new ImportResult(r.items(), r.report(), r.mediaType(), r.attachments(), comments);
    }

    /** A step of mapping a parsed Word file, the same for .docx and .doc. */
    interface Mapping<T> {
        T run() throws ImportException;
    }

    /**
     * Runs the mapping of a parsed file. A damaged file can hold what the parse let through and the mapping does not
     * expect (a structure nested thousands deep, an index out of range); that is refused like other damage, in
     * Chinese, with the exception kept as the cause, instead of escaping as a RuntimeException.
     */
    static <T> T mapped(Source source, Mapping<T> step) throws ImportException {
        try {
            return step.run();
        } catch (RuntimeException | StackOverflowError e) {
            throw new ImportException(source.name(), Localized.of("import.docx.mapFailed"), e);
        }
    }

    private static XWPFDocument open(String name, InputStream in) throws ImportException {
        try {
            return new XWPFDocument(in);
        } catch (IOException | RuntimeException | StackOverflowError e) { // POI parses the body recursively
            if (String.valueOf(e.getMessage()).contains("Strict OOXML")) {
                throw new ImportException(name, Localized.of("import.docx.strict"), e);
            }
            // POI reports damage as many exception types (XmlException wrapped, POIXMLException, NotOfficeXml…), in
            // English: the editor reads what to do, the log gets the exception (the cause) with the technical detail.
            throw new ImportException(name, Localized.of("import.docx.damaged"), e);
        }
    }

    /**
     * The package without its too large parts, each named with its size in the report: a 100 MB photograph is
     * left out like any picture over the limit, and the text is imported. Leaving them out before POI opens the
     * package also spares the memory POI would spend reading them whole.
     */
    private static byte[] withoutLargeParts(String name, byte[] bytes, List<ZipGuard.Omitted> parts, ImportReport report)
            throws ImportException {
        for (ZipGuard.Omitted p : parts) {
            String file = p.name().substring(p.name().lastIndexOf('/') + 1);
            report.warning(0, Texts.get(p.name().startsWith("word/media/") ? "report.docx.largePicture" : "report.docx.largeEmbedded",
                    file, String.format("%.1f", p.size() / 1024.0 / 1024.0), Figures.MAX_IMAGE_BYTES / 1024 / 1024));
        }
        try {
            return ZipGuard.without(bytes, parts.stream().map(ZipGuard.Omitted::name).collect(java.util.stream.Collectors.toSet()));
        } catch (IOException | RuntimeException e) {
            throw new ImportException(name, Localized.of("import.zip.damaged"), e);
        }
    }
}

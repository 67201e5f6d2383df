package org.annalist.export.pdf;

import java.util.List;
import java.util.Objects;

/**
 * Everything about a PDF export besides the pages: document information, page labels (the printed
 * folios), the outline, whether to conform to PDF/A-2b (for 档案 deposit) and whether to add crop marks
 * with {@value #BLEED_MM} mm bleed (for the printer). Empty page labels mean physical numbering.
 */
public record PdfOptions(String title, String author, String subject, String keywords, String creator,
                         String language, List<PageLabel> pageLabels, List<Bookmark> outline,
                         boolean pdfA, boolean cropMarks) {

    public static final double BLEED_MM = 3;

    public PdfOptions {
        title = Objects.requireNonNullElse(title, "");
        author = Objects.requireNonNullElse(author, "");
        subject = Objects.requireNonNullElse(subject, "");
        keywords = Objects.requireNonNullElse(keywords, "");
        creator = Objects.requireNonNullElse(creator, "Annalist");
        language = Objects.requireNonNullElse(language, "zh-CN");
        pageLabels = List.copyOf(pageLabels);
        outline = List.copyOf(outline);
        PageLabel.checkRanges(pageLabels);
    }

    /** Defaults: creator Annalist, language zh-CN, no labels, no outline, plain PDF without marks. */
    public static PdfOptions titled(String title) {
        return new PdfOptions(title, "", "", "", "Annalist", "zh-CN", List.of(), List.of(), false, false);
    }

    public PdfOptions withAuthor(String v) {
        return new PdfOptions(title, v, subject, keywords, creator, language, pageLabels, outline, pdfA, cropMarks);
    }

    public PdfOptions withSubject(String v) {
        return new PdfOptions(title, author, v, keywords, creator, language, pageLabels, outline, pdfA, cropMarks);
    }

    public PdfOptions withKeywords(String v) {
        return new PdfOptions(title, author, subject, v, creator, language, pageLabels, outline, pdfA, cropMarks);
    }

    public PdfOptions withLanguage(String v) {
        return new PdfOptions(title, author, subject, keywords, creator, v, pageLabels, outline, pdfA, cropMarks);
    }

    public PdfOptions withPageLabels(List<PageLabel> v) {
        return new PdfOptions(title, author, subject, keywords, creator, language, v, outline, pdfA, cropMarks);
    }

    /** Page labels that reproduce the printed folio of each page, see {@link PageLabel#fromFolios}. */
    public PdfOptions withFolios(List<String> folios) {
        return withPageLabels(PageLabel.fromFolios(folios));
    }

    public PdfOptions withOutline(List<Bookmark> v) {
        return new PdfOptions(title, author, subject, keywords, creator, language, pageLabels, v, pdfA, cropMarks);
    }

    public PdfOptions withPdfA(boolean v) {
        return new PdfOptions(title, author, subject, keywords, creator, language, pageLabels, outline, v, cropMarks);
    }

    public PdfOptions withCropMarks(boolean v) {
        return new PdfOptions(title, author, subject, keywords, creator, language, pageLabels, outline, pdfA, v);
    }
}

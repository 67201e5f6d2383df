package org.annalist.export.pdf;

import org.annalist.i18n.Localized;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;

/** How many pages a PDF has (a proof frozen in the archive, whose 版面字数 is counted on them). */
public final class PdfPages {
    private PdfPages() {
    }

    /**
     * The page count of {@code pdf}; {@code name} names it in the message when it cannot be read.
     *
     * @throws PdfExportException when the bytes are not a PDF PDFBox can open
     */
    public static int count(byte[] pdf, String name) throws PdfExportException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new PdfExportException(Localized.of("export.pdf.unreadable", name, e.getMessage()), e);
        }
    }
}

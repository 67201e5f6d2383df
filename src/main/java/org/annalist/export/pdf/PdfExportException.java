package org.annalist.export.pdf;

import org.annalist.i18n.Localized;
import org.annalist.i18n.LocalizedIOException;

/** A setup problem that stops a PDF export (unreadable font, unwritable output), worded for the editor. */
public class PdfExportException extends LocalizedIOException {
    public PdfExportException(Localized message, Throwable cause) {
        super(message, cause);
    }

    public PdfExportException(String key, Object... args) {
        super(Localized.of(key, args));
    }
}

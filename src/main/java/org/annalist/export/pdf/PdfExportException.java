package org.annalist.export.pdf;

import java.io.IOException;

/** A setup problem that stops a PDF export (unreadable font, unwritable output), worded for the editor. */
public class PdfExportException extends IOException {
    public PdfExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public PdfExportException(String message) {
        super(message);
    }
}

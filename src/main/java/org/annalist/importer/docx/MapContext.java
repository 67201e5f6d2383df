package org.annalist.importer.docx;

import java.util.ArrayList;
import java.util.List;

import org.annalist.importer.ImportResult;
import org.annalist.model.ImportReport;

/** State of one mapping: the report, the attachments collected, and counts summarised at the end. */
final class MapContext {
    final ImportReport report;
    final List<ImportResult.Attachment> attachments = new ArrayList<>();
    /** Body font size (the most common one), for "larger than the body" heading detection; 0 = unknown. */
    double bodySize;
    int headings, paragraphs, tables, images, notes, endnotes, lists;
    int indentsRemoved, softBreaksRemoved, pageBreaks, nestedTables, textBoxes, leftIndented;
    /** Symbol-font characters met and the Unicode text each became, for one line of the report. */
    final java.util.Map<String, String> symbols = new java.util.LinkedHashMap<>();

    MapContext(ImportReport report) {
        this.report = report;
    }
}

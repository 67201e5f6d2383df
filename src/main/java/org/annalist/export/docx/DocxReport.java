package org.annalist.export.docx;

import java.nio.file.Path;
import java.util.List;

/**
 * What a .docx export wrote: the file, how many 类目 openings (each a section on a new odd page), footnotes,
 * endnotes, tables, pictures, pending suggestions as tracked changes, entries of the 目录, review comments
 * written as Word comments, index terms marked with XE fields, and warnings for the editor.
 */
public record DocxReport(Path file, int categories, int sections, int footnotes, int endnotes, int tables, int figures,
                         int suggestions, int tocEntries, int comments, int indexTerms, int indexEntries,
                         List<String> warnings) {
    public DocxReport {
        warnings = List.copyOf(warnings);
    }
}

package org.annalist.importer;

import org.annalist.model.ImportReport;

import java.util.List;

/** What an importer made of one file: its items (one or more) and the report for the editor. */
public record ImportResult(List<ImportedItem> items, ImportReport report, String mediaType) {
    public ImportResult {
        items = List.copyOf(items);
    }
}

package org.annalist.model;

import java.time.Instant;
import java.util.List;

/**
 * One imported file as the import log keeps it: the stored original ({@code attachmentId}, may be null),
 * the items made from it and the importer's report as the editor saw it.
 */
public record ImportLogEntry(long id, Instant at, String actor, String fileName, Long attachmentId,
                             List<Long> itemIds, String reportText) {
    public ImportLogEntry {
        itemIds = List.copyOf(itemIds);
    }
}

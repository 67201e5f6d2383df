package org.annalist.importer;

import org.annalist.doc.Document;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;

/**
 * One item found in a file: title, subtitle (may be null), the body tree without title/byline, and the
 * metadata detected (byline → credits, 供稿单位, 来源, date → collectedOn).
 */
public record ImportedItem(ItemKind kind, String title, String subtitle, Document body, ItemMetadata metadata) {
}

package org.annalist.importer;

import org.annalist.model.ImportReport;

import java.util.List;
import java.util.Objects;

/**
 * What an importer made of one file: its items (one or more), the report for the editor, the media type, and
 * the files found inside it that must become attachments (images of a Word document), and the review comments
 * (批注) found in it, which belong to its first item.
 *
 * <p>Importers cannot write to the store, so a {@link org.annalist.doc.Block.Figure} made from an embedded
 * image refers to its attachment by position: {@code attachment:new/<index>}, {@code index} being 0-based in
 * {@link #attachments()}. The service stores the attachments and rewrites those sources to
 * {@code attachment:<id>} in the same transaction as the items.
 */
public record ImportResult(List<ImportedItem> items, ImportReport report, String mediaType, List<Attachment> attachments,
                           List<org.annalist.model.ReviewComment> comments) {

    /** The prefix of a figure source that refers to {@link #attachments()} by index. */
    public static final String NEW_ATTACHMENT = "attachment:new/";

    /** A file carried inside the imported one: its suggested name, media type and bytes. */
    public record Attachment(String name, String mediaType, byte[] bytes) {
        public Attachment {
            Objects.requireNonNull(name);
            Objects.requireNonNull(mediaType);
            Objects.requireNonNull(bytes);
        }
    }

    public ImportResult {
        items = List.copyOf(items);
        attachments = List.copyOf(attachments);
        comments = List.copyOf(comments);
    }

    /** A result without review comments; {@link #comments()} belong to the file's first item. */
    public ImportResult(List<ImportedItem> items, ImportReport report, String mediaType, List<Attachment> attachments) {
        this(items, report, mediaType, attachments, List.of());
    }

    /** A result without attachments (text formats). */
    public ImportResult(List<ImportedItem> items, ImportReport report, String mediaType) {
        this(items, report, mediaType, List.of());
    }
}

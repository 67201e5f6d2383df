package org.annalist.importer;

import org.annalist.model.ImportReport;

import java.util.List;
import java.util.Objects;

/**
 * What an importer made of one file: its items (one or more), the report for the editor, the media type, and
 * the files found inside it that must become attachments (images of a Word document), and the review comments
 * (批注) found in it, each with the item it belongs to and the comment it replies to.
 *
 * <p>Importers cannot write to the store, so a {@link org.annalist.doc.Block.Figure} made from an embedded
 * image refers to its attachment by position: {@code attachment:new/<index>}, {@code index} being 0-based in
 * {@link #attachments()}. The service stores the attachments and rewrites those sources to
 * {@code attachment:<id>} in the same transaction as the items.
 */
public record ImportResult(List<ImportedItem> items, ImportReport report, String mediaType, List<Attachment> attachments,
                           List<ImportedComment> comments) {

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

    /**
     * A review comment found in the file: {@code item} is the index in {@link #items()} of the item it belongs to,
     * {@code replyTo} the index in {@link #comments()} of the comment it answers, or -1.
     */
    public record ImportedComment(int item, int replyTo, org.annalist.model.ReviewComment comment) {
        public ImportedComment {
            Objects.requireNonNull(comment);
        }
    }

    public ImportResult {
        items = List.copyOf(items);
        attachments = List.copyOf(attachments);
        comments = List.copyOf(comments);
    }

    /** A result without review comments. */
    public ImportResult(List<ImportedItem> items, ImportReport report, String mediaType, List<Attachment> attachments) {
        this(items, report, mediaType, attachments, List.of());
    }

    /** A result without attachments (text formats). */
    public ImportResult(List<ImportedItem> items, ImportReport report, String mediaType) {
        this(items, report, mediaType, List.of());
    }
}

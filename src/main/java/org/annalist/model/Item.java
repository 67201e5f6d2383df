package org.annalist.model;

import java.time.Instant;

/**
 * An item: a 条目 or a 篇. {@code sectionId} null means the item sits in the archive's 收稿箱 (inbox).
 * {@code body} is the item's text in the Markdown dialect of docs/markup.md.
 * {@code revision} is the number of the item's latest revision (1 after the first save).
 */
public record Item(long id, Long sectionId, ItemKind kind, String title, String subtitle, String body,
                   ItemStatus status, ItemMetadata metadata, int ord, int revision,
                   Instant createdAt, Instant updatedAt) {
    public Item {
        if (title == null) title = "";
        if (body == null) body = "";
        if (metadata == null) metadata = ItemMetadata.EMPTY;
        if (status == null) status = ItemStatus.RECEIVED;
    }

    /** A new item, not yet stored. */
    public static Item draft(ItemKind kind, String title, String subtitle, String body, ItemMetadata metadata) {
        return new Item(0, null, kind, title, subtitle, body, ItemStatus.RECEIVED, metadata, 0, 0, null, null);
    }

    public Item withBody(String newBody) {
        return new Item(id, sectionId, kind, title, subtitle, newBody, status, metadata, ord, revision, createdAt, updatedAt);
    }

    public Item withTitle(String newTitle, String newSubtitle) {
        return new Item(id, sectionId, kind, newTitle, newSubtitle, body, status, metadata, ord, revision, createdAt, updatedAt);
    }

    public Item withMetadata(ItemMetadata m) {
        return new Item(id, sectionId, kind, title, subtitle, body, status, m, ord, revision, createdAt, updatedAt);
    }

    public Item withStatus(ItemStatus s) {
        return new Item(id, sectionId, kind, title, subtitle, body, s, metadata, ord, revision, createdAt, updatedAt);
    }

    public Item inSection(Long section, int order) {
        return new Item(id, section, kind, title, subtitle, body, status, metadata, order, revision, createdAt, updatedAt);
    }

    /** An empty title: allowed (no text is refused for it), shown as a warning on the item. */
    public boolean untitled() {
        return title.isBlank();
    }

    /** Characters of text, not counting Markdown markup or white space (a rough 字数 for lists). */
    public int characterCount() {
        int n = 0;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            if (!Character.isWhitespace(cp) && "#*|[]{}^~>\\-".indexOf(cp) < 0) n++;
            i += Character.charCount(cp);
        }
        return n;
    }
}

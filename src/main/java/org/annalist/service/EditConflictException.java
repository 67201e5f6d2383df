package org.annalist.service;

import org.annalist.i18n.LocalizedException;
import org.annalist.store.ItemConflictException;

import java.time.Instant;

/**
 * A save refused because another editor's revision of the item landed after the one the user started from; nothing
 * was saved and the user's text is kept as their draft. The desktop then offers the texts side by side to merge.
 */
public final class EditConflictException extends LocalizedException {
    private final long itemId;
    private final int baseRevision;
    private final int latestRevision;
    private final String latestAuthor;
    private final Instant latestAt;

    EditConflictException(ItemConflictException cause) {
        super(cause.localized(), cause);
        this.itemId = cause.itemId();
        this.baseRevision = cause.baseRevision();
        this.latestRevision = cause.latestRevision();
        this.latestAuthor = cause.latestAuthor();
        this.latestAt = cause.latestAt();
    }

    public long itemId() {
        return itemId;
    }

    public int baseRevision() {
        return baseRevision;
    }

    public int latestRevision() {
        return latestRevision;
    }

    public String latestAuthor() {
        return latestAuthor;
    }

    public Instant latestAt() {
        return latestAt;
    }
}

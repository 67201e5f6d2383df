package org.annalist.store;

import org.annalist.i18n.Localized;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A save refused because another revision of the item landed after the one the editor started from (someone else
 * saved it, in another window, process or office PC): nothing was written. It names who saved which revision when, so
 * the editor can compare the two texts and merge them by hand; the editor's own text stays as a draft.
 */
public final class ItemConflictException extends StoreException {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final long itemId;
    private final int baseRevision;
    private final int latestRevision;
    private final String latestAuthor;
    private final Instant latestAt;

    ItemConflictException(long itemId, String title, int baseRevision, int latestRevision, String latestAuthor, Instant latestAt) {
        super(Localized.of("store.conflict.saved", title, latestAuthor, latestAt == null ? "?"
                : WHEN.format(latestAt.atZone(ZoneId.systemDefault())), latestRevision, baseRevision));
        this.itemId = itemId;
        this.baseRevision = baseRevision;
        this.latestRevision = latestRevision;
        this.latestAuthor = latestAuthor;
        this.latestAt = latestAt;
    }

    public long itemId() {
        return itemId;
    }

    /** The revision the refused save started from. */
    public int baseRevision() {
        return baseRevision;
    }

    /** The item's revision in the archive now. */
    public int latestRevision() {
        return latestRevision;
    }

    /** Who signed {@link #latestRevision()}. */
    public String latestAuthor() {
        return latestAuthor;
    }

    public Instant latestAt() {
        return latestAt;
    }
}

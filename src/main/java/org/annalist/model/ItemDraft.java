package org.annalist.model;

import java.time.Instant;

/**
 * 草稿: what an editor typed into an item since its revision {@code baseRevision}, kept by the autosave so no
 * work is lost (a crash, a kill) before it becomes a revision. One per item; each autosave replaces it.
 * An empty title is allowed: the text matters more than a missing title.
 */
public record ItemDraft(long itemId, int baseRevision, String title, String subtitle, String body, String author,
                        Instant savedAt) {
    public ItemDraft {
        if (title == null) title = "";
        if (body == null) body = "";
    }

    /** The draft's text over {@code base} (the item as stored): what the editor shows when the draft is taken back. */
    public Item over(Item base) {
        return base.withBody(body).withTitle(title, subtitle);
    }
}

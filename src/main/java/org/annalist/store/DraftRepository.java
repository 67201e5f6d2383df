package org.annalist.store;

import org.annalist.i18n.Localized;
import org.annalist.model.ItemDraft;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Items' drafts (草稿), one row per item and author, replaced in place. Writing a draft is not audited: the autosave writes
 * one every few seconds of quiet, and the audit log is append-only; the revision it becomes is audited.
 */
final class DraftRepository {
    private final Connection c;
    private final AuditLog audit;

    DraftRepository(Connection c, AuditLog audit) {
        this.c = c;
        this.audit = audit;
    }

    ItemDraft put(ItemDraft d) throws SQLException {
        if (Jdbc.one(c, "SELECT 1 FROM item WHERE id = ?", rs -> 1, d.itemId()).isEmpty()) {
            throw new StoreException(Localized.of("store.item.missing", d.itemId()));
        }
        java.time.Instant now = Jdbc.now();
        Jdbc.update(c, "MERGE INTO item_draft (item_id, base_revision, title, subtitle, body, author, saved_at)"
                        + " KEY (item_id, author) VALUES (?, ?, ?, ?, ?, ?, ?)",
                d.itemId(), d.baseRevision(), d.title(), d.subtitle(), d.body(), d.author(), now);
        return of(d.itemId(), d.author()).orElseThrow();
    }

    Optional<ItemDraft> of(long itemId, String author) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM item_draft WHERE item_id = ? AND author = ?", DraftRepository::map, itemId, author);
    }

    /** Every draft, the most recently saved first. */
    List<ItemDraft> all() throws SQLException {
        return Jdbc.list(c, "SELECT * FROM item_draft ORDER BY saved_at DESC, item_id", DraftRepository::map);
    }

    /** Deletes the actor's draft of the item; {@code discarded} (rather than become a revision) is audited. */
    boolean delete(long itemId, String actor, boolean discarded) throws SQLException {
        boolean had = Jdbc.update(c, "DELETE FROM item_draft WHERE item_id = ? AND author = ?", itemId, actor) > 0;
        if (had && discarded) audit.append(actor, "item.draft.discard", "item", itemId, "放弃草稿");
        return had;
    }

    private static ItemDraft map(ResultSet rs) throws SQLException {
        return new ItemDraft(rs.getLong("item_id"), rs.getInt("base_revision"), rs.getString("title"),
                rs.getString("subtitle"), rs.getString("body"), rs.getString("author"), Jdbc.instant(rs, "saved_at"));
    }
}

package org.annalist.store;

import org.annalist.model.Presence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Heartbeats of editing sessions (one open item each); see V13. Plain SQL that H2 and PostgreSQL both run. */
final class PresenceRepository {
    private final Connection c;

    PresenceRepository(Connection c) {
        this.c = c;
    }

    /** {@code session} (of {@code editor}) has the item open now; its previous item, if any, no longer. */
    void beat(long itemId, String session, String editor, Instant now) throws SQLException {
        int n = Jdbc.update(c, "UPDATE item_presence SET item_id = ?, editor = ?, seen_at = ? WHERE session = ?",
                itemId, editor, now, session);
        if (n == 0) {
            Jdbc.update(c, "INSERT INTO item_presence (item_id, session, editor, seen_at) VALUES (?, ?, ?, ?)",
                    itemId, session, editor, now);
        }
    }

    /** {@code session} has no item open any more (closed, signed out). */
    boolean release(String session) throws SQLException {
        return Jdbc.update(c, "DELETE FROM item_presence WHERE session = ?", session) > 0;
    }

    /** Removes heartbeats older than {@code staleBefore}; returns how many. */
    int clearStale(Instant staleBefore) throws SQLException {
        return Jdbc.update(c, "DELETE FROM item_presence WHERE seen_at < ?", staleBefore);
    }

    /** Every live session's open item (heartbeat not before {@code since}), by item, then editor. */
    List<Presence> live(Instant since) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM item_presence WHERE seen_at >= ? ORDER BY item_id, editor, session",
                PresenceRepository::map, since);
    }

    /** The live sessions that have {@code itemId} open. */
    List<Presence> of(long itemId, Instant since) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM item_presence WHERE item_id = ? AND seen_at >= ? ORDER BY editor, session",
                PresenceRepository::map, itemId, since);
    }

    private static Presence map(ResultSet rs) throws SQLException {
        return new Presence(rs.getLong("item_id"), rs.getString("editor"), rs.getString("session"), Jdbc.instant(rs, "seen_at"));
    }
}

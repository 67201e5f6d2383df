package org.annalist.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Item;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Revision;

/** The append-only revision table (see ContentHash for what its sha256 covers). */
final class RevisionRepository {
    private final Connection c;

    RevisionRepository(Connection c) {
        this.c = c;
    }

    void append(Item item, int number, String author, Instant at, String note) throws SQLException {
        String metadata = ContentHash.metadataText(item.metadata());
        Jdbc.update(c, "INSERT INTO revision (item_id, number, author, created_at, sha256, title, subtitle, body, metadata, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                item.id(), number, author, at,
                ContentHash.sha256(item.title(), item.subtitle(), item.body(), metadata),
                item.title(), item.subtitle(), item.body(), metadata, note);
    }

    Optional<String> sha256(long itemId, int number) throws SQLException {
        return Jdbc.one(c, "SELECT sha256 FROM revision WHERE item_id = ? AND number = ?", rs -> rs.getString(1), itemId, number);
    }

    List<Revision> of(long itemId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM revision WHERE item_id = ? ORDER BY number", RevisionRepository::map, itemId);
    }

    Optional<Revision> one(long itemId, int number) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM revision WHERE item_id = ? AND number = ?", RevisionRepository::map, itemId, number);
    }

    Optional<ItemMetadata> metadata(long itemId, int number) throws SQLException {
        return Jdbc.one(c, "SELECT metadata FROM revision WHERE item_id = ? AND number = ?",
                rs -> ContentHash.parseMetadata(rs.getString(1)), itemId, number);
    }

    /** Recomputes the hash of a stored revision from its own columns; empty if there is no such revision. */
    Optional<Boolean> verify(long itemId, int number) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM revision WHERE item_id = ? AND number = ?",
                rs -> rs.getString("sha256").equals(ContentHash.sha256(rs.getString("title"), rs.getString("subtitle"),
                        rs.getString("body"), rs.getString("metadata"))), itemId, number);
    }

    /** Every revision in the archive whose stored hash no longer matches its content, as "item#number". */
    List<String> verifyAll() throws SQLException {
        return Jdbc.list(c, "SELECT * FROM revision ORDER BY item_id, number",
                rs -> rs.getString("sha256").equals(ContentHash.sha256(rs.getString("title"), rs.getString("subtitle"),
                        rs.getString("body"), rs.getString("metadata")))
                        ? null : rs.getLong("item_id") + "#" + rs.getInt("number"))
                .stream().filter(s -> s != null).toList();
    }

    private static Revision map(ResultSet rs) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("number"), rs.getString("author"),
                Jdbc.instant(rs, "created_at"), rs.getString("sha256"), rs.getString("title"), rs.getString("subtitle"),
                rs.getString("body"), rs.getString("note"));
    }
}

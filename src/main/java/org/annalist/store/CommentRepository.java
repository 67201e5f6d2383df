package org.annalist.store;

import org.annalist.model.CommentAnchor;
import org.annalist.model.ReviewComment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Review comments (批注) on items; every write is audited in the same transaction. A deleted comment (and the
 * replies under it) keeps its row, marked, and is left out of every read.
 */
final class CommentRepository {
    private final Connection c;
    private final AuditLog audit;

    CommentRepository(Connection c, AuditLog audit) {
        this.c = c;
        this.audit = audit;
    }

    ReviewComment insert(ReviewComment r, String actor) throws SQLException {
        return insert(r, null, null, actor);
    }

    /** Stores a comment anchored to a range of {@code base} (the item's body as it reads now); anchor may be null. */
    ReviewComment insert(ReviewComment r, CommentAnchor anchor, String base, String actor) throws SQLException {
        if (anchor != null) putBase(r.itemId(), anchor.baseSha256(), base);
        long id = Jdbc.insert(c, "INSERT INTO review_comment (item_id, author, written_at, body, anchor, origin, created_at,"
                        + " parent_id, quote, resolved, anchor_from, anchor_to, anchor_base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.itemId(), Jdbc.clip(r.author(), 200), r.writtenAt(), r.text(), Jdbc.clip(r.anchor(), 1000), r.origin(), Jdbc.now(),
                r.parentId(), r.quote(), r.resolved(), anchor == null ? null : anchor.from(), anchor == null ? null : anchor.to(),
                anchor == null ? null : anchor.baseSha256());
        audit.append(actor, "comment.insert", "item", r.itemId(), r.author() + "：" + Jdbc.clip(r.text(), 80));
        return r.stored(id, r.itemId(), r.parentId());
    }

    List<ReviewComment> of(long itemId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM review_comment WHERE item_id = ? AND deleted_at IS NULL ORDER BY id", CommentRepository::map, itemId);
    }

    Optional<ReviewComment> byId(long commentId) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM review_comment WHERE id = ? AND deleted_at IS NULL", CommentRepository::map, commentId);
    }

    private static ReviewComment map(java.sql.ResultSet rs) throws SQLException {
        return new ReviewComment(rs.getLong("id"), rs.getLong("item_id"), rs.getString("author"), Jdbc.instant(rs, "written_at"),
                rs.getString("body"), rs.getString("anchor"), rs.getString("origin"),
                rs.getObject("parent_id") == null ? null : rs.getLong("parent_id"), rs.getString("quote"),
                rs.getBoolean("resolved"));
    }

    /** The anchors of an item's comments that have one, by comment id. */
    Map<Long, CommentAnchor> anchors(long itemId) throws SQLException {
        Map<Long, CommentAnchor> out = new LinkedHashMap<>();
        for (Object[] row : Jdbc.list(c, "SELECT id, anchor_from, anchor_to, anchor_base FROM review_comment WHERE item_id = ?"
                + " AND deleted_at IS NULL AND anchor_base IS NOT NULL ORDER BY id", rs -> new Object[] {rs.getLong(1),
                new CommentAnchor(rs.getInt(2), rs.getInt(3), rs.getString(4))}, itemId)) {
            out.put((Long) row[0], (CommentAnchor) row[1]);
        }
        return out;
    }

    /** The body an anchor was set on. */
    Optional<String> base(long itemId, String sha256) throws SQLException {
        return Jdbc.one(c, "SELECT body FROM comment_anchor_base WHERE item_id = ? AND sha256 = ?", rs -> rs.getString(1), itemId, sha256);
    }

    /** Anchors a comment (one without an anchor, or one anchored again) to a range of {@code base}. */
    void setAnchor(long commentId, CommentAnchor anchor, String base, String actor) throws SQLException {
        long itemId = itemOf(commentId);
        putBase(itemId, anchor.baseSha256(), base);
        Jdbc.update(c, "UPDATE review_comment SET anchor_from = ?, anchor_to = ?, anchor_base = ? WHERE id = ?",
                anchor.from(), anchor.to(), anchor.baseSha256(), commentId);
        audit.append(actor, "comment.anchor", "item", itemId, "#" + commentId + " " + anchor.from() + "–" + anchor.to());
    }

    /** Marks a thread (by its first comment) resolved or open again. */
    void setResolved(long commentId, boolean resolved, String actor) throws SQLException {
        long itemId = itemOf(commentId);
        Jdbc.update(c, "UPDATE review_comment SET resolved = ?, resolved_by = ?, resolved_at = ? WHERE id = ?",
                resolved, actor, Jdbc.now(), commentId);
        audit.append(actor, resolved ? "comment.resolve" : "comment.reopen", "item", itemId, "#" + commentId);
    }

    /** Deletes a comment and the replies under it (the rows stay, marked); how many went. */
    int delete(long commentId, String actor) throws SQLException {
        long itemId = itemOf(commentId);
        int n = 0;
        List<Long> todo = new java.util.ArrayList<>(List.of(commentId));
        while (!todo.isEmpty()) {
            long id = todo.remove(todo.size() - 1);
            n += Jdbc.update(c, "UPDATE review_comment SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL",
                    Jdbc.now(), actor, id);
            todo.addAll(Jdbc.list(c, "SELECT id FROM review_comment WHERE parent_id = ? AND deleted_at IS NULL", rs -> rs.getLong(1), id));
        }
        audit.append(actor, "comment.delete", "item", itemId, "#" + commentId + "（" + n + " 条）");
        return n;
    }

    private long itemOf(long commentId) throws SQLException {
        return Jdbc.one(c, "SELECT item_id FROM review_comment WHERE id = ? AND deleted_at IS NULL", rs -> rs.getLong(1), commentId)
                .orElseThrow(() -> new StoreException(org.annalist.i18n.Localized.of("store.comment.missing", commentId)));
    }

    void putBase(long itemId, String sha256, String body) throws SQLException {
        if (body == null || !sha256.equals(sha256(body))) throw new IllegalArgumentException("anchor base does not match its hash");
        if (base(itemId, sha256).isEmpty()) {
            Jdbc.update(c, "INSERT INTO comment_anchor_base (item_id, sha256, body, created_at) VALUES (?, ?, ?, ?)",
                    itemId, sha256, body, Jdbc.now());
        }
    }

    /** The SHA-256 of a body, as anchors name it (lowercase hex of its UTF-8). */
    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.annalist.store;

import org.annalist.model.ReviewComment;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Review comments (批注) on items; every insertion is audited in the same transaction. */
final class CommentRepository {
    private final Connection c;
    private final AuditLog audit;

    CommentRepository(Connection c, AuditLog audit) {
        this.c = c;
        this.audit = audit;
    }

    ReviewComment insert(ReviewComment r, String actor) throws SQLException {
        long id = Jdbc.insert(c, "INSERT INTO review_comment (item_id, author, written_at, body, anchor, origin, created_at,"
                        + " parent_id, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.itemId(), Jdbc.clip(r.author(), 200), r.writtenAt(), r.text(), Jdbc.clip(r.anchor(), 1000), r.origin(), Jdbc.now(),
                r.parentId(), r.quote());
        audit.append(actor, "comment.insert", "item", r.itemId(), r.author() + "：" + Jdbc.clip(r.text(), 80));
        return r.stored(id, r.itemId(), r.parentId());
    }

    /** Changes a stored comment's text (a thread resolved in Word gets the note that says so); audited. */
    void changeText(long id, String text, String actor) throws SQLException {
        long item = Jdbc.one(c, "SELECT item_id FROM review_comment WHERE id = ?", rs -> rs.getLong(1), id)
                .orElseThrow(() -> new IllegalArgumentException("no review comment " + id));
        Jdbc.update(c, "UPDATE review_comment SET body = ? WHERE id = ?", text, id);
        audit.append(actor, "comment.text", "item", item, Jdbc.clip(text, 80));
    }

    List<ReviewComment> of(long itemId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM review_comment WHERE item_id = ? ORDER BY id", rs -> new ReviewComment(
                rs.getLong("id"), rs.getLong("item_id"), rs.getString("author"), Jdbc.instant(rs, "written_at"),
                rs.getString("body"), rs.getString("anchor"), rs.getString("origin"),
                rs.getObject("parent_id") == null ? null : rs.getLong("parent_id"), rs.getString("quote")), itemId);
    }
}

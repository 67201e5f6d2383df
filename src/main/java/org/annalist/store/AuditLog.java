package org.annalist.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.annalist.model.AuditEntry;

/** The append-only audit log, written in the same transaction as the change it records. */
final class AuditLog {
    private final Connection c;

    AuditLog(Connection c) {
        this.c = c;
    }

    void append(String actor, String action, String entity, Long entityId, String detail) throws SQLException {
        Jdbc.update(c, "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                Jdbc.now(), actor, action, entity, entityId, Jdbc.clip(detail, 500));
    }

    List<AuditEntry> latest(int limit) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", rs -> new AuditEntry(
                rs.getLong("id"), Jdbc.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("entity"), Jdbc.longOrNull(rs, "entity_id"), rs.getString("detail")), Math.max(0, limit));
    }

    List<AuditEntry> of(String entity, long entityId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id", rs -> new AuditEntry(
                rs.getLong("id"), Jdbc.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("entity"), Jdbc.longOrNull(rs, "entity_id"), rs.getString("detail")), entity, entityId);
    }
}

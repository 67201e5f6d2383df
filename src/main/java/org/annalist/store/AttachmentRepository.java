package org.annalist.store;

import org.annalist.i18n.Localized;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Attachment;
import org.annalist.model.ImportLogEntry;

/** Stored files (originals of imported manuscripts, images, scans) and the log of imports. */
final class AttachmentRepository {
    private static final String COLUMNS = "id, item_id, original_name, media_type, sha256, size, created_at";

    private final Connection c;
    private final AuditLog audit;

    AttachmentRepository(Connection c, AuditLog audit) {
        this.c = c;
        this.audit = audit;
    }

    /** Stores the bytes, unless the same bytes are already stored for the same item (or both unattached). */
    Attachment insert(Long itemId, String originalName, String mediaType, byte[] bytes, String actor) throws SQLException {
        if (originalName == null || originalName.isBlank()) throw new StoreException(Localized.of("store.attachment.noName"));
        if (itemId != null) requireItem(itemId);
        String sha = ContentHash.sha256Hex(bytes);
        Optional<Attachment> same = Jdbc.one(c, "SELECT " + COLUMNS + " FROM attachment"
                + " WHERE item_id IS NOT DISTINCT FROM ? AND sha256 = ? ORDER BY id LIMIT 1", AttachmentRepository::map, itemId, sha);
        if (same.isPresent()) return same.get();
        long id = Jdbc.insert(c, "INSERT INTO attachment (item_id, original_name, media_type, sha256, size, bytes, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                itemId, originalName, mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType,
                sha, (long) bytes.length, bytes, Jdbc.now());
        audit.append(actor, "attachment.insert", "attachment", id, originalName + "（" + bytes.length + " 字节"
                + (itemId == null ? "" : "，稿件 " + itemId) + "）");
        return byId(id).orElseThrow();
    }

    Optional<Attachment> byId(long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM attachment WHERE id = ?", AttachmentRepository::map, id);
    }

    byte[] bytes(long id) throws SQLException {
        return Jdbc.one(c, "SELECT bytes FROM attachment WHERE id = ?", rs -> rs.getBytes(1), id)
                .orElseThrow(() -> new StoreException(Localized.of("store.attachment.missing", id)));
    }

    List<Attachment> of(long itemId) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM attachment WHERE item_id = ? ORDER BY id", AttachmentRepository::map, itemId);
    }

    void attachTo(long attachmentId, long itemId, String actor) throws SQLException {
        Attachment a = byId(attachmentId).orElseThrow(() -> new StoreException(Localized.of("store.attachment.missing", attachmentId)));
        if (a.itemId() != null && a.itemId() == itemId) return;
        requireItem(itemId);
        if (Jdbc.one(c, "SELECT 1 FROM attachment WHERE item_id = ? AND sha256 = ?", rs -> 1, itemId, a.sha256()).isPresent()) {
            throw new StoreException(Localized.of("store.attachment.duplicate", itemId, a.originalName()));
        }
        Jdbc.update(c, "UPDATE attachment SET item_id = ? WHERE id = ?", itemId, attachmentId);
        audit.append(actor, "attachment.attach", "attachment", attachmentId, a.originalName() + " → 稿件 " + itemId);
    }

    long recordImport(String fileName, Long attachmentId, List<Long> itemIds, String reportText, String actor)
            throws SQLException {
        if (attachmentId != null && byId(attachmentId).isEmpty()) {
            throw new StoreException(Localized.of("store.attachment.importMissing", attachmentId));
        }
        long id = Jdbc.insert(c, "INSERT INTO import_log (at, actor, file_name, attachment_id, report_text) VALUES (?, ?, ?, ?, ?)",
                Jdbc.now(), actor, fileName, attachmentId, reportText == null ? "" : reportText);
        int ord = 1;
        for (Long itemId : itemIds) {
            requireItem(itemId);
            Jdbc.update(c, "INSERT INTO import_log_item (import_id, ord, item_id) VALUES (?, ?, ?)", id, ord++, itemId);
        }
        audit.append(actor, "import.record", "import", id, fileName + "（" + itemIds.size() + " 篇/条）");
        return id;
    }

    /** The import log, newest first. */
    List<ImportLogEntry> imports(int limit) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM import_log ORDER BY id DESC LIMIT ?", this::mapImport, Math.max(0, limit));
    }

    /** The imports that produced an item, oldest first. */
    List<ImportLogEntry> importsOf(long itemId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM import_log WHERE id IN (SELECT import_id FROM import_log_item WHERE item_id = ?)"
                + " ORDER BY id", this::mapImport, itemId);
    }

    private ImportLogEntry mapImport(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Long> items = Jdbc.list(c, "SELECT item_id FROM import_log_item WHERE import_id = ? ORDER BY ord",
                r -> r.getLong(1), id);
        return new ImportLogEntry(id, Jdbc.instant(rs, "at"), rs.getString("actor"), rs.getString("file_name"),
                Jdbc.longOrNull(rs, "attachment_id"), items, rs.getString("report_text"));
    }

    private void requireItem(long itemId) throws SQLException {
        if (Jdbc.one(c, "SELECT 1 FROM item WHERE id = ?", rs -> 1, itemId).isEmpty()) {
            throw new StoreException(Localized.of("store.item.missing", itemId));
        }
    }

    private static Attachment map(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong("id"), Jdbc.longOrNull(rs, "item_id"), rs.getString("original_name"),
                rs.getString("media_type"), rs.getString("sha256"), rs.getLong("size"), Jdbc.instant(rs, "created_at"));
    }
}

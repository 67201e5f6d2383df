package org.annalist.store;

import org.annalist.i18n.Localized;
import org.annalist.model.TrashEntry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 回收站: moving publications, sections and items there, back, and out for good. A deletion marks the row
 * and everything live under it with one trash row's id; restoring clears exactly that mark. Permanent deletion
 * keeps the rows as tombstones (revisions, the audit log and the import log point at them and are append-only)
 * but ends every way back; a purged publication gives up its code.
 */
final class TrashRepository {
    private final Connection c;
    private final AuditLog audit;

    TrashRepository(Connection c, AuditLog audit) {
        this.c = c;
        this.audit = audit;
    }

    TrashEntry trash(TrashEntry.Kind kind, long id, String actor) throws SQLException {
        String label = liveLabel(kind, id);
        long trashId = Jdbc.insert(c, "INSERT INTO trash (entity, entity_id, label, deleted_at, deleted_by) VALUES (?, ?, ?, ?, ?)",
                kind.name(), id, Jdbc.clip(label, 2000), Jdbc.now(), actor);
        switch (kind) {
            case ITEM -> {
                Long section = Jdbc.one(c, "SELECT section_id FROM item WHERE id = ?", rs -> Jdbc.longOrNull(rs, "section_id"), id)
                        .orElse(null);
                Jdbc.update(c, "UPDATE item SET trash_id = ? WHERE id = ?", trashId, id);
                Ordering.itemsIn(section).compact(c);
            }
            case SECTION -> {
                long[] pubAndParent = Jdbc.one(c, "SELECT publication_id, parent_id FROM section WHERE id = ?",
                        rs -> new long[]{rs.getLong(1), rs.getLong(2)}, id).orElseThrow();
                Long parent = pubAndParent[1] == 0 ? null : pubAndParent[1];
                List<Long> sections = liveSubtree(id);
                for (Long s : sections) {
                    Jdbc.update(c, "UPDATE item SET trash_id = ? WHERE section_id = ? AND trash_id IS NULL", trashId, s);
                    Jdbc.update(c, "UPDATE section SET trash_id = ? WHERE id = ?", trashId, s);
                }
                Ordering.sectionsUnder(pubAndParent[0], parent).compact(c);
            }
            case PUBLICATION -> {
                Jdbc.update(c, "UPDATE item SET trash_id = ? WHERE trash_id IS NULL AND section_id IN"
                        + " (SELECT id FROM section WHERE publication_id = ? AND trash_id IS NULL)", trashId, id);
                Jdbc.update(c, "UPDATE section SET trash_id = ? WHERE publication_id = ? AND trash_id IS NULL", trashId, id);
                Jdbc.update(c, "UPDATE publication SET trash_id = ? WHERE id = ?", trashId, id);
            }
        }
        TrashEntry entry = byId(trashId).orElseThrow();
        audit.append(actor, entity(kind) + ".trash", entity(kind), id, label + "（回收站 #" + trashId + "；栏目 "
                + entry.sections() + " 个，稿件 " + entry.items() + " 篇）");
        return entry;
    }

    /** Puts back what a deletion took away; an item whose section is gone meanwhile goes to the 收稿箱. */
    TrashEntry restore(long trashId, String actor) throws SQLException {
        TrashEntry e = pending(trashId);
        String note = "";
        switch (e.kind()) {
            case ITEM -> {
                Long section = Jdbc.one(c, "SELECT section_id FROM item WHERE id = ?", rs -> Jdbc.longOrNull(rs, "section_id"),
                        e.entityId()).orElse(null);
                int ord = Jdbc.one(c, "SELECT ord FROM item WHERE id = ?", rs -> rs.getInt(1), e.entityId()).orElse(0);
                if (section != null && !live("section", section)) {
                    section = null;
                    note = "；原栏目已不在，放入收稿箱";
                }
                Ordering to = Ordering.itemsIn(section);
                Jdbc.update(c, "UPDATE item SET trash_id = NULL, section_id = ?, ord = ? WHERE id = ?", section, to.next(c),
                        e.entityId());
                to.place(c, e.entityId(), ord);
            }
            case SECTION -> {
                var row = Jdbc.one(c, "SELECT publication_id, parent_id, ord, title FROM section WHERE id = ?",
                        rs -> new Object[]{rs.getLong(1), Jdbc.longOrNull(rs, "parent_id"), rs.getInt(3), rs.getString(4)},
                        e.entityId()).orElseThrow();
                long pub = (Long) row[0];
                Long parent = (Long) row[1];
                if (!live("publication", pub) || (parent != null && !live("section", parent))) {
                    throw new StoreException(Localized.of("store.trash.parentGone", e.label()));
                }
                Ordering to = Ordering.sectionsUnder(pub, parent);
                int next = to.next(c);
                Jdbc.update(c, "UPDATE section SET trash_id = NULL WHERE trash_id = ?", trashId);
                Jdbc.update(c, "UPDATE item SET trash_id = NULL WHERE trash_id = ?", trashId);
                Jdbc.update(c, "UPDATE section SET ord = ? WHERE id = ?", next, e.entityId());
                to.place(c, e.entityId(), (Integer) row[2]);
            }
            case PUBLICATION -> {
                Jdbc.update(c, "UPDATE publication SET trash_id = NULL WHERE trash_id = ?", trashId);
                Jdbc.update(c, "UPDATE section SET trash_id = NULL WHERE trash_id = ?", trashId);
                Jdbc.update(c, "UPDATE item SET trash_id = NULL WHERE trash_id = ?", trashId);
            }
        }
        Jdbc.update(c, "UPDATE trash SET restored_at = ?, restored_by = ? WHERE id = ?", Jdbc.now(), actor, trashId);
        audit.append(actor, entity(e.kind()) + ".restore", entity(e.kind()), e.entityId(), e.label() + "（回收站 #" + trashId + "）" + note);
        return e;
    }

    /** Deletes for good what a trash entry holds: it can no longer be restored. */
    TrashEntry purge(long trashId, String actor) throws SQLException {
        TrashEntry e = pending(trashId);
        Jdbc.update(c, "UPDATE trash SET purged_at = ?, purged_by = ? WHERE id = ?", Jdbc.now(), actor, trashId);
        if (e.kind() == TrashEntry.Kind.PUBLICATION) {
            Jdbc.update(c, "UPDATE publication SET code = NULL WHERE id = ?", e.entityId());
        }
        audit.append(actor, entity(e.kind()) + ".purge", entity(e.kind()), e.entityId(), e.label() + "（回收站 #" + trashId
                + "，永久删除；栏目 " + e.sections() + " 个，稿件 " + e.items() + " 篇）");
        return e;
    }

    /** The entries that can still be restored, newest first. */
    List<TrashEntry> pending() throws SQLException {
        return Jdbc.list(c, "SELECT * FROM trash WHERE purged_at IS NULL AND restored_at IS NULL ORDER BY id DESC", this::map);
    }

    Optional<TrashEntry> byId(long trashId) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM trash WHERE id = ? AND purged_at IS NULL AND restored_at IS NULL", this::map, trashId);
    }

    private TrashEntry pending(long trashId) throws SQLException {
        return byId(trashId).orElseThrow(() -> new StoreException(Localized.of("store.trash.missing", trashId)));
    }

    private TrashEntry map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        int sections = Jdbc.one(c, "SELECT COUNT(*) FROM section WHERE trash_id = ?", r -> r.getInt(1), id).orElse(0);
        int items = Jdbc.one(c, "SELECT COUNT(*) FROM item WHERE trash_id = ?", r -> r.getInt(1), id).orElse(0);
        TrashEntry.Kind kind = TrashEntry.Kind.valueOf(rs.getString("entity"));
        long entityId = rs.getLong("entity_id");
        return new TrashEntry(id, kind, entityId, rs.getString("label"), Jdbc.instant(rs, "deleted_at"),
                rs.getString("deleted_by"), sections, items, place(kind, entityId));
    }

    /**
     * Where a deleted thing stood: its publication and the sections above it, read from the rows a deletion keeps
     * (they keep their publication and parent), whether or not those are in the trash themselves.
     */
    private List<String> place(TrashEntry.Kind kind, long entityId) throws SQLException {
        Long section = switch (kind) {
            case PUBLICATION -> null;
            case ITEM -> Jdbc.one(c, "SELECT section_id FROM item WHERE id = ?", rs -> Jdbc.longOrNull(rs, "section_id"), entityId)
                    .orElse(null);
            case SECTION -> Jdbc.one(c, "SELECT parent_id FROM section WHERE id = ?", rs -> Jdbc.longOrNull(rs, "parent_id"), entityId)
                    .orElse(null);
        };
        Long publication = kind != TrashEntry.Kind.SECTION ? null
                : Jdbc.one(c, "SELECT publication_id FROM section WHERE id = ?", rs -> rs.getLong(1), entityId).orElse(null);
        List<String> out = new ArrayList<>();
        for (int guard = 0; section != null && guard < 64; guard++) {
            long at = section;
            var row = Jdbc.one(c, "SELECT title, parent_id, publication_id FROM section WHERE id = ?",
                    rs -> new Object[]{rs.getString(1), Jdbc.longOrNull(rs, "parent_id"), rs.getLong(3)}, at);
            if (row.isEmpty()) break;
            out.add(0, (String) row.get()[0]);
            section = (Long) row.get()[1];
            publication = (Long) row.get()[2];
        }
        if (publication != null) {
            Jdbc.one(c, "SELECT kind, title, pub_year, volume_number FROM publication WHERE id = ?", TrashRepository::publicationLabel,
                    publication).ifPresent(p -> out.add(0, p));
        }
        return out;
    }

    private static String publicationLabel(ResultSet rs) throws SQLException {
        return rs.getString(1).equals("NIANJIAN") ? "《" + rs.getString(2) + "》" + rs.getInt(3)
                : "《" + rs.getString(2) + "》第" + rs.getInt(4) + "辑";
    }

    /** A section and the live sections under it, parents first. */
    private List<Long> liveSubtree(long sectionId) throws SQLException {
        List<Long> out = new ArrayList<>(List.of(sectionId));
        for (int i = 0; i < out.size(); i++) {
            out.addAll(Jdbc.list(c, "SELECT id FROM section WHERE parent_id = ? AND trash_id IS NULL", rs -> rs.getLong(1), out.get(i)));
        }
        return out;
    }

    private boolean live(String table, long id) throws SQLException {
        return Jdbc.one(c, "SELECT 1 FROM " + table + " WHERE id = ? AND trash_id IS NULL", rs -> 1, id).isPresent();
    }

    /** How the deleted thing is named in the trash: 《常德年鉴》2022, 类目 政治, 条目《…》. */
    private String liveLabel(TrashEntry.Kind kind, long id) throws SQLException {
        Optional<String> label = switch (kind) {
            case PUBLICATION -> Jdbc.one(c, "SELECT kind, title, pub_year, volume_number FROM publication WHERE id = ? AND trash_id IS NULL",
                    TrashRepository::publicationLabel, id);
            case SECTION -> Jdbc.one(c, "SELECT section_level, title FROM section WHERE id = ? AND trash_id IS NULL",
                    rs -> org.annalist.model.SectionLevel.valueOf(rs.getString(1)).label() + " " + rs.getString(2), id);
            case ITEM -> Jdbc.one(c, "SELECT kind, title FROM item WHERE id = ? AND trash_id IS NULL",
                    rs -> org.annalist.model.ItemKind.valueOf(rs.getString(1)).label() + "《" + rs.getString(2) + "》", id);
        };
        return label.orElseThrow(() -> new StoreException(Localized.of("store.trash.nothing", kind.label(), id)));
    }

    private static String entity(TrashEntry.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}

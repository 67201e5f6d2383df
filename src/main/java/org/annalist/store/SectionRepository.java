package org.annalist.store;

import org.annalist.i18n.Localized;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.model.Section;
import org.annalist.model.SectionLevel;

final class SectionRepository {
    private final Connection c;
    private final AuditLog audit;

    SectionRepository(Connection c, AuditLog audit) {
        this.c = c;
        this.audit = audit;
    }

    Section insert(Section s, String actor) throws SQLException {
        if (s.id() != 0) throw new StoreException(Localized.of("store.section.exists", s.title()));
        if (Jdbc.one(c, "SELECT 1 FROM publication WHERE id = ? AND trash_id IS NULL", rs -> 1, s.publicationId()).isEmpty()) {
            throw new StoreException(Localized.of("store.section.noPublication", s.title(), s.publicationId()));
        }
        if (s.parentId() != null) requireParent(s.publicationId(), s.parentId(), s.title());
        Ordering siblings = Ordering.sectionsUnder(s.publicationId(), s.parentId());
        long id = Jdbc.insert(c, "INSERT INTO section (publication_id, parent_id, section_level, title, ord) VALUES (?, ?, ?, ?, ?)",
                s.publicationId(), s.parentId(), s.level(), s.title(), siblings.next(c));
        if (s.ord() > 0) siblings.place(c, id, s.ord());
        audit.append(actor, "section.insert", "section", id, s.level().label() + " " + s.title());
        return byId(id).orElseThrow();
    }

    /** All sections of a publication, parents before their children, siblings by ord (a pre-order walk). */
    List<Section> tree(long publicationId) throws SQLException {
        List<Section> all = Jdbc.list(c, "SELECT * FROM section WHERE publication_id = ? AND trash_id IS NULL ORDER BY ord, id",
                SectionRepository::map, publicationId);
        Map<Long, List<Section>> children = new HashMap<>();
        for (Section s : all) children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
        List<Section> out = new ArrayList<>(all.size());
        walk(children, null, out);
        return out;
    }

    private static void walk(Map<Long, List<Section>> children, Long parent, List<Section> out) {
        for (Section s : children.getOrDefault(parent, List.of())) {
            out.add(s);
            walk(children, s.id(), out);
        }
    }

    Optional<Section> byId(long id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM section WHERE id = ? AND trash_id IS NULL", SectionRepository::map, id);
    }

    void move(long id, Long newParentId, int ord, String actor) throws SQLException {
        Section s = byId(id).orElseThrow(() -> new StoreException(Localized.of("store.section.missing", id)));
        if (newParentId != null) {
            requireParent(s.publicationId(), newParentId, s.title());
            for (Long p = newParentId; p != null; p = byId(p).map(Section::parentId).orElse(null)) {
                if (p == id) throw new StoreException(Localized.of("store.section.cycle", s.title()));
            }
        }
        Ordering from = Ordering.sectionsUnder(s.publicationId(), s.parentId());
        Ordering to = Ordering.sectionsUnder(s.publicationId(), newParentId);
        Jdbc.update(c, "UPDATE section SET parent_id = ?, ord = ? WHERE id = ?", newParentId, to.next(c), id);
        to.place(c, id, ord);
        from.compact(c);
        audit.append(actor, "section.move", "section", id,
                s.title() + " → " + (newParentId == null ? "顶层" : "上级 " + newParentId) + " 第 " + ord + " 位");
    }

    void rename(long id, String title, String actor) throws SQLException {
        Section s = byId(id).orElseThrow(() -> new StoreException(Localized.of("store.section.missing", id)));
        Section renamed = new Section(id, s.publicationId(), s.parentId(), s.level(), title == null ? null : title.strip(), s.ord());
        Jdbc.update(c, "UPDATE section SET title = ? WHERE id = ?", renamed.title(), id);
        audit.append(actor, "section.rename", "section", id, s.level().label() + " " + s.title() + " → " + renamed.title());
    }

    private void requireParent(long publicationId, long parentId, String title) throws SQLException {
        Section parent = byId(parentId).orElseThrow(
                () -> new StoreException(Localized.of("store.section.noParent", title, parentId)));
        if (parent.publicationId() != publicationId) {
            throw new StoreException(Localized.of("store.section.otherPublication", title, parent.title()));
        }
    }

    static Section map(ResultSet rs) throws SQLException {
        return new Section(rs.getLong("id"), rs.getLong("publication_id"), Jdbc.longOrNull(rs, "parent_id"),
                SectionLevel.valueOf(rs.getString("section_level")), rs.getString("title"), rs.getInt("ord"));
    }
}

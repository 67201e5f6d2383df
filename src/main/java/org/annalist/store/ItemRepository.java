package org.annalist.store;

import org.annalist.i18n.Localized;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.model.Credit;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.ItemStatus;
import org.annalist.model.Role;
import org.annalist.model.Section;
import org.annalist.model.Tag;
import org.annalist.model.TagKind;

/** Items with their credits and tags; every content change appends a revision. */
final class ItemRepository {
    private final Connection c;
    private final AuditLog audit;
    private final PersonRepository persons;
    private final SectionRepository sections;
    private final RevisionRepository revisions;

    ItemRepository(Connection c, AuditLog audit, PersonRepository persons, SectionRepository sections,
                   RevisionRepository revisions) {
        this.c = c;
        this.audit = audit;
        this.persons = persons;
        this.sections = sections;
        this.revisions = revisions;
    }

    Item insert(Item item, String actor, String note) throws SQLException {
        if (item.id() != 0) throw new StoreException(Localized.of("store.item.exists", item.title(), item.id()));
        if (item.kind() == null) throw new StoreException(Localized.of("store.item.noKind", item.title()));
        String where = item.sectionId() == null ? "收稿箱" : "栏目“" + requireSection(item.sectionId()).title() + "”";
        Ordering siblings = Ordering.itemsIn(item.sectionId());
        Instant now = Jdbc.now();
        ItemMetadata m = item.metadata();
        long id = Jdbc.insert(c, "INSERT INTO item (section_id, kind, title, subtitle, body, status, contributor, period, place,"
                        + " source, collected_on, ord, revision, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                item.sectionId(), item.kind(), item.title(), item.subtitle(), item.body(), item.status(), m.contributor(),
                m.period(), m.place(), m.source(), m.collectedOn(), siblings.next(c), now, now);
        if (item.ord() > 0) siblings.place(c, id, item.ord());
        writeCreditsAndTags(id, m, actor);
        Item stored = byId(id).orElseThrow();
        revisions.append(stored, 1, actor, now, note);
        audit.append(actor, "item.insert", "item", id, item.kind().label() + "《" + item.title() + "》入" + where);
        return stored;
    }

    /**
     * Stores an edited item. Section and position are not changed here (see {@link #move}); kind and
     * status are, without a new revision when nothing else changed.
     */
    Item save(Item item, String actor, String note) throws SQLException {
        if (item.kind() == null) throw new StoreException(Localized.of("store.item.noKind", item.title()));
        int current = Jdbc.one(c, "SELECT revision FROM item WHERE id = ? AND trash_id IS NULL FOR UPDATE", rs -> rs.getInt(1), item.id())
                .orElseThrow(() -> new StoreException(Localized.of("store.item.gone", item.title(), item.id())));
        if (current != item.revision()) throw conflict(item.id(), item.title(), item.revision(), current);
        Item stored = byId(item.id()).orElseThrow();
        boolean sameContent = revisions.sha256(item.id(), current).orElseThrow().equals(ContentHash.of(item));
        String statusChange = stored.status() == item.status() ? ""
                : "；状态 " + stored.status().label() + " → " + item.status().label();
        boolean sameAttributes = stored.kind() == item.kind() && statusChange.isEmpty();
        if (sameContent && sameAttributes) return stored;
        Instant now = Jdbc.now();
        if (sameContent) {
            Jdbc.update(c, "UPDATE item SET kind = ?, status = ?, updated_at = ? WHERE id = ?",
                    item.kind(), item.status(), now, item.id());
            audit.append(actor, "item.update", "item", item.id(), "《" + item.title() + "》" + statusChange);
            return byId(item.id()).orElseThrow();
        }
        int next = current + 1;
        ItemMetadata m = item.metadata();
        int updated = Jdbc.update(c, "UPDATE item SET kind = ?, title = ?, subtitle = ?, body = ?, status = ?, contributor = ?,"
                        + " period = ?, place = ?, source = ?, collected_on = ?, revision = ?, updated_at = ?"
                        + " WHERE id = ? AND revision = ?",
                item.kind(), item.title(), item.subtitle(), item.body(), item.status(), m.contributor(), m.period(),
                m.place(), m.source(), m.collectedOn(), next, now, item.id(), current);
        if (updated != 1) throw conflict(item.id(), item.title(), item.revision(), current);
        Jdbc.update(c, "DELETE FROM item_credit WHERE item_id = ?", item.id());
        Jdbc.update(c, "DELETE FROM item_tag WHERE item_id = ?", item.id());
        writeCreditsAndTags(item.id(), m, actor);
        Item saved = byId(item.id()).orElseThrow();
        revisions.append(saved, next, actor, now, note);
        audit.append(actor, "item.save", "item", item.id(), "《" + item.title() + "》第 " + next + " 版" + statusChange);
        return saved;
    }

    /**
     * A signed step of review: the item's state becomes {@code to}, where its revision must still be
     * {@code expectedRevision}. When the item's content is that of its latest revision (the usual case: the editor's
     * text was saved before the step) no new revision is made — an empty revision would only repeat the text — and
     * the step's 审稿单 names the latest one; otherwise the content is saved as revision n+1 under {@code actor} with
     * {@code note}.
     */
    Item sign(long itemId, int expectedRevision, ItemStatus to, String actor, String note) throws SQLException {
        Item stored = byId(itemId).orElseThrow(() -> new StoreException(Localized.of("store.item.missing", itemId)));
        int current = Jdbc.one(c, "SELECT revision FROM item WHERE id = ? FOR UPDATE", rs -> rs.getInt(1), itemId).orElseThrow();
        if (current != expectedRevision) throw conflict(itemId, stored.title(), expectedRevision, current);
        Instant now = Jdbc.now();
        if (revisions.sha256(itemId, current).map(h -> h.equals(ContentHash.of(stored))).orElse(false)) {
            Jdbc.update(c, "UPDATE item SET status = ?, updated_at = ? WHERE id = ? AND revision = ?", to, now, itemId, current);
            audit.append(actor, "item.sign", "item", itemId, "《" + stored.title() + "》第 " + current + " 版；状态 "
                    + stored.status().label() + " → " + to.label());
            return byId(itemId).orElseThrow();
        }
        int next = current + 1;
        int updated = Jdbc.update(c, "UPDATE item SET status = ?, revision = ?, updated_at = ? WHERE id = ? AND revision = ?",
                to, next, now, itemId, current);
        if (updated != 1) throw conflict(itemId, stored.title(), expectedRevision, current);
        Item saved = byId(itemId).orElseThrow();
        revisions.append(saved, next, actor, now, note);
        audit.append(actor, "item.sign", "item", itemId, "《" + stored.title() + "》第 " + next + " 版；状态 "
                + stored.status().label() + " → " + to.label());
        return saved;
    }

    /** Someone else's revision {@code current} landed after {@code base}: who saved it and when, for the message. */
    private ItemConflictException conflict(long itemId, String title, int base, int current) throws SQLException {
        Optional<org.annalist.model.Revision> latest = revisions.one(itemId, current);
        return new ItemConflictException(itemId, title, base, current,
                latest.map(org.annalist.model.Revision::author).orElse("?"),
                latest.map(org.annalist.model.Revision::createdAt).orElse(null));
    }

    void move(long itemId, Long sectionId, int ord, String actor) throws SQLException {
        Item item = byId(itemId).orElseThrow(() -> new StoreException(Localized.of("store.item.missing", itemId)));
        String where = sectionId == null ? "收稿箱" : "栏目“" + requireSection(sectionId).title() + "”";
        Ordering from = Ordering.itemsIn(item.sectionId());
        Ordering to = Ordering.itemsIn(sectionId);
        Jdbc.update(c, "UPDATE item SET section_id = ?, ord = ?, updated_at = ? WHERE id = ?",
                sectionId, to.next(c), Jdbc.now(), itemId);
        to.place(c, itemId, ord);
        from.compact(c);
        audit.append(actor, "item.move", "item", itemId, "《" + item.title() + "》→ " + where + " 第 "
                + (ord <= 0 ? "末" : String.valueOf(ord)) + " 位");
    }

    Optional<Item> byId(long id) throws SQLException {
        return query("i.id = ?", id).stream().findFirst();
    }

    /** Items of one section, or of the inbox when {@code sectionId} is null, by ord. */
    List<Item> in(Long sectionId) throws SQLException {
        return query("i.section_id IS NOT DISTINCT FROM ?", sectionId);
    }

    /** Items of a publication, section by section in tree order. */
    List<Item> ofPublication(long publicationId) throws SQLException {
        Map<Long, List<Item>> bySection = new HashMap<>();
        for (Item i : query("i.section_id IN (SELECT id FROM section WHERE publication_id = ?)", publicationId)) {
            bySection.computeIfAbsent(i.sectionId(), k -> new ArrayList<>()).add(i);
        }
        List<Item> out = new ArrayList<>();
        for (Section s : sections.tree(publicationId)) out.addAll(bySection.getOrDefault(s.id(), List.of()));
        return out;
    }

    private Section requireSection(long sectionId) throws SQLException {
        return sections.byId(sectionId).orElseThrow(() -> new StoreException(Localized.of("store.section.missing", sectionId)));
    }

    private void writeCreditsAndTags(long itemId, ItemMetadata m, String actor) throws SQLException {
        int ord = 1;
        for (Credit credit : m.credits()) {
            Jdbc.update(c, "INSERT INTO item_credit (item_id, ord, person_id, credit_role, affiliation) VALUES (?, ?, ?, ?, ?)",
                    itemId, ord++, persons.resolve(credit.name(), actor), credit.role(), credit.affiliation());
        }
        ord = 1;
        for (Tag tag : m.tags()) {
            if (tag.kind() == null) throw new StoreException(Localized.of("store.tag.noKind", tag.name()));
            Jdbc.update(c, "INSERT INTO item_tag (item_id, ord, tag_kind, name) VALUES (?, ?, ?, ?)",
                    itemId, ord++, tag.kind(), tag.name());
        }
    }

    /** Items matching a condition on alias {@code i} that are not in the trash, with their credits and tags, by ord. */
    private List<Item> query(String condition, Object... params) throws SQLException {
        condition = "(" + condition + ") AND i.trash_id IS NULL";
        List<Item> items = Jdbc.list(c, "SELECT i.* FROM item i WHERE " + condition + " ORDER BY i.ord, i.id",
                ItemRepository::map, params);
        if (items.isEmpty()) return items;
        Map<Long, List<Credit>> credits = new HashMap<>();
        Jdbc.list(c, "SELECT c.item_id, p.name, c.credit_role, c.affiliation FROM item_credit c"
                        + " JOIN person p ON p.id = c.person_id JOIN item i ON i.id = c.item_id"
                        + " WHERE " + condition + " ORDER BY c.item_id, c.ord",
                rs -> credits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Credit(rs.getString(2),
                        rs.getString(3) == null ? null : Role.valueOf(rs.getString(3)), rs.getString(4))), params);
        Map<Long, List<Tag>> tags = new HashMap<>();
        Jdbc.list(c, "SELECT t.item_id, t.tag_kind, t.name FROM item_tag t JOIN item i ON i.id = t.item_id"
                        + " WHERE " + condition + " ORDER BY t.item_id, t.ord",
                rs -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Tag(TagKind.valueOf(rs.getString(2)), rs.getString(3))), params);
        List<Item> out = new ArrayList<>(items.size());
        for (Item i : items) {
            out.add(i.withMetadata(i.metadata()
                    .withCredits(credits.getOrDefault(i.id(), List.of()))
                    .withTags(tags.getOrDefault(i.id(), List.of()))));
        }
        return out;
    }

    private static Item map(ResultSet rs) throws SQLException {
        ItemMetadata m = new ItemMetadata(rs.getString("contributor"), List.of(), rs.getString("period"),
                rs.getString("place"), List.of(), rs.getString("source"), rs.getObject("collected_on", LocalDate.class));
        return new Item(rs.getLong("id"), Jdbc.longOrNull(rs, "section_id"), ItemKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("subtitle"), rs.getString("body"),
                ItemStatus.valueOf(rs.getString("status")), m, rs.getInt("ord"), rs.getInt("revision"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}

package org.annalist.store;

import org.annalist.i18n.Localized;
import org.annalist.model.CommentAnchor;
import org.annalist.model.Mention;
import org.annalist.model.Person;
import org.annalist.model.Place;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The authority lists' places, the mentions of persons and places in items, and the merging of duplicates; every write
 * audited in the same transaction. Mentions keep their anchor base in {@code comment_anchor_base}, as comments do.
 */
final class AuthorityRepository {
    private final Connection c;
    private final AuditLog audit;
    private final PersonRepository persons;
    private final CommentRepository bases;

    AuthorityRepository(Connection c, AuditLog audit, PersonRepository persons, CommentRepository bases) {
        this.c = c;
        this.audit = audit;
        this.persons = persons;
        this.bases = bases;
    }

    // ---- places

    Place savePlace(Place p, String actor) throws SQLException {
        long id = p.id();
        if (p.parentId() != null) {
            long up = p.parentId();
            for (int guard = 0; guard < 64; guard++) {
                if (id != 0 && up == id) throw new StoreException(Localized.of("authority.placeCycle", p.name()));
                Optional<Place> parent = place(up);
                if (parent.isEmpty()) throw new StoreException(Localized.of("authority.placeMissing", up));
                if (parent.get().parentId() == null) break;
                up = parent.get().parentId();
            }
        }
        if (id == 0) {
            id = Jdbc.insert(c, "INSERT INTO place (name, kind, parent_id, sort_key, sort_key_manual, note, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", p.name(), p.kind(), p.parentId(), p.sortKey(), p.sortKeyManual(),
                    p.note(), Jdbc.now());
            audit.append(actor, "place.insert", "place", id, p.name());
        } else {
            long placeId = id;
            Place old = place(id).orElseThrow(() -> new StoreException(Localized.of("authority.placeMissing", placeId)));
            if (old.equals(p)) return old;
            Jdbc.update(c, "UPDATE place SET name = ?, kind = ?, parent_id = ?, sort_key = ?, sort_key_manual = ?, note = ?"
                    + " WHERE id = ?", p.name(), p.kind(), p.parentId(), p.sortKey(), p.sortKeyManual(), p.note(), id);
            Jdbc.update(c, "DELETE FROM place_variant WHERE place_id = ?", id);
            audit.append(actor, "place.update", "place", id,
                    old.name().equals(p.name()) ? p.name() : old.name() + " → " + p.name());
        }
        int ord = 1;
        for (String v : p.variants()) {
            Jdbc.update(c, "INSERT INTO place_variant (place_id, ord, variant, old_name) VALUES (?, ?, ?, ?)", id, ord++, v, false);
        }
        for (String v : p.oldNames()) {
            Jdbc.update(c, "INSERT INTO place_variant (place_id, ord, variant, old_name) VALUES (?, ?, ?, ?)", id, ord++, v, true);
        }
        return place(id).orElseThrow();
    }

    Optional<Place> place(long id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM place WHERE id = ?", this::mapPlace, id);
    }

    Optional<Place> placeByName(String name) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM place WHERE name = ? ORDER BY id LIMIT 1", this::mapPlace, name);
    }

    /** All places by sort key (those without one after), then name. */
    List<Place> places() throws SQLException {
        return Jdbc.list(c, "SELECT * FROM place ORDER BY sort_key NULLS LAST, name, id", this::mapPlace);
    }

    private Place mapPlace(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<String> variants = new ArrayList<>();
        List<String> old = new ArrayList<>();
        Jdbc.list(c, "SELECT variant, old_name FROM place_variant WHERE place_id = ? ORDER BY ord", r -> {
            (r.getBoolean(2) ? old : variants).add(r.getString(1));
            return null;
        }, id);
        return new Place(id, rs.getString("name"), variants, old, rs.getString("kind"), Jdbc.longOrNull(rs, "parent_id"),
                rs.getString("sort_key"), rs.getBoolean("sort_key_manual"), rs.getString("note"));
    }

    // ---- mentions

    /** Stores mentions found on {@code base} (the item's body as it reads now) as offered; audited as one offer. */
    List<Mention> offer(long itemId, String base, List<Mention> found, String actor) throws SQLException {
        if (found.isEmpty()) return List.of();
        String sha = CommentRepository.sha256(base);
        bases.putBase(itemId, sha, base);
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            if (!m.anchor().baseSha256().equals(sha) || m.itemId() != itemId) throw new IllegalArgumentException("mention base");
            long id = Jdbc.insert(c, "INSERT INTO mention (item_id, person_id, place_id, words, anchor_from, anchor_to, anchor_base,"
                    + " status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", itemId,
                    m.kind() == Mention.Kind.PERSON ? m.entryId() : null, m.kind() == Mention.Kind.PLACE ? m.entryId() : null,
                    Jdbc.clip(m.words(), 200), m.anchor().from(), m.anchor().to(), sha, Mention.Status.OFFERED.name(), Jdbc.now());
            out.add(new Mention(id, itemId, m.kind(), m.entryId(), m.words(), m.anchor(), Mention.Status.OFFERED, null, null));
        }
        audit.append(actor, "mention.offer", "item", itemId, out.size() + "");
        return out;
    }

    List<Mention> mentionsOf(long itemId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM mention WHERE item_id = ? ORDER BY anchor_base, anchor_from, id", AuthorityRepository::mapMention, itemId);
    }

    /** The mentions of one person or place in the items not in the trash, with the given status (null: any). */
    List<Mention> mentionsOfEntry(Mention.Kind kind, long entryId, Mention.Status status) throws SQLException {
        String col = kind == Mention.Kind.PERSON ? "person_id" : "place_id";
        // No "? IS NULL" on a parameter: PostgreSQL cannot tell the type of an untyped NULL.
        String sql = "SELECT m.* FROM mention m JOIN item i ON i.id = m.item_id WHERE i.trash_id IS NULL AND m." + col + " = ?";
        if (status == null) {
            return Jdbc.list(c, sql + " ORDER BY m.item_id, m.anchor_from, m.id", AuthorityRepository::mapMention, entryId);
        }
        return Jdbc.list(c, sql + " AND m.status = ? ORDER BY m.item_id, m.anchor_from, m.id", AuthorityRepository::mapMention,
                entryId, status.name());
    }

    Optional<Mention> mention(long id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM mention WHERE id = ?", AuthorityRepository::mapMention, id);
    }

    /** Confirms or rejects one mention (or offers it again); false when it already had that status. */
    boolean decide(long mentionId, Mention.Status status, String actor) throws SQLException {
        Mention m = mention(mentionId).orElseThrow(() -> new StoreException(Localized.of("authority.mentionMissing", mentionId)));
        if (m.status() == status) return false;
        boolean offered = status == Mention.Status.OFFERED;
        Jdbc.update(c, "UPDATE mention SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?", status.name(),
                offered ? null : actor, offered ? null : Jdbc.now(), mentionId);
        audit.append(actor, "mention." + status.name().toLowerCase(java.util.Locale.ROOT), "item", m.itemId(),
                "#" + mentionId + " " + m.kind().name().toLowerCase(java.util.Locale.ROOT) + "#" + m.entryId() + " " + m.words());
        return true;
    }

    /** Confirms or rejects every offered mention of one person or place in one item; how many. */
    int decideAll(long itemId, Mention.Kind kind, long entryId, Mention.Status status, String actor) throws SQLException {
        String col = kind == Mention.Kind.PERSON ? "person_id" : "place_id";
        int n = Jdbc.update(c, "UPDATE mention SET status = ?, decided_by = ?, decided_at = ? WHERE item_id = ? AND " + col
                + " = ? AND status = 'OFFERED'", status.name(), actor, Jdbc.now(), itemId, entryId);
        if (n > 0) {
            audit.append(actor, "mention." + status.name().toLowerCase(java.util.Locale.ROOT) + "All", "item", itemId,
                    kind.name().toLowerCase(java.util.Locale.ROOT) + "#" + entryId + " ×" + n);
        }
        return n;
    }

    /** The items a person is credited on (作者 …), not in the trash. */
    List<Long> creditedItems(long personId) throws SQLException {
        return Jdbc.list(c, "SELECT DISTINCT c.item_id FROM item_credit c JOIN item i ON i.id = c.item_id"
                + " WHERE c.person_id = ? AND i.trash_id IS NULL ORDER BY c.item_id", rs -> rs.getLong(1), personId);
    }

    private static Mention mapMention(ResultSet rs) throws SQLException {
        Long person = Jdbc.longOrNull(rs, "person_id");
        return new Mention(rs.getLong("id"), rs.getLong("item_id"), person != null ? Mention.Kind.PERSON : Mention.Kind.PLACE,
                person != null ? person : rs.getLong("place_id"), rs.getString("words"),
                new CommentAnchor(rs.getInt("anchor_from"), rs.getInt("anchor_to"), rs.getString("anchor_base")),
                Mention.Status.valueOf(rs.getString("status")), rs.getString("decided_by"), Jdbc.instant(rs, "decided_at"));
    }

    // ---- merging duplicates

    /**
     * Merges person {@code goneId} into {@code keepId}: the gone one's names become the kept one's aliases, its empty
     * 字/号/dates/note are filled from it, every mention and credit points at the kept one, and the gone one is deleted.
     * A person with duties, a sign-in secret or signed 审稿单 cannot go (those records are append-only or personal).
     */
    Person mergePersons(long keepId, long goneId, String actor) throws SQLException {
        if (keepId == goneId) throw new StoreException(Localized.of("authority.mergeSame"));
        Person keep = persons.byId(keepId).orElseThrow(() -> new StoreException(Localized.of("store.person.missing", keepId)));
        Person gone = persons.byId(goneId).orElseThrow(() -> new StoreException(Localized.of("store.person.missing", goneId)));
        for (String table : List.of("staff_role", "person_credential", "review_sheet", "proof_event")) {
            if (Jdbc.one(c, "SELECT 1 FROM " + table + " WHERE person_id = ? LIMIT 1", rs -> 1, goneId).isPresent()) {
                throw new StoreException(Localized.of("authority.mergePersonInUse", gone.name()));
            }
        }
        List<String> aliases = new ArrayList<>(keep.aliases());
        List<String> known = keep.allNames();
        for (String n : gone.allNames()) {
            if (!known.contains(n) && !aliases.contains(n)) aliases.add(n);
        }
        Person merged = new Person(keepId, keep.name(), aliases, keep.sortKey(), first(keep.zi(), gone.zi()),
                first(keep.hao(), gone.hao()), first(keep.born(), gone.born()), first(keep.died(), gone.died()),
                first(keep.note(), gone.note()), keep.sortKeyManual());
        int mentions = Jdbc.update(c, "UPDATE mention SET person_id = ? WHERE person_id = ?", keepId, goneId);
        int credits = Jdbc.update(c, "UPDATE item_credit SET person_id = ? WHERE person_id = ?", keepId, goneId);
        Jdbc.update(c, "DELETE FROM person_alias WHERE person_id = ?", goneId);
        Jdbc.update(c, "DELETE FROM person WHERE id = ?", goneId);
        Person out = persons.save(merged, actor);
        String detail = gone.name() + "#" + goneId + " → " + keep.name() + "#" + keepId + "（提及 " + mentions + "，署名 " + credits + "）";
        audit.append(actor, "person.merge", "person", keepId, detail);
        audit.append(actor, "person.mergedAway", "person", goneId, detail);
        return out;
    }

    /** As {@link #mergePersons} for places; places that lay in the gone one now lie in the kept one. */
    Place mergePlaces(long keepId, long goneId, String actor) throws SQLException {
        if (keepId == goneId) throw new StoreException(Localized.of("authority.mergeSame"));
        Place keep = place(keepId).orElseThrow(() -> new StoreException(Localized.of("authority.placeMissing", keepId)));
        Place gone = place(goneId).orElseThrow(() -> new StoreException(Localized.of("authority.placeMissing", goneId)));
        List<String> variants = new ArrayList<>(keep.variants());
        List<String> old = new ArrayList<>(keep.oldNames());
        List<String> known = keep.allNames();
        for (String n : List.of(gone.name())) if (!known.contains(n) && !variants.contains(n)) variants.add(n);
        for (String n : gone.variants()) if (!known.contains(n) && !variants.contains(n)) variants.add(n);
        for (String n : gone.oldNames()) if (!known.contains(n) && !old.contains(n) && !variants.contains(n)) old.add(n);
        Long parent = keep.parentId();
        if (parent != null && parent == goneId) parent = gone.parentId();
        if (parent == null) parent = gone.parentId();
        if (parent != null && (parent == keepId || parent == goneId)) parent = null;
        Jdbc.update(c, "UPDATE place SET parent_id = NULL WHERE id = ?", keepId);
        int mentions = Jdbc.update(c, "UPDATE mention SET place_id = ? WHERE place_id = ?", keepId, goneId);
        Jdbc.update(c, "UPDATE place SET parent_id = ? WHERE parent_id = ? AND id <> ?", keepId, goneId, keepId);
        Jdbc.update(c, "DELETE FROM place_variant WHERE place_id = ?", goneId);
        Jdbc.update(c, "DELETE FROM place WHERE id = ?", goneId);
        Place out = savePlace(new Place(keepId, keep.name(), variants, old, first(keep.kind(), gone.kind()), parent,
                keep.sortKey(), keep.sortKeyManual(), first(keep.note(), gone.note())), actor);
        String detail = gone.name() + "#" + goneId + " → " + keep.name() + "#" + keepId + "（提及 " + mentions + "）";
        audit.append(actor, "place.merge", "place", keepId, detail);
        audit.append(actor, "place.mergedAway", "place", goneId, detail);
        return out;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}

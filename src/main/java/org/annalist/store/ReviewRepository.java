package org.annalist.store;

import org.annalist.i18n.Localized;
import org.annalist.model.EditorialRole;
import org.annalist.model.ItemProgress;
import org.annalist.model.ItemStatus;
import org.annalist.model.Person;
import org.annalist.model.ProofEvent;
import org.annalist.model.ProofStage;
import org.annalist.model.ReviewDecision;
import org.annalist.model.ReviewSheet;
import org.annalist.model.StaffMember;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data of 三审三校: duties and sign-in secrets of persons, 审稿单 (append-only, hash-chained per item), the proof
 * rounds of publications (append-only, PDFs frozen with their hash) and due dates. The rules live in the service.
 */
final class ReviewRepository {
    private final Connection c;
    private final AuditLog audit;
    private final PersonRepository persons;

    ReviewRepository(Connection c, AuditLog audit, PersonRepository persons) {
        this.c = c;
        this.audit = audit;
        this.persons = persons;
    }

    // ---- duties and passwords

    void grant(long personId, EditorialRole role, String unit, String actor) throws SQLException {
        Person p = person(personId);
        Jdbc.update(c, "MERGE INTO staff_role (person_id, duty, unit, granted_at, granted_by) KEY (person_id, duty)"
                + " VALUES (?, ?, ?, ?, ?)", personId, role, blankToNull(unit), Jdbc.now(), actor);
        audit.append(actor, "staff.grant", "person", personId, p.name() + "：" + role.label() + (unit == null || unit.isBlank() ? "" : "（" + unit + "）"));
    }

    boolean revoke(long personId, EditorialRole role, String actor) throws SQLException {
        Person p = person(personId);
        int n = Jdbc.update(c, "DELETE FROM staff_role WHERE person_id = ? AND duty = ?", personId, role);
        if (n > 0) audit.append(actor, "staff.revoke", "person", personId, p.name() + "：" + role.label());
        return n > 0;
    }

    Optional<StaffMember> staff(long personId) throws SQLException {
        Optional<Person> p = persons.byId(personId);
        if (p.isEmpty()) return Optional.empty();
        Set<EditorialRole> roles = EnumSet.noneOf(EditorialRole.class);
        String[] unit = {null};
        Jdbc.list(c, "SELECT duty, unit FROM staff_role WHERE person_id = ?", rs -> {
            roles.add(EditorialRole.valueOf(rs.getString(1)));
            if (rs.getString(2) != null) unit[0] = rs.getString(2);
            return null;
        }, personId);
        boolean secret = Jdbc.one(c, "SELECT 1 FROM person_credential WHERE person_id = ?", rs -> 1, personId).isPresent();
        return Optional.of(new StaffMember(p.get(), roles, unit[0], secret));
    }

    /** Every person holding a duty, by name. */
    List<StaffMember> allStaff() throws SQLException {
        List<Long> ids = Jdbc.list(c, "SELECT DISTINCT r.person_id, p.name FROM staff_role r JOIN person p ON p.id = r.person_id"
                + " ORDER BY p.name, r.person_id", rs -> rs.getLong(1));
        List<StaffMember> out = new ArrayList<>();
        for (long id : ids) out.add(staff(id).orElseThrow());
        return out;
    }

    void putSecret(long personId, String secret, String actor) throws SQLException {
        Person p = person(personId);
        if (secret == null) {
            int n = Jdbc.update(c, "DELETE FROM person_credential WHERE person_id = ?", personId);
            if (n > 0) audit.append(actor, "staff.password.clear", "person", personId, p.name());
            return;
        }
        Jdbc.update(c, "MERGE INTO person_credential (person_id, secret, set_at, set_by) KEY (person_id) VALUES (?, ?, ?, ?)",
                personId, secret, Jdbc.now(), actor);
        audit.append(actor, "staff.password.set", "person", personId, p.name()); // never the secret itself
    }

    Optional<String> secret(long personId) throws SQLException {
        return Jdbc.one(c, "SELECT secret FROM person_credential WHERE person_id = ?", rs -> rs.getString(1), personId);
    }

    // ---- 审稿单

    /** Appends a 审稿单 (id, seq and sha256 of {@code s} are ignored) chained to the item's previous one. */
    ReviewSheet append(ReviewSheet s, String actor) throws SQLException {
        Optional<String[]> last = Jdbc.one(c, "SELECT seq, sha256 FROM review_sheet WHERE item_id = ? ORDER BY seq DESC LIMIT 1",
                rs -> new String[]{rs.getString(1), rs.getString(2)}, s.itemId());
        int seq = last.map(l -> Integer.parseInt(l[0]) + 1).orElse(1);
        String prev = last.map(l -> l[1]).orElse(null);
        Instant at = s.signedAt() == null ? Jdbc.now() : s.signedAt();
        String sha = chain(prev, s.itemId(), seq, s.level(), s.decision(), s.to(), s.personId(), s.personName(), at,
                s.opinion(), s.reason(), s.revisionNumber(), s.revisionSha256(), s.attachmentId());
        long id = Jdbc.insert(c, "INSERT INTO review_sheet (item_id, seq, level, decision, to_status, person_id, person_name,"
                        + " signed_at, opinion, reason, revision_number, revision_sha256, attachment_id, prev_sha256, sha256)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.itemId(), seq, s.level(), s.decision(), s.to(), s.personId(), s.personName(), at, s.opinion(),
                s.reason(), s.revisionNumber(), s.revisionSha256(), s.attachmentId(), prev, sha);
        audit.append(actor, "reviewsheet.append", "item", s.itemId(), s.level().label() + "：" + s.decision().label() + " → "
                + s.to().label() + "（" + s.personName() + "，审稿单 " + seq + "）");
        return new ReviewSheet(id, s.itemId(), seq, s.level(), s.decision(), s.to(), s.personId(), s.personName(), at,
                s.opinion(), s.reason(), s.revisionNumber(), s.revisionSha256(), s.attachmentId(), sha);
    }

    List<ReviewSheet> sheets(long itemId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM review_sheet WHERE item_id = ? ORDER BY seq", ReviewRepository::sheet, itemId);
    }

    /** The items whose 审稿单 chain no longer holds (a row altered or missing), as "item#seq". */
    List<String> verifySheets(long itemId) throws SQLException {
        List<String> broken = new ArrayList<>();
        String prev = null;
        int expected = 1;
        for (ReviewSheet s : sheets(itemId)) {
            String stored = Jdbc.one(c, "SELECT prev_sha256 FROM review_sheet WHERE id = ?", rs -> rs.getString(1), s.id()).orElse(null);
            String sha = chain(prev, itemId, s.seq(), s.level(), s.decision(), s.to(), s.personId(), s.personName(),
                    s.signedAt(), s.opinion(), s.reason(), s.revisionNumber(), s.revisionSha256(), s.attachmentId());
            if (s.seq() != expected || !java.util.Objects.equals(stored, prev) || !sha.equals(s.sha256())) {
                broken.add(itemId + "#" + s.seq());
            }
            prev = s.sha256();
            expected = s.seq() + 1;
        }
        return broken;
    }

    private static String chain(String prev, long itemId, int seq, ItemStatus level, ReviewDecision decision, ItemStatus to,
                                long personId, String personName, Instant at, String opinion, String reason,
                                int revisionNumber, String revisionSha, Long attachmentId) {
        String text = String.join("\u001f", String.valueOf(prev), Long.toString(itemId), Integer.toString(seq),
                level.name(), decision.name(), to.name(), Long.toString(personId), personName, at.toString(),
                opinion, String.valueOf(reason), Integer.toString(revisionNumber), revisionSha, String.valueOf(attachmentId));
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ReviewSheet sheet(ResultSet rs) throws SQLException {
        return new ReviewSheet(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("seq"),
                ItemStatus.valueOf(rs.getString("level")), ReviewDecision.valueOf(rs.getString("decision")),
                ItemStatus.valueOf(rs.getString("to_status")), rs.getLong("person_id"), rs.getString("person_name"),
                Jdbc.instant(rs, "signed_at"), rs.getString("opinion"), rs.getString("reason"),
                rs.getInt("revision_number"), rs.getString("revision_sha256"), Jdbc.longOrNull(rs, "attachment_id"),
                rs.getString("sha256"));
    }

    // ---- 三校一读

    ProofEvent appendProof(long publicationId, ProofStage stage, ProofEvent.Action action, long personId, String personName,
                           String opinion, Integer errors, String pdfName, byte[] pdf, String actor) throws SQLException {
        int seq = Jdbc.one(c, "SELECT COALESCE(MAX(seq), 0) FROM proof_event WHERE publication_id = ?", rs -> rs.getInt(1),
                publicationId).orElse(0) + 1;
        String sha = pdf == null ? null : sha256(pdf);
        long id = Jdbc.insert(c, "INSERT INTO proof_event (publication_id, seq, stage, action, person_id, person_name, at,"
                        + " opinion, errors, pdf_name, pdf_sha256, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                publicationId, seq, stage, action, personId, personName, Jdbc.now(), opinion, errors, pdfName, sha, pdf);
        audit.append(actor, "proof." + action.name().toLowerCase(java.util.Locale.ROOT), "publication", publicationId,
                stage.label() + "（" + personName + (sha == null ? "" : "，PDF " + sha.substring(0, 12)) + "）");
        return Jdbc.one(c, "SELECT * FROM proof_event WHERE id = ?", ReviewRepository::proof, id).orElseThrow();
    }

    List<ProofEvent> proofs(long publicationId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM proof_event WHERE publication_id = ? ORDER BY seq", ReviewRepository::proof, publicationId);
    }

    Optional<byte[]> proofPdf(long eventId) throws SQLException {
        return Jdbc.one(c, "SELECT pdf FROM proof_event WHERE id = ? AND pdf IS NOT NULL", rs -> rs.getBytes(1), eventId);
    }

    private static ProofEvent proof(ResultSet rs) throws SQLException {
        return new ProofEvent(rs.getLong("id"), rs.getLong("publication_id"), rs.getInt("seq"),
                ProofStage.valueOf(rs.getString("stage")), ProofEvent.Action.valueOf(rs.getString("action")),
                rs.getLong("person_id"), rs.getString("person_name"), Jdbc.instant(rs, "at"), rs.getString("opinion"),
                Jdbc.intOrNull(rs, "errors"), rs.getString("pdf_name"), rs.getString("pdf_sha256"));
    }

    // ---- due dates and the progress of a publication

    void setItemDue(long itemId, LocalDate due, String actor) throws SQLException {
        if (Jdbc.update(c, "UPDATE item SET due_on = ? WHERE id = ? AND trash_id IS NULL", due, itemId) != 1) {
            throw new StoreException(Localized.of("store.item.missing", itemId));
        }
        audit.append(actor, "item.due", "item", itemId, due == null ? "—" : due.toString());
    }

    void setSectionDue(long sectionId, LocalDate due, String actor) throws SQLException {
        if (Jdbc.update(c, "UPDATE section SET due_on = ? WHERE id = ? AND trash_id IS NULL", due, sectionId) != 1) {
            throw new StoreException(Localized.of("store.section.missing", sectionId));
        }
        audit.append(actor, "section.due", "section", sectionId, due == null ? "—" : due.toString());
    }

    /** The due dates set on the sections of a publication, by section id. */
    Map<Long, LocalDate> sectionDues(long publicationId) throws SQLException {
        Map<Long, LocalDate> out = new LinkedHashMap<>();
        Jdbc.list(c, "SELECT id, due_on FROM section WHERE publication_id = ? AND due_on IS NOT NULL AND trash_id IS NULL",
                rs -> out.put(rs.getLong(1), rs.getObject(2, LocalDate.class)), publicationId);
        return out;
    }

    /**
     * The items of a publication in a lean form for progress reports (no bodies, no credits): id, section, title,
     * state, 供稿单位, own due date, and when the state last changed.
     */
    List<ItemProgress> progress(long publicationId) throws SQLException {
        return Jdbc.list(c, "SELECT i.id, i.section_id, i.title, i.status, i.contributor, i.due_on, i.updated_at FROM item i"
                        + " JOIN section s ON s.id = i.section_id WHERE s.publication_id = ? AND i.trash_id IS NULL"
                        + " AND s.trash_id IS NULL ORDER BY i.section_id, i.ord, i.id",
                rs -> new ItemProgress(rs.getLong(1), rs.getLong(2), rs.getString(3), ItemStatus.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getObject(6, LocalDate.class), Jdbc.instant(rs, "updated_at")), publicationId);
    }

    Optional<LocalDate> itemDue(long itemId) throws SQLException {
        return Jdbc.one(c, "SELECT due_on FROM item WHERE id = ?", rs -> rs.getObject(1, LocalDate.class), itemId)
                .filter(d -> d != null);
    }

    private Person person(long personId) throws SQLException {
        return persons.byId(personId).orElseThrow(() -> new StoreException(Localized.of("store.person.missing", personId)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.annalist.store;

import org.annalist.i18n.Localized;
import org.annalist.model.ProofErrorCount;
import org.annalist.model.ProofStage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * 差错率 records of proof rounds (append-only, the last of a round stands) and the findings of the checker the
 * editors accepted (rule and place), from which a round's errors may be counted.
 */
final class ProofErrorRepository {
    private static final int PLACE_MAX = 1000;

    /** A finding accepted as a suggestion: which item, rule (its id) and place, and when. */
    record Accepted(long itemId, String rule, String place, Instant at, String by) {
    }

    private final Connection c;
    private final AuditLog audit;

    ProofErrorRepository(Connection c, AuditLog audit) {
        this.c = c;
        this.audit = audit;
    }

    void accepted(long itemId, String rule, String place, String actor) throws SQLException {
        if (place.length() > PLACE_MAX) place = place.substring(0, PLACE_MAX);
        Jdbc.update(c, "INSERT INTO check_accepted (item_id, rule, place, accepted_at, accepted_by) VALUES (?, ?, ?, ?, ?)",
                itemId, rule, place, Jdbc.now(), actor);
    }

    /** The accepted findings in the publication's items from {@code from} (inclusive) to {@code to} (exclusive; null: now). */
    List<Accepted> acceptedIn(long publicationId, Instant from, Instant to) throws SQLException {
        String sql = "SELECT a.item_id, a.rule, a.place, a.accepted_at, a.accepted_by FROM check_accepted a "
                + "JOIN item i ON i.id = a.item_id JOIN section s ON s.id = i.section_id "
                + "WHERE s.publication_id = ? AND a.accepted_at >= ?" + (to == null ? "" : " AND a.accepted_at < ?")
                + " ORDER BY a.id";
        Jdbc.Row<Accepted> row = rs -> new Accepted(rs.getLong(1), rs.getString(2), rs.getString(3),
                Jdbc.instant(rs, "accepted_at"), rs.getString(5));
        return to == null ? Jdbc.list(c, sql, row, publicationId, from)
                : Jdbc.list(c, sql, row, publicationId, from, to);
    }

    ProofErrorCount append(ProofErrorCount r, String actor) throws SQLException {
        if (!r.stage().isRound()) throw new StoreException(Localized.of("store.proofErrors.notRound", r.stage().label()));
        long id = Jdbc.insert(c, "INSERT INTO proof_error_count (publication_id, stage, counts, source, template, chars_per_line,"
                        + " lines_per_page, pages, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.publicationId(), r.stage().name(), ProofErrorCount.countsText(r.counts()), r.source().name(), r.template(),
                r.charsPerLine(), r.linesPerPage(), r.pages(), Jdbc.now(), actor);
        ProofErrorCount saved = Jdbc.one(c, "SELECT * FROM proof_error_count WHERE id = ?", ProofErrorRepository::row, id).orElseThrow();
        audit.append(actor, "proof.errors", "publication", r.publicationId(), r.stage().label() + "：" + saved.weighted()
                + " / " + saved.layoutCharacters());
        return saved;
    }

    List<ProofErrorCount> all(long publicationId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM proof_error_count WHERE publication_id = ? ORDER BY id", ProofErrorRepository::row,
                publicationId);
    }

    private static ProofErrorCount row(ResultSet rs) throws SQLException {
        return new ProofErrorCount(rs.getLong("id"), rs.getLong("publication_id"), ProofStage.valueOf(rs.getString("stage")),
                ProofErrorCount.parseCounts(rs.getString("counts")), ProofErrorCount.Source.valueOf(rs.getString("source")),
                rs.getString("template"), rs.getInt("chars_per_line"), rs.getInt("lines_per_page"), rs.getInt("pages"),
                Jdbc.instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }
}

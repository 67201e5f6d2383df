package org.annalist.store;

import org.annalist.i18n.Localized;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * 校对检查 data: a publication's check settings as text, and the places of findings the editors ignored, per item.
 * What the text and the places mean is the check package's business; here they are kept and audited.
 */
final class CheckRepository {
    private static final int PLACE_MAX = 1000;

    private final Connection c;
    private final AuditLog audit;

    CheckRepository(Connection c, AuditLog audit) {
        this.c = c;
        this.audit = audit;
    }

    Optional<String> settings(long publicationId) throws SQLException {
        return Jdbc.one(c, "SELECT settings FROM check_settings WHERE publication_id = ?", rs -> rs.getString(1), publicationId);
    }

    void putSettings(long publicationId, String text, String actor) throws SQLException {
        if (Jdbc.one(c, "SELECT 1 FROM publication WHERE id = ?", rs -> 1, publicationId).isEmpty()) {
            throw new StoreException(Localized.of("store.check.noPublication", publicationId));
        }
        Jdbc.update(c, "MERGE INTO check_settings (publication_id, settings, updated_at, updated_by) KEY (publication_id) "
                + "VALUES (?, ?, ?, ?)", publicationId, text, Jdbc.now(), actor);
        audit.append(actor, "proofcheck.settings", "publication", publicationId, text);
    }

    Set<String> ignored(long itemId) throws SQLException {
        return new LinkedHashSet<>(Jdbc.list(c, "SELECT place FROM check_ignored WHERE item_id = ? ORDER BY ignored_at",
                rs -> rs.getString(1), itemId));
    }

    /** False when the place was ignored already. */
    boolean ignore(long itemId, String place, String actor) throws SQLException {
        if (place.length() > PLACE_MAX) place = place.substring(0, PLACE_MAX);
        if (Jdbc.one(c, "SELECT 1 FROM check_ignored WHERE item_id = ? AND place = ?", rs -> 1, itemId, place).isPresent()) {
            return false;
        }
        Jdbc.update(c, "INSERT INTO check_ignored (item_id, place, ignored_at, ignored_by) VALUES (?, ?, ?, ?)",
                itemId, place, Jdbc.now(), actor);
        audit.append(actor, "proofcheck.ignore", "item", itemId, place);
        return true;
    }

    /** False when the place was not ignored. */
    boolean unignore(long itemId, String place, String actor) throws SQLException {
        int n = Jdbc.update(c, "DELETE FROM check_ignored WHERE item_id = ? AND place = ?", itemId, place);
        if (n > 0) audit.append(actor, "proofcheck.unignore", "item", itemId, place);
        return n > 0;
    }
}

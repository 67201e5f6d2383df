package org.annalist.store;

import org.annalist.i18n.Localized;
import org.annalist.doc.Imprint;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A publication's 版本记录 (版权页 data), one row per field that is set; replacing it is audited. */
final class ImprintRepository {
    private final Connection c;
    private final AuditLog audit;

    ImprintRepository(Connection c, AuditLog audit) {
        this.c = c;
        this.audit = audit;
    }

    void put(long publicationId, Imprint imprint, String actor) throws SQLException {
        if (Jdbc.one(c, "SELECT 1 FROM publication WHERE id = ?", rs -> 1, publicationId).isEmpty()) {
            throw new StoreException(Localized.of("store.imprint.noPublication", publicationId));
        }
        Jdbc.update(c, "DELETE FROM publication_imprint WHERE publication_id = ?", publicationId);
        for (Map.Entry<String, String> e : imprint.values().entrySet()) {
            if (e.getValue().length() > 2000) throw new StoreException(Localized.of("store.imprint.tooLong", e.getKey()));
            Jdbc.update(c, "INSERT INTO publication_imprint (publication_id, field, field_value) VALUES (?, ?, ?)",
                    publicationId, e.getKey(), e.getValue());
        }
        audit.append(actor, "publication.imprint", "publication", publicationId, String.join("、", imprint.values().keySet()));
    }

    Imprint of(long publicationId) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String[] row : Jdbc.list(c, "SELECT field, field_value FROM publication_imprint WHERE publication_id = ?",
                rs -> new String[]{rs.getString(1), rs.getString(2)}, publicationId)) {
            if (Imprint.FIELDS.containsKey(row[0])) values.put(row[0], row[1]); // a field a newer version wrote: kept, not shown
        }
        return Imprint.of(values);
    }
}

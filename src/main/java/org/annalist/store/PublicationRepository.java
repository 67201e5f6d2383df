package org.annalist.store;

import org.annalist.i18n.Localized;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;

final class PublicationRepository {
    private final Connection c;
    private final AuditLog audit;

    PublicationRepository(Connection c, AuditLog audit) {
        this.c = c;
        this.audit = audit;
    }

    Publication insert(Publication p, String actor) throws SQLException {
        if (p.id() != 0) throw new StoreException(Localized.of("store.publication.exists", p.displayName(), p.id()));
        if (p.code() != null) {
            Optional<Publication> other = byCode(p.code());
            if (other.isPresent()) {
                throw new StoreException(Localized.of("store.publication.codeTaken", p.code(), other.get().displayName()));
            }
        }
        long id = Jdbc.insert(c, "INSERT INTO publication (kind, title, pub_year, volume_number, subtitle, code, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                p.kind(), p.title(), p.year(), p.volumeNumber(), p.subtitle(), p.code(), Jdbc.now());
        Publication stored = new Publication(id, p.kind(), p.title(), p.year(), p.volumeNumber(), p.subtitle(), p.code());
        audit.append(actor, "publication.insert", "publication", id, stored.displayName());
        return stored;
    }

    List<Publication> all() throws SQLException {
        return Jdbc.list(c, "SELECT * FROM publication ORDER BY kind, title, pub_year, volume_number, id", PublicationRepository::map);
    }

    Optional<Publication> byId(long id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM publication WHERE id = ?", PublicationRepository::map, id);
    }

    Optional<Publication> byCode(String code) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM publication WHERE code = ?", PublicationRepository::map, code);
    }

    private static Publication map(ResultSet rs) throws SQLException {
        return new Publication(rs.getLong("id"), PublicationKind.valueOf(rs.getString("kind")), rs.getString("title"),
                Jdbc.intOrNull(rs, "pub_year"), Jdbc.intOrNull(rs, "volume_number"), rs.getString("subtitle"),
                rs.getString("code"));
    }
}

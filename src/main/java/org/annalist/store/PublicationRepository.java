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
            Optional<Publication> other = Jdbc.one(c, "SELECT * FROM publication WHERE code = ?", PublicationRepository::map, p.code());
            if (other.isPresent()) {
                boolean trashed = Jdbc.one(c, "SELECT trash_id FROM publication WHERE id = ?", rs -> rs.getObject(1) != null,
                        other.get().id()).orElse(false);
                throw new StoreException(Localized.of(trashed ? "store.publication.codeInTrash" : "store.publication.codeTaken",
                        p.code(), other.get().displayName()));
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
        return Jdbc.list(c, "SELECT * FROM publication WHERE trash_id IS NULL ORDER BY kind, title, pub_year, volume_number, id", PublicationRepository::map);
    }

    Optional<Publication> byId(long id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM publication WHERE id = ? AND trash_id IS NULL", PublicationRepository::map, id);
    }

    Optional<Publication> byCode(String code) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM publication WHERE code = ? AND trash_id IS NULL", PublicationRepository::map, code);
    }

    /** Gives a publication a new title (年鉴 and 文史 alike; the year or 辑 number stays). */
    void rename(long id, String title, String actor) throws SQLException {
        Publication p = byId(id).orElseThrow(() -> new StoreException(Localized.of("store.publication.missing", id)));
        Publication renamed = new Publication(id, p.kind(), title == null ? null : title.strip(), p.year(), p.volumeNumber(),
                p.subtitle(), p.code());
        Jdbc.update(c, "UPDATE publication SET title = ? WHERE id = ?", renamed.title(), id);
        audit.append(actor, "publication.rename", "publication", id, p.displayName() + " → " + renamed.displayName());
    }

    private static Publication map(ResultSet rs) throws SQLException {
        return new Publication(rs.getLong("id"), PublicationKind.valueOf(rs.getString("kind")), rs.getString("title"),
                Jdbc.intOrNull(rs, "pub_year"), Jdbc.intOrNull(rs, "volume_number"), rs.getString("subtitle"),
                rs.getString("code"));
    }
}

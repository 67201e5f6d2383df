package org.annalist.store;

import org.annalist.i18n.Localized;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Person;

final class PersonRepository {
    private final Connection c;
    private final AuditLog audit;

    PersonRepository(Connection c, AuditLog audit) {
        this.c = c;
        this.audit = audit;
    }

    /** Inserts a person (id 0) or replaces name, aliases and sort key of a stored one. */
    Person save(Person p, String actor) throws SQLException {
        long id = p.id();
        if (id == 0) {
            id = Jdbc.insert(c, "INSERT INTO person (name, sort_key, courtesy_name, art_name, born, died, note, sort_key_manual,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", p.name(), p.sortKey(), p.zi(), p.hao(), p.born(),
                    p.died(), p.note(), p.sortKeyManual(), Jdbc.now());
            audit.append(actor, "person.insert", "person", id, p.name());
        } else {
            Person old = byId(id).orElseThrow(() -> new StoreException(Localized.of("store.person.missing", p.id())));
            if (old.equals(p)) return old;
            Jdbc.update(c, "UPDATE person SET name = ?, sort_key = ?, courtesy_name = ?, art_name = ?, born = ?, died = ?,"
                    + " note = ?, sort_key_manual = ? WHERE id = ?", p.name(), p.sortKey(), p.zi(), p.hao(), p.born(), p.died(),
                    p.note(), p.sortKeyManual(), id);
            Jdbc.update(c, "DELETE FROM person_alias WHERE person_id = ?", id);
            audit.append(actor, "person.update", "person", id,
                    old.name().equals(p.name()) ? p.name() : old.name() + " → " + p.name());
        }
        int ord = 1;
        for (String alias : p.aliases()) {
            Jdbc.update(c, "INSERT INTO person_alias (person_id, ord, alias) VALUES (?, ?, ?)", id, ord++, alias);
        }
        return byId(id).orElseThrow();
    }

    /** The person a credit names: the earliest one of exactly that name, created if there is none. */
    long resolve(String name, String actor) throws SQLException {
        Optional<Long> id = Jdbc.one(c, "SELECT id FROM person WHERE name = ? ORDER BY id LIMIT 1", rs -> rs.getLong(1), name);
        if (id.isPresent()) return id.get();
        return save(new Person(0, name, List.of(), null), actor).id();
    }

    Optional<Person> byId(long id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM person WHERE id = ?", this::map, id);
    }

    Optional<Person> byName(String name) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM person WHERE name = ? ORDER BY id LIMIT 1", this::map, name);
    }

    /** All persons, by sort key where one is set (persons without one come after), then by name. */
    List<Person> all() throws SQLException {
        return Jdbc.list(c, "SELECT * FROM person ORDER BY sort_key NULLS LAST, name, id", this::map);
    }

    private Person map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<String> aliases = Jdbc.list(c, "SELECT alias FROM person_alias WHERE person_id = ? ORDER BY ord",
                r -> r.getString(1), id);
        return new Person(id, rs.getString("name"), aliases, rs.getString("sort_key"), rs.getString("courtesy_name"),
                rs.getString("art_name"), rs.getString("born"), rs.getString("died"), rs.getString("note"),
                rs.getBoolean("sort_key_manual"));
    }
}

package org.annalist.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the {@code ord} of siblings (sections under one parent, items in one section or the inbox) a
 * dense 1..n sequence, so positions shown to the editor are the numbers stored. Rows in the trash are no
 * siblings: they keep the ord they had, to go back there when restored.
 *
 * @param table  table holding the rows
 * @param scope  SQL condition selecting the siblings, with {@code ?} parameters
 * @param params the parameters of {@code scope}
 */
record Ordering(String table, String scope, Object... params) {

    static Ordering sectionsUnder(long publicationId, Long parentId) {
        return new Ordering("section", "publication_id = ? AND parent_id IS NOT DISTINCT FROM ? AND trash_id IS NULL", publicationId, parentId);
    }

    static Ordering itemsIn(Long sectionId) {
        return new Ordering("item", "section_id IS NOT DISTINCT FROM ? AND trash_id IS NULL", sectionId);
    }

    int next(Connection c) throws SQLException {
        return Jdbc.one(c, "SELECT COALESCE(MAX(ord), 0) + 1 FROM " + table + " WHERE " + scope,
                rs -> rs.getInt(1), params).orElse(1);
    }

    /**
     * Puts row {@code id} (already in this scope) at position {@code ord} (1-based; {@code <= 0} or past
     * the end means last) and renumbers the others.
     */
    void place(Connection c, long id, int ord) throws SQLException {
        List<Long> ids = new ArrayList<>(siblings(c));
        ids.remove(Long.valueOf(id));
        int at = ord <= 0 || ord > ids.size() ? ids.size() : ord - 1;
        ids.add(at, id);
        renumber(c, ids);
    }

    /** Closes gaps left by a row that moved away. */
    void compact(Connection c) throws SQLException {
        renumber(c, siblings(c));
    }

    private List<Long> siblings(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT id FROM " + table + " WHERE " + scope + " ORDER BY ord, id",
                rs -> rs.getLong(1), params);
    }

    private void renumber(Connection c, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            Jdbc.update(c, "UPDATE " + table + " SET ord = ? WHERE id = ? AND ord <> ?", i + 1, ids.get(i), i + 1);
        }
    }
}

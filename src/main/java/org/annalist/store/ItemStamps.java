package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cheap fingerprint of every live item (not in the 回收站) for the search index: its revision, place, state, the
 * titles of its publication and 类目, its 批注, and its
 * confirmed mentions of persons and places (which feed the 人物/地点 facets). The index keeps the fingerprint it indexed each item at; any item
 * whose fingerprint differs, is new, or has gone is brought up to date, whichever process or service changed it.
 */
public final class ItemStamps {
    private ItemStamps() {
    }

    /** The fingerprints of {@code ids} (null: of every live item); items gone or in the 回收站 are left out. */
    static Map<Long, String> read(Connection c, java.util.Collection<Long> ids) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        if (ids != null && ids.isEmpty()) return out;
        Map<Long, String[]> sections = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT s.id, s.parent_id, s.title, p.title FROM section s JOIN publication p ON p.id = s.publication_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long parent = rs.getLong(2);
                String parentId = rs.wasNull() ? null : Long.toString(parent);
                sections.put(id, new String[]{parentId, rs.getString(3), rs.getString(4)});
            }
        }
        if (ids == null) {
            stamps(c, "", List.of(), sections, out);
        } else {
            List<Long> all = new ArrayList<>(new java.util.TreeSet<>(ids));
            for (int from = 0; from < all.size(); from += 500) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
                stamps(c, " AND i.id IN (" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", chunk,
                        sections, out);
            }
        }
        return out;
    }

    private static void stamps(Connection c, String condition, List<Long> args, Map<Long, String[]> sections,
                               Map<Long, String> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.revision, i.section_id, i.status, "
                + "(SELECT COUNT(*) || '/' || COALESCE(MAX(rc.id), 0) FROM review_comment rc WHERE rc.item_id = i.id) || '|' || "
                // the names of the persons and places its confirmed mentions point at: a rename or merge shows
                + "(SELECT COUNT(*) || '/' || COALESCE(STRING_AGG(p.name, ',' ORDER BY p.name), '') FROM mention mn "
                + "JOIN person p ON p.id = mn.person_id WHERE mn.item_id = i.id AND mn.status = 'CONFIRMED') || '|' || "
                + "(SELECT COUNT(*) || '/' || COALESCE(STRING_AGG(pl.name, ',' ORDER BY pl.name), '') FROM mention mn "
                + "JOIN place pl ON pl.id = mn.place_id WHERE mn.item_id = i.id AND mn.status = 'CONFIRMED') "
                + "FROM item i WHERE i.trash_id IS NULL" + condition)) {
            for (int i = 0; i < args.size(); i++) ps.setLong(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long section = rs.getLong(3);
                    boolean inbox = rs.wasNull();
                    StringBuilder sb = new StringBuilder().append(rs.getInt(2)).append('|').append(inbox ? "-" : section)
                            .append('|').append(rs.getString(4)).append('|').append(rs.getString(5));
                    if (!inbox) {
                        String[] s = sections.get(section);
                        int guard = 0;
                        while (s != null && s[0] != null && guard++ < 64) s = sections.get(Long.parseLong(s[0]));
                        if (s != null) sb.append('|').append(s[1]).append('|').append(s[2]);
                    }
                    out.put(rs.getLong(1), sb.toString());
                }
            }
        }
    }
}

package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The little JDBC the repositories share. */
final class Jdbc {
    private Jdbc() {
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Now, cut to what a TIMESTAMP column keeps, so a stored record reads back equal. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(postgres(c) ? forPostgres(sql) : sql);
        bind(ps, params);
        return ps;
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object v = params[i];
            if (v instanceof Instant t) v = OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
            else if (v instanceof Enum<?> e) v = e.name();
            ps.setObject(i + 1, v);
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    /** Whether {@code c} is a connection to PostgreSQL (else H2, whose SQL the repositories write). */
    static boolean postgres(Connection c) {
        return c.getClass().getName().startsWith("org.postgresql.");
    }

    /** H2's {@code MERGE INTO t (a, b, c) KEY (a) VALUES (…)}: an upsert, on a unique key, with no table scan. */
    private static final java.util.regex.Pattern MERGE = java.util.regex.Pattern.compile(
            "(?s)\\s*MERGE INTO (\\w+) \\(([^)]*)\\)\\s*KEY \\(([^)]*)\\)\\s*(VALUES \\(.*\\))\\s*");

    /**
     * The repositories' SQL for PostgreSQL: it is the common subset of both but for H2's {@code MERGE … KEY}, which
     * becomes {@code INSERT … ON CONFLICT (key) DO UPDATE} of the other columns.
     */
    static String forPostgres(String sql) {
        java.util.regex.Matcher m = MERGE.matcher(sql);
        if (!m.matches()) return sql;
        List<String> columns = java.util.Arrays.stream(m.group(2).split(",")).map(String::strip).toList();
        List<String> keys = java.util.Arrays.stream(m.group(3).split(",")).map(String::strip).toList();
        List<String> set = columns.stream().filter(col -> !keys.contains(col)).map(col -> col + " = EXCLUDED." + col).toList();
        return "INSERT INTO " + m.group(1) + " (" + m.group(2) + ") " + m.group(4) + " ON CONFLICT (" + m.group(3) + ") "
                + (set.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", set));
    }

    /** Runs an INSERT and returns the generated id. */
    static long insert(Connection c, String sql, Object... params) throws SQLException {
        // H2 names the column in upper case, PostgreSQL in lower case (both as written unquoted)
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {postgres(c) ? "id" : "ID"})) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                if (!rs.next()) throw new SQLException("no generated key for: " + sql);
                return rs.getLong(1);
            }
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) out.add(row.map(rs));
            return out;
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static String clip(String s, int max) {
        if (s == null || s.length() <= max) return s;
        return s.substring(0, max - 1) + "…";
    }
}

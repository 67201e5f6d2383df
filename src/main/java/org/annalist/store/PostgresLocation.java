package org.annalist.store;

import org.annalist.i18n.Localized;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a PostgreSQL archive is: {@code postgresql://host[:port]/database?user=…&password=…} as given with
 * {@code --db} (also with {@code jdbc:} in front, or {@code postgres://}). The password is never shown.
 */
public record PostgresLocation(String host, int port, String database, String user, String password, String options) {
    private static final Pattern FORM = Pattern.compile(
            "(?:jdbc:)?postgres(?:ql)?://([^/:?#\\[\\]]+|\\[[0-9a-fA-F:.]+\\])(?::(\\d{1,5}))?/([^/?#]+)(?:\\?(.*))?");

    /** Whether {@code text} is meant as a PostgreSQL location (rather than a folder of an H2 archive). */
    public static boolean looksLike(String text) {
        return text != null && (text.startsWith("postgresql://") || text.startsWith("postgres://")
                || text.startsWith("jdbc:postgresql://"));
    }

    public static PostgresLocation parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) throw new StoreException(Localized.of("store.pg.badLocation", text));
        Map<String, String> query = new LinkedHashMap<>();
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            for (String pair : m.group(4).split("&")) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.put(k, v);
            }
        }
        String user = query.remove("user");
        String password = query.remove("password");
        if (user == null || user.isBlank()) user = System.getenv().getOrDefault("PGUSER", System.getProperty("user.name"));
        if (password == null) password = System.getenv().getOrDefault("PGPASSWORD", "");
        StringBuilder options = new StringBuilder();
        query.forEach((k, v) -> options.append(options.length() == 0 ? "" : "&").append(k).append('=').append(v));
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        return new PostgresLocation(m.group(1), port, URLDecoder.decode(m.group(3), StandardCharsets.UTF_8), user, password,
                options.toString());
    }

    /** The driver's URL, without user and password (they are passed apart). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + (options.isEmpty() ? "" : "?" + options);
    }

    /** {@code postgresql://user@host:port/database}, for messages: no password. */
    public String display() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    /** A stand-in for the database file in messages and logs: {@code postgresql/host-port/database}. */
    public Path displayPath() {
        return Path.of("postgresql", host.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + port,
                database.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
    }

    @Override
    public String toString() {
        return display();
    }
}

package org.annalist.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.annalist.model.Credit;
import org.annalist.model.Item;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Role;
import org.annalist.model.Tag;
import org.annalist.model.TagKind;

/**
 * The canonical form of an item's content and its SHA-256, as stored in every revision.
 *
 * <p>The hashed text is UTF-8, lines ended by LF, fields within a line separated by TAB:
 * <pre>
 * annalist-content-v1
 * title       TAB value
 * subtitle    TAB value
 * contributor TAB value
 * period      TAB value
 * place       TAB value
 * source      TAB value
 * collectedOn TAB yyyy-mm-dd
 * credit      TAB ROLE TAB name TAB affiliation     (one line per credit, in order)
 * tag         TAB KIND TAB name                     (one line per tag, in order)
 * body        TAB value
 * </pre>
 * Every value is escaped so that it stays on one line: backslash as {@code \\}, LF as {@code \n},
 * CR as {@code \r}, TAB as {@code \t}; a null value is written {@code \N}, an empty string as nothing.
 * ROLE and KIND are the Java enum names. The lines from {@code contributor} to the last {@code tag} are
 * the "metadata text" kept in the revision's metadata column, so a revision's hash can be recomputed
 * from its own row. Nothing is normalised: the hash is of exactly what was saved. Changing this format
 * would invalidate every stored hash; a new format needs a new header line.
 */
public final class ContentHash {
    static final String HEADER = "annalist-content-v1";
    private static final String NULL = "\\N";

    private ContentHash() {
    }

    /** The SHA-256 (lower-case hex) of an item's title, subtitle, body and metadata. */
    public static String of(Item item) {
        return sha256(item.title(), item.subtitle(), item.body(), metadataText(item.metadata()));
    }

    public static String sha256(String title, String subtitle, String body, String metadataText) {
        return sha256Hex(canonical(title, subtitle, body, metadataText).getBytes(StandardCharsets.UTF_8));
    }

    /** The full text that is hashed; see the class comment. */
    public static String canonical(String title, String subtitle, String body, String metadataText) {
        return HEADER + '\n'
                + "title\t" + escape(title) + '\n'
                + "subtitle\t" + escape(subtitle) + '\n'
                + metadataText
                + "body\t" + escape(body) + '\n';
    }

    public static String metadataText(ItemMetadata m) {
        StringBuilder sb = new StringBuilder();
        line(sb, "contributor", m.contributor());
        line(sb, "period", m.period());
        line(sb, "place", m.place());
        line(sb, "source", m.source());
        line(sb, "collectedOn", m.collectedOn() == null ? null : m.collectedOn().toString());
        for (Credit c : m.credits()) {
            line(sb, "credit", c.role() == null ? null : c.role().name(), c.name(), c.affiliation());
        }
        for (Tag t : m.tags()) {
            line(sb, "tag", t.kind() == null ? null : t.kind().name(), t.name());
        }
        return sb.toString();
    }

    /** Reads back what {@link #metadataText} wrote, e.g. to show or restore an old revision. */
    public static ItemMetadata parseMetadata(String text) {
        String contributor = null, period = null, place = null, source = null;
        LocalDate collectedOn = null;
        List<Credit> credits = new ArrayList<>();
        List<Tag> tags = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "contributor" -> contributor = unescape(f[1]);
                case "period" -> period = unescape(f[1]);
                case "place" -> place = unescape(f[1]);
                case "source" -> source = unescape(f[1]);
                case "collectedOn" -> {
                    String d = unescape(f[1]);
                    collectedOn = d == null ? null : LocalDate.parse(d);
                }
                case "credit" -> {
                    String role = unescape(f[1]);
                    credits.add(new Credit(unescape(f[2]), role == null ? null : Role.valueOf(role), unescape(f[3])));
                }
                case "tag" -> {
                    String kind = unescape(f[1]);
                    tags.add(new Tag(kind == null ? null : TagKind.valueOf(kind), unescape(f[2])));
                }
                default -> throw new IllegalArgumentException("无法识别的元数据行：" + line);
            }
        }
        return new ItemMetadata(contributor, credits, period, place, tags, source, collectedOn);
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static void line(StringBuilder sb, String key, String... values) {
        sb.append(key);
        for (String v : values) sb.append('\t').append(escape(v));
        sb.append('\n');
    }

    static String escape(String s) {
        if (s == null) return NULL;
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    static String unescape(String s) {
        if (s.equals(NULL)) return null;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\' || i + 1 == s.length()) {
                sb.append(ch);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                default -> sb.append(next);
            }
        }
        return sb.toString();
    }
}

package org.annalist.service;

import org.annalist.store.ArchiveCopies.Inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest of a backup file ({@code manifest.txt} in the zip): which program wrote it, when and why, the
 * store's format and schema version, the publications with their item counts, and every item's latest revision with
 * its SHA-256 — enough to show what a backup holds and how it differs from the archive without opening the copy.
 *
 * <p>UTF-8 text, one record a line, fields separated by TAB, values escaped like ContentHash's ({@code \\ \n \r \t}):
 * <pre>
 * annalist-backup-v1
 * program   TAB version
 * created   TAB ISO instant
 * reason    TAB start|exit|timer|manual|before-restore
 * format    TAB h2
 * schema    TAB highest migration
 * publication TAB id TAB title TAB items
 * item      TAB id TAB publication (0: 收稿箱) TAB revision TAB sha256 TAB title
 * </pre>
 */
public record BackupManifest(String program, Instant created, String reason, String format, Contents contents) {
    /** What the archive held: the schema version, the publications with their item counts, every item. */
    public record Contents(int schemaVersion, List<Publication> publications, List<Entry> items) {
        public Contents {
            publications = List.copyOf(publications);
            items = List.copyOf(items);
        }

        static Contents of(Inventory i) {
            return new Contents(i.schemaVersion(),
                    i.publications().stream().map(p -> new Publication(p.id(), p.title(), p.items())).toList(),
                    i.items().stream().map(x -> new Entry(x.id(), x.publicationId(), x.title(), x.revision(), x.sha256())).toList());
        }
    }

    /** A publication and the number of its items (not counting those in the 回收站). */
    public record Publication(long id, String title, int items) {
    }

    /** An item (publicationId 0: the 收稿箱), its latest revision number and that revision's SHA-256. */
    public record Entry(long id, long publicationId, String title, int revision, String sha256) {
    }

    static final String HEADER = "annalist-backup-v1";
    public static final String ENTRY = "manifest.txt";

    public int itemCount() {
        return contents.items().size();
    }

    String write() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        line(sb, "program", program);
        line(sb, "created", created.toString());
        line(sb, "reason", reason);
        line(sb, "format", format);
        line(sb, "schema", String.valueOf(contents.schemaVersion()));
        for (Publication p : contents.publications()) {
            line(sb, "publication", String.valueOf(p.id()), p.title(), String.valueOf(p.items()));
        }
        for (Entry i : contents.items()) {
            line(sb, "item", String.valueOf(i.id()), String.valueOf(i.publicationId()), String.valueOf(i.revision()),
                    i.sha256(), i.title());
        }
        return sb.toString();
    }

    /** Reads a manifest; throws IllegalArgumentException naming the first line that is not one. */
    static BackupManifest parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
            throw new IllegalArgumentException("line 1: not " + HEADER);
        }
        String program = "";
        String reason = "";
        String format = "";
        Instant created = null;
        int schema = 0;
        List<Publication> pubs = new ArrayList<>();
        List<Entry> items = new ArrayList<>();
        for (int n = 1; n < lines.length; n++) {
            if (lines[n].isEmpty()) continue;
            String[] f = lines[n].split("\t", -1);
            for (int i = 0; i < f.length; i++) f[i] = unescape(f[i]);
            try {
                switch (f[0]) {
                    case "program" -> program = f[1];
                    case "created" -> created = Instant.parse(f[1]);
                    case "reason" -> reason = f[1];
                    case "format" -> format = f[1];
                    case "schema" -> schema = Integer.parseInt(f[1]);
                    case "publication" -> pubs.add(new Publication(Long.parseLong(f[1]), f[2], Integer.parseInt(f[3])));
                    case "item" -> items.add(new Entry(Long.parseLong(f[1]), Long.parseLong(f[2]), f[5],
                            Integer.parseInt(f[3]), f[4]));
                    default -> {
                        // a later program's record: skipped, so an older program still reads the rest
                    }
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        if (created == null) throw new IllegalArgumentException("no created line");
        return new BackupManifest(program, created, reason, format, new Contents(schema, pubs, items));
    }

    private static void line(StringBuilder sb, String key, String... values) {
        sb.append(key);
        for (String v : values) sb.append('\t').append(escape(v));
        sb.append('\n');
    }

    private static String escape(String s) {
        if (s == null) return "";
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

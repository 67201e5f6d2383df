package org.annalist.store;

import org.annalist.i18n.Localized;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * 档案转移文件 ({@code *.annalist-archive}): a whole archive as one database-neutral file, to move it between machines
 * and between H2 and PostgreSQL. A zip holding, for every table the migrations made (read from the database's own
 * metadata, so a table a later migration adds is carried without a change here), one entry of JSON lines
 * ({@code tables/NN-name.jsonl}: one JSON array of values a row, in the column order the manifest names), the tables in
 * the order their foreign keys need; every binary value (originals, pictures, proof PDFs) as an entry of its own
 * ({@code blobs/…}) named in its row with its size and SHA-256; and last the manifest {@code annalist-archive.txt}: the
 * migrations applied, each table's columns with their neutral types, row count, highest id and the SHA-256 of its
 * entry, closed by the SHA-256 of the manifest itself.
 *
 * <p>The export reads one snapshot (REPEATABLE READ) row by row into the zip, never the whole archive in memory, under a
 * {@code .part} name renamed into place once whole. The import goes into an empty archive only, in one transaction, ids
 * as they were; every entry is checked against its SHA-256 as it is read, so a damaged or cut file is refused and
 * leaves the archive as empty as it was. Identity counters continue after the highest id carried.
 */
public final class ArchiveTransfer {
    public static final String EXTENSION = ".annalist-archive";
    /** The manifest entry; a zip without it is not a transfer file. */
    public static final String MANIFEST = "annalist-archive.txt";
    static final String HEADER = "annalist-archive-v1";
    /**
     * Tables not carried: Flyway's history (the target has its own, made by the same migrations) and who has which
     * item open now (it describes the present, not the archive).
     */
    public static final Set<String> NOT_CARRIED = Set.of("flyway_schema_history", "item_presence");
    private static final int BATCH = 500;
    private static final long BATCH_BYTES = 32L << 20;

    private ArchiveTransfer() {
    }

    /** What a transfer file holds (or an import brought): the tables with their row counts, the binary values. */
    public record Summary(String source, Set<Integer> migrations, List<TableInfo> tables, long blobs, long blobBytes) {
        public long rows(String table) {
            return tables.stream().filter(t -> t.name().equals(table)).mapToLong(TableInfo::rows).findFirst().orElse(0);
        }

        public long rows(Set<String> names) {
            return tables.stream().filter(t -> names.contains(t.name())).mapToLong(TableInfo::rows).sum();
        }
    }

    /** One table of the file: name, columns with their neutral types, row count, highest id (0: none), entry hash. */
    public record TableInfo(String name, List<Column> columns, long rows, long maxId, String entry, String sha256) {
    }

    /** A column and its neutral type: long, bool, text, date, instant, decimal or blob. */
    public record Column(String name, String type) {
    }

    // ---------------------------------------------------------------------------------------------------- export

    /**
     * Writes the whole archive to {@code target} through {@code .<name>.<pid>-<n>.part} beside it, forced to the disk
     * and renamed into place: the target path holds a whole file or what it held before. The {@code .part} files a
     * killed export of the same target left (their process no longer runs) are removed first. Returns what was written.
     */
    public static Summary export(Archive archive, Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            removeStaleParts(dir, file.getFileName().toString());
            tmp = reservePart(dir, file.getFileName().toString());
            Summary s = write(archive, tmp);
            H2ArchiveCopies.force(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            H2ArchiveCopies.forceDirectory(dir);
            return s;
        } catch (IOException e) {
            throw new StoreException(Localized.of("transfer.writeFailed", file, e.getMessage()), e);
        } catch (StoreException e) {
            throw new StoreException(Localized.of("transfer.writeFailed", file, e.getMessage()), e);
        } finally {
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover .part is removed by the next export of the same file once this process has ended
            }
        }
    }

    /** A new empty {@code .<name>.<pid>-<n>.part} in {@code dir}: this process's, so no other export removes it. */
    static Path reservePart(Path dir, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int i = 0; ; i++) {
            Path part = dir.resolve("." + name + "." + pid + "-" + i + ".part");
            try {
                Files.newOutputStream(part, java.nio.file.StandardOpenOption.CREATE_NEW).close();
                return part;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (i > 1000) throw taken;
            }
        }
    }

    /**
     * Deletes the {@code .<name>.<pid>-<n>.part} files (and their tables' {@code .<name>.<pid>-<n>.part.<random>.part})
     * in {@code dir} whose process no longer runs: what exports of
     * {@code name} killed while writing left. Those of exports still running (here or in another program) stay.
     */
    static void removeStaleParts(Path dir, String name) {
        String prefix = "." + name + ".";
        long self = ProcessHandle.current().pid();
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (!n.startsWith(prefix) || !n.endsWith(".part")) continue;
                String middle = n.substring(prefix.length(), n.length() - ".part".length());
                int dash = middle.indexOf('-');
                if (dash <= 0) continue;
                long pid;
                try {
                    // <pid>-<n>, or <pid>-<n>.part.<random> (a table's lines kept while it was written)
                    pid = Long.parseLong(middle.substring(0, dash));
                    int end = middle.indexOf('.', dash);
                    Integer.parseInt(middle.substring(dash + 1, end < 0 ? middle.length() : end));
                } catch (NumberFormatException notOurs) {
                    continue;
                }
                if (pid != self && ProcessHandle.of(pid).isEmpty()) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // held open or gone meanwhile: tried again at the next export
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // tidying is a courtesy; the export itself says what is wrong with the folder
        }
    }

    /** Writes the whole archive as a transfer file to {@code zip} (created or replaced; no .part, see {@link #export}). */
    public static Summary write(Archive archive, Path zip) {
        return write(archive, zip, c -> java.util.Map.of());
    }

    /** What else goes into the zip, read in the export's own snapshot (a backup's manifest: the inventory of that snapshot). */
    @FunctionalInterface
    public interface Extra {
        java.util.Map<String, byte[]> entries(Connection snapshot) throws SQLException;
    }

    /** {@link #write(Archive, Path)}, with the entries {@code extra} reads in the same snapshot added to the zip. */
    public static Summary write(Archive archive, Path zip, Extra extra) {
        return archive.read(tx -> {
            Connection c = tx.connection();
            boolean pg = Jdbc.postgres(c);
            snapshot(c, pg, true);
            try (OutputStream raw = Files.newOutputStream(zip);
                 ZipOutputStream out = new ZipOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16))) {
                out.setLevel(Deflater.BEST_SPEED);
                Summary summary = writeAll(c, pg, out, zip);
                for (var e : extra.entries(c).entrySet()) {
                    out.putNextEntry(new ZipEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
                out.finish();
                return summary;
            } catch (IOException e) {
                throw new StoreException(Localized.of("transfer.writeFailed", zip, e.getMessage()), e);
            } finally {
                snapshot(c, pg, false);
            }
        });
    }

    /** One consistent view for all the tables: REPEATABLE READ (a snapshot on H2's MVStore and on PostgreSQL). */
    private static void snapshot(Connection c, boolean pg, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (pg) {
                if (on) s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            } else {
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL "
                        + (on ? "REPEATABLE READ" : "READ COMMITTED"));
            }
        }
    }

    private static Summary writeAll(Connection c, boolean pg, ZipOutputStream out, Path zip) throws SQLException, IOException {
        Path scratch = zip.toAbsolutePath().normalize();
        Set<Integer> migrations = migrations(c);
        List<TableInfo> written = new ArrayList<>();
        long blobs = 0;
        long blobBytes = 0;
        int n = 0;
        for (Schema.Table t : Schema.read(c).ordered()) {
            n++;
            String entry = String.format(Locale.ROOT, "tables/%02d-%s.jsonl", n, t.name());
            List<Column> cols = t.columns();
            MessageDigest sha = sha256();
            long rows = 0;
            long maxId = 0;
            // Binary values go into entries of their own as they are met, so the table's lines are kept in a
            // temporary file until the table is done (a zip is written one entry at a time): beside the zip and named
            // after it (.<zip name>.<random>.part), so what a kill leaves is tidied with the zip's own .part.
            String zipName = scratch.getFileName().toString();
            Path lines = Files.createTempFile(scratch.getParent(), (zipName.startsWith(".") ? "" : ".") + zipName + ".", ".part");
            try {
                try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(lines), StandardCharsets.UTF_8), 1 << 16);
                     Statement s = c.createStatement()) {
                    if (pg) s.setFetchSize(1000); // a cursor, not the whole table in memory (needs autocommit off: it is)
                    StringBuilder select = new StringBuilder("SELECT ");
                    for (int i = 0; i < cols.size(); i++) select.append(i == 0 ? "" : ", ").append(q(t.actual(cols.get(i).name())));
                    select.append(" FROM ").append(q(t.actualName()));
                    if (!t.key().isEmpty()) {
                        select.append(" ORDER BY ");
                        for (int i = 0; i < t.key().size(); i++) select.append(i == 0 ? "" : ", ").append(q(t.actual(t.key().get(i))));
                    }
                    try (ResultSet rs = s.executeQuery(select.toString())) {
                        StringBuilder line = new StringBuilder(256);
                        while (rs.next()) {
                            rows++;
                            line.setLength(0);
                            line.append('[');
                            for (int i = 0; i < cols.size(); i++) {
                                if (i > 0) line.append(',');
                                Column col = cols.get(i);
                                if (col.type().equals("blob")) {
                                    byte[] bytes = rs.getBytes(i + 1);
                                    if (bytes == null) {
                                        line.append("null");
                                    } else {
                                        String name = "blobs/" + t.name() + "/" + rows + "-" + col.name();
                                        ZipEntry e = new ZipEntry(name);
                                        out.putNextEntry(e);
                                        out.write(bytes);
                                        out.closeEntry();
                                        blobs++;
                                        blobBytes += bytes.length;
                                        line.append("{\"blob\":");
                                        Json.string(line, name);
                                        line.append(",\"size\":").append(bytes.length).append(",\"sha256\":\"")
                                                .append(ContentHash.sha256Hex(bytes)).append("\"}");
                                    }
                                } else {
                                    Object v = value(rs, i + 1, col.type());
                                    Json.value(line, v);
                                    if (col.name().equals(t.idColumn()) && v instanceof Long id) maxId = Math.max(maxId, id);
                                }
                            }
                            line.append("]\n");
                            w.write(line.toString());
                        }
                    }
                }
                out.putNextEntry(new ZipEntry(entry));
                try (InputStream in = Files.newInputStream(lines)) {
                    byte[] buf = new byte[1 << 16];
                    for (int k; (k = in.read(buf)) > 0; ) {
                        sha.update(buf, 0, k);
                        out.write(buf, 0, k);
                    }
                }
                out.closeEntry();
            } finally {
                Files.deleteIfExists(lines);
            }
            written.add(new TableInfo(t.name(), cols, rows, maxId, entry, HexFormat.of().formatHex(sha.digest())));
        }
        Summary summary = new Summary(pg ? "postgresql" : "h2", migrations, written, blobs, blobBytes);
        out.putNextEntry(new ZipEntry(MANIFEST));
        out.write(manifest(summary).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
        return summary;
    }

    private static Object value(ResultSet rs, int i, String type) throws SQLException {
        Object v = switch (type) {
            case "long" -> rs.getLong(i);
            case "bool" -> rs.getBoolean(i);
            case "date" -> rs.getObject(i, LocalDate.class);
            case "instant" -> rs.getObject(i, OffsetDateTime.class);
            case "decimal" -> rs.getBigDecimal(i);
            default -> rs.getString(i);
        };
        if (rs.wasNull()) return null;
        if (v instanceof OffsetDateTime t) return t.toInstant().toString();
        if (v instanceof LocalDate d) return d.toString();
        if (v instanceof java.math.BigDecimal d) return d.toPlainString();
        return v;
    }

    static String manifest(Summary s) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("source\t").append(s.source()).append('\n');
        sb.append("created\t").append(Instant.now()).append('\n');
        sb.append("migrations\t").append(String.join(",", s.migrations().stream().map(String::valueOf).toList())).append('\n');
        sb.append("blobs\t").append(s.blobs()).append('\t').append(s.blobBytes()).append('\n');
        for (TableInfo t : s.tables()) {
            sb.append("table\t").append(t.name()).append('\t').append(t.entry()).append('\t').append(t.rows()).append('\t')
                    .append(t.maxId()).append('\t').append(t.sha256()).append('\t');
            for (int i = 0; i < t.columns().size(); i++) {
                sb.append(i == 0 ? "" : ",").append(t.columns().get(i).name()).append(':').append(t.columns().get(i).type());
            }
            sb.append('\n');
        }
        String body = sb.toString();
        return body + "end\t" + ContentHash.sha256Hex(body.getBytes(StandardCharsets.UTF_8)) + '\n';
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The manifest of a transfer file, its own checksum verified; StoreException naming the file otherwise. */
    public static Summary read(Path file) {
        if (!Files.isRegularFile(file)) throw new StoreException(Localized.of("transfer.noFile", file));
        try (ZipFile z = new ZipFile(file.toFile())) {
            return manifestOf(z, file);
        } catch (IOException e) {
            throw new StoreException(Localized.of("transfer.damaged", file, e.getMessage()), e);
        }
    }

    private static Summary manifestOf(ZipFile z, Path file) throws IOException {
        ZipEntry m = z.getEntry(MANIFEST);
        if (m == null) throw new StoreException(Localized.of("transfer.notTransfer", file));
        String text;
        try (InputStream in = z.getInputStream(m)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            return parseManifest(text);
        } catch (IllegalArgumentException e) {
            throw new StoreException(Localized.of("transfer.damaged", file, e.getMessage()), e);
        }
    }

    static Summary parseManifest(String text) {
        int end = text.lastIndexOf("end\t");
        if (!text.startsWith(HEADER + "\n") || end < 0) throw new IllegalArgumentException("manifest incomplete");
        String body = text.substring(0, end);
        String sum = text.substring(end + 4).strip();
        if (!ContentHash.sha256Hex(body.getBytes(StandardCharsets.UTF_8)).equals(sum)) {
            throw new IllegalArgumentException("manifest checksum differs");
        }
        String source = "";
        Set<Integer> migrations = new TreeSet<>();
        List<TableInfo> tables = new ArrayList<>();
        long blobs = 0;
        long blobBytes = 0;
        for (String line : body.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "source" -> source = f[1];
                case "migrations" -> {
                    for (String v : f[1].split(",")) if (!v.isBlank()) migrations.add(Integer.parseInt(v));
                }
                case "blobs" -> {
                    blobs = Long.parseLong(f[1]);
                    blobBytes = Long.parseLong(f[2]);
                }
                case "table" -> {
                    List<Column> cols = new ArrayList<>();
                    for (String c : f[6].split(",")) {
                        int colon = c.indexOf(':');
                        cols.add(new Column(c.substring(0, colon), c.substring(colon + 1)));
                    }
                    tables.add(new TableInfo(f[1], cols, Long.parseLong(f[3]), Long.parseLong(f[4]), f[2], f[5]));
                }
                default -> {
                    // the header, created, or a later program's record
                }
            }
        }
        return new Summary(source, migrations, tables, blobs, blobBytes);
    }

    /** Reads every entry of a transfer file against its SHA-256; StoreException naming the file when one differs. */
    public static Summary verify(Path file) {
        if (!Files.isRegularFile(file)) throw new StoreException(Localized.of("transfer.noFile", file));
        try (ZipFile z = new ZipFile(file.toFile())) {
            Summary s = manifestOf(z, file);
            for (TableInfo t : s.tables()) {
                ZipEntry e = z.getEntry(t.entry());
                if (e == null) throw new IOException("missing " + t.entry());
                MessageDigest sha = sha256();
                long rows = 0;
                try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        new DigestInputStream(z.getInputStream(e), sha), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        rows++;
                        if (line.contains("{\"blob\"")) {
                            for (Object v : Json.parseArray(line)) {
                                if (v instanceof Map<?, ?> blob) readBlob(z, blob);
                            }
                        }
                    }
                }
                if (!HexFormat.of().formatHex(sha.digest()).equals(t.sha256()) || rows != t.rows()) {
                    throw new IOException(t.entry() + ": SHA-256 differs");
                }
            }
            return s;
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(Localized.of("transfer.damaged", file, e.getMessage()), e);
        }
    }

    private static byte[] readBlob(ZipFile z, Map<?, ?> ref) throws IOException {
        String name = (String) ref.get("blob");
        ZipEntry e = z.getEntry(name);
        if (e == null) throw new IOException("missing " + name);
        byte[] bytes;
        try (InputStream in = z.getInputStream(e)) {
            bytes = in.readAllBytes();
        }
        if (bytes.length != ((Number) ref.get("size")).longValue()
                || !ContentHash.sha256Hex(bytes).equals(ref.get("sha256"))) {
            throw new IOException(name + ": SHA-256 differs");
        }
        return bytes;
    }

    // ---------------------------------------------------------------------------------------------------- import

    /**
     * Puts the archive of {@code file} into {@code archive}, which must be empty (not a row in any carried table), in
     * one transaction: whole or not at all. Ids stay as they were; the identity counters continue after them.
     */
    public static Summary importInto(Archive archive, Path file) {
        if (!Files.isRegularFile(file)) throw new StoreException(Localized.of("transfer.noFile", file));
        // Every entry checked against its SHA-256 before a row goes in: a changed byte inside a value could otherwise
        // reach the database first and come back as a constraint's complaint instead of "the file is damaged".
        verify(file);
        ZipFile z;
        try {
            z = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new StoreException(Localized.of("transfer.damaged", file, e.getMessage()), e);
        }
        try (z) {
            Summary s;
            try {
                s = manifestOf(z, file);
            } catch (IOException e) {
                throw new StoreException(Localized.of("transfer.damaged", file, e.getMessage()), e);
            }
            Map<String, Long> maxIds = new LinkedHashMap<>();
            s.tables().forEach(t -> maxIds.put(t.name(), t.maxId()));
            // First the target's shape and emptiness, and the identity counters raised past the ids to come: on H2 an
            // ALTER TABLE commits, so it cannot be part of the transaction that imports (and on an empty archive a
            // counter raised for an import that then fails harms nothing).
            archive.inTransaction(tx -> {
                Schema target = Schema.read(tx.connection());
                check(target, s, file, tx.connection());
                target.restartIdentities(tx.connection(), maxIds);
                return null;
            });
            return archive.inTransaction(tx -> {
                Connection c = tx.connection();
                Schema target = Schema.read(c);
                check(target, s, file, c);
                try {
                    for (TableInfo t : s.tables()) load(c, z, target.table(t.name()), t);
                } catch (IOException | IllegalArgumentException | ClassCastException e) {
                    throw new StoreException(Localized.of("transfer.damaged", file, e.getMessage()), e);
                }
                return s;
            });
        } catch (IOException e) {
            throw new StoreException(Localized.of("transfer.damaged", file, e.getMessage()), e);
        }
    }

    /** The target takes the file: every table and column of it exists there, and the target holds no rows yet. */
    private static void check(Schema target, Summary s, Path file, Connection c) throws SQLException {
        for (TableInfo t : s.tables()) {
            Schema.Table mine = target.table(t.name());
            if (mine == null) throw new StoreException(Localized.of("transfer.newer", file, t.name()));
            for (Column col : t.columns()) {
                if (mine.actual(col.name()) == null) throw new StoreException(Localized.of("transfer.newer", file, t.name() + "." + col.name()));
            }
        }
        Map<String, Long> rows = target.counts(c);
        for (Map.Entry<String, Long> e : rows.entrySet()) {
            if (e.getValue() > 0) throw new StoreException(Localized.of("transfer.notEmpty", file, e.getKey(), e.getValue()));
        }
    }

    private static void load(Connection c, ZipFile z, Schema.Table target, TableInfo t) throws SQLException, IOException {
        ZipEntry e = z.getEntry(t.entry());
        if (e == null) throw new IOException("missing " + t.entry());
        List<Column> cols = t.columns();
        int[] sqlTypes = new int[cols.size()];
        String self = target.selfReference();
        int selfIndex = -1;
        int idIndex = -1;
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(q(target.actualName())).append(" (");
        for (int i = 0; i < cols.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(q(target.actual(cols.get(i).name())));
            sqlTypes[i] = target.sqlType(cols.get(i).name());
            if (cols.get(i).name().equals(self)) selfIndex = i;
            if (cols.get(i).name().equals(target.idColumn())) idIndex = i;
        }
        sql.append(") VALUES (").append("?, ".repeat(cols.size() - 1)).append("?)");
        // A column naming another row of the same table (a section's parent, a reply's comment) is set once all
        // rows are in, so the order of the rows does not matter.
        List<long[]> later = new ArrayList<>();
        MessageDigest sha = sha256();
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql.toString());
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     new DigestInputStream(z.getInputStream(e), sha), StandardCharsets.UTF_8), 1 << 16)) {
            int pending = 0;
            long pendingBytes = 0;
            for (String line; (line = r.readLine()) != null; ) {
                rows++;
                List<Object> values = Json.parseArray(line);
                if (values.size() != cols.size()) throw new IOException(t.entry() + " line " + rows + ": " + values.size() + " values");
                for (int i = 0; i < cols.size(); i++) {
                    Object v = values.get(i);
                    if (i == selfIndex && v != null) {
                        later.add(new long[]{((Number) values.get(idIndex)).longValue(), ((Number) v).longValue()});
                        v = null;
                    }
                    if (v == null) {
                        ps.setNull(i + 1, sqlTypes[i]);
                        continue;
                    }
                    switch (cols.get(i).type()) {
                        case "long" -> ps.setLong(i + 1, ((Number) v).longValue());
                        case "bool" -> ps.setBoolean(i + 1, (Boolean) v);
                        case "date" -> ps.setObject(i + 1, LocalDate.parse((String) v));
                        case "instant" -> ps.setObject(i + 1, OffsetDateTime.ofInstant(Instant.parse((String) v), ZoneOffset.UTC));
                        case "decimal" -> ps.setBigDecimal(i + 1, new java.math.BigDecimal((String) v));
                        case "blob" -> {
                            byte[] bytes = readBlob(z, (Map<?, ?>) v);
                            pendingBytes += bytes.length;
                            ps.setBytes(i + 1, bytes);
                        }
                        default -> ps.setString(i + 1, (String) v);
                    }
                }
                ps.addBatch();
                if (++pending >= BATCH || pendingBytes >= BATCH_BYTES) {
                    ps.executeBatch();
                    pending = 0;
                    pendingBytes = 0;
                }
            }
            if (pending > 0) ps.executeBatch();
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(t.sha256()) || rows != t.rows()) {
            throw new IOException(t.entry() + ": SHA-256 differs");
        }
        if (!later.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + q(target.actualName()) + " SET " + q(target.actual(self))
                    + " = ? WHERE " + q(target.actual(target.idColumn())) + " = ?")) {
                for (long[] pair : later) {
                    ps.setLong(1, pair[1]);
                    ps.setLong(2, pair[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- schema

    /** The tables this archive's migrations made, as its metadata describes them, and their rows now. */
    public static Map<String, Long> counts(Archive archive) {
        return archive.read(tx -> Schema.read(tx.connection()).counts(tx.connection()));
    }

    /** Every table of the archive's schema, carried or not (lower case). */
    public static Set<String> allTables(Archive archive) {
        return archive.read(tx -> Schema.allTables(tx.connection()));
    }

    private static Set<Integer> migrations(Connection c) throws SQLException {
        Set<Integer> out = new TreeSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && v.matches("\\d+")) out.add(Integer.parseInt(v));
            }
        }
        return out;
    }

    static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema as the database's metadata gives it; names in lower case, the database's own spelling kept. */
    static final class Schema {
        private final Map<String, Table> tables = new TreeMap<>();

        record Table(String name, String actualName, List<Column> columns, Map<String, String> actualColumns,
                     Map<String, Integer> sqlTypes, List<String> key, String idColumn, Set<String> references,
                     String selfReference) {
            String actual(String column) {
                return actualColumns.get(column);
            }

            int sqlType(String column) {
                return sqlTypes.getOrDefault(column, Types.VARCHAR);
            }
        }

        Table table(String name) {
            return tables.get(name);
        }

        static Set<String> allTables(Connection c) throws SQLException {
            Set<String> out = new TreeSet<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", null)) {
                while (rs.next()) {
                    String type = rs.getString("TABLE_TYPE");
                    if ("TABLE".equals(type) || "BASE TABLE".equals(type)) out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return out;
        }

        static Schema read(Connection c) throws SQLException {
            Schema s = new Schema();
            DatabaseMetaData md = c.getMetaData();
            String schema = c.getSchema();
            Map<String, String> actualNames = new TreeMap<>();
            try (ResultSet rs = md.getTables(null, schema, "%", null)) {
                while (rs.next()) {
                    String type = rs.getString("TABLE_TYPE");
                    String name = rs.getString("TABLE_NAME");
                    if (!("TABLE".equals(type) || "BASE TABLE".equals(type))) continue;
                    if (NOT_CARRIED.contains(name.toLowerCase(Locale.ROOT))) continue;
                    actualNames.put(name.toLowerCase(Locale.ROOT), name);
                }
            }
            for (Map.Entry<String, String> t : actualNames.entrySet()) {
                String actual = t.getValue();
                List<Column> cols = new ArrayList<>();
                Map<String, String> actualCols = new LinkedHashMap<>();
                Map<String, Integer> types = new LinkedHashMap<>();
                String identity = null;
                try (ResultSet rs = md.getColumns(null, schema, actual, "%")) {
                    while (rs.next()) {
                        String col = rs.getString("COLUMN_NAME");
                        String lower = col.toLowerCase(Locale.ROOT);
                        int sqlType = rs.getInt("DATA_TYPE");
                        String typeName = rs.getString("TYPE_NAME");
                        cols.add(new Column(lower, neutral(t.getKey(), lower, sqlType, typeName)));
                        actualCols.put(lower, col);
                        types.put(lower, sqlType);
                        String def = rs.getString("COLUMN_DEF");
                        if ("YES".equals(rs.getString("IS_AUTOINCREMENT")) || (def != null && def.contains("nextval("))) {
                            identity = lower;
                        }
                    }
                }
                List<String> key = new ArrayList<>();
                Map<Integer, String> keyBySeq = new TreeMap<>();
                try (ResultSet rs = md.getPrimaryKeys(null, schema, actual)) {
                    while (rs.next()) keyBySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
                key.addAll(keyBySeq.values());
                if (key.isEmpty()) key.addAll(actualCols.keySet()); // no key: every column orders the rows
                Set<String> refs = new TreeSet<>();
                String self = null;
                try (ResultSet rs = md.getImportedKeys(null, schema, actual)) {
                    while (rs.next()) {
                        String other = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (other.equals(t.getKey())) {
                            if (self != null) throw new IllegalStateException(t.getKey() + ": two columns name its own rows");
                            self = rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
                        } else {
                            refs.add(other);
                        }
                    }
                }
                String id = identity != null ? identity : key.size() == 1 && "long".equals(typeOf(cols, key.get(0))) ? key.get(0) : null;
                if (self != null && id == null) throw new IllegalStateException(t.getKey() + ": names its own rows without a one-column key");
                s.tables.put(t.getKey(), new Table(t.getKey(), actual, cols, actualCols, types, key, id, refs, self));
            }
            return s;
        }

        private static String typeOf(List<Column> cols, String name) {
            return cols.stream().filter(c -> c.name().equals(name)).map(Column::type).findFirst().orElse("");
        }

        /** The neutral type of a column; a type this file cannot carry stops the export, naming the column. */
        private static String neutral(String table, String column, int sqlType, String typeName) {
            String tn = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
            if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE || tn.equals("timestamptz") || tn.contains("with time zone")) return "instant";
            return switch (sqlType) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "long";
                case Types.BOOLEAN, Types.BIT -> "bool";
                case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                     Types.LONGNVARCHAR, Types.NCLOB -> "text";
                case Types.DATE -> "date";
                case Types.DECIMAL, Types.NUMERIC -> "decimal";
                case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> "blob";
                default -> throw new IllegalStateException("column " + table + "." + column + " has a type the transfer"
                        + " file does not carry: " + typeName + " (" + sqlType + ")");
            };
        }

        /** The tables, each after every table it refers to (by name among equals); a cycle stops the export. */
        List<Table> ordered() {
            List<Table> out = new ArrayList<>();
            Set<String> done = new TreeSet<>();
            while (out.size() < tables.size()) {
                boolean progress = false;
                for (Table t : tables.values()) {
                    if (done.contains(t.name())) continue;
                    boolean ready = true;
                    for (String r : t.references()) if (tables.containsKey(r) && !done.contains(r)) ready = false;
                    if (ready) {
                        out.add(t);
                        done.add(t.name());
                        progress = true;
                    }
                }
                if (!progress) throw new IllegalStateException("foreign keys in a cycle among " + tables.keySet());
            }
            return out;
        }

        Map<String, Long> counts(Connection c) throws SQLException {
            Map<String, Long> out = new TreeMap<>();
            try (Statement s = c.createStatement()) {
                for (Table t : tables.values()) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + q(t.actualName()))) {
                        rs.next();
                        out.put(t.name(), rs.getLong(1));
                    }
                }
            }
            return out;
        }

        /** Each identity column continues after the highest id the file carries for its table. */
        void restartIdentities(Connection c, Map<String, Long> maxIds) throws SQLException {
            boolean pg = Jdbc.postgres(c);
            try (Statement s = c.createStatement()) {
                for (Table t : tables.values()) {
                    Long max = maxIds.get(t.name());
                    if (t.idColumn() == null || max == null || max <= 0) continue;
                    boolean identity;
                    try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), t.actualName(), t.actual(t.idColumn()))) {
                        identity = rs.next() && ("YES".equals(rs.getString("IS_AUTOINCREMENT"))
                                || String.valueOf(rs.getString("COLUMN_DEF")).contains("nextval("));
                    }
                    if (!identity) continue;
                    if (pg) {
                        s.execute("SELECT setval(pg_get_serial_sequence('" + q(t.actualName()).replace("'", "''") + "', '"
                                + t.actual(t.idColumn()).replace("'", "''") + "'), " + max + ", true)");
                    } else {
                        s.execute("ALTER TABLE " + q(t.actualName()) + " ALTER COLUMN " + q(t.actual(t.idColumn()))
                                + " RESTART WITH " + (max + 1));
                    }
                }
            }
        }
    }

    /** The little JSON a line of a table entry needs: arrays of null, booleans, integers, strings and blob objects. */
    static final class Json {
        private Json() {
        }

        static void value(StringBuilder sb, Object v) {
            if (v == null) sb.append("null");
            else if (v instanceof Boolean || v instanceof Long || v instanceof Integer) sb.append(v);
            else string(sb, v.toString());
        }

        static void string(StringBuilder sb, String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (ch < 0x20 || ch == 0x2028 || ch == 0x2029) sb.append(String.format("\\u%04x", (int) ch));
                        else sb.append(ch);
                    }
                }
            }
            sb.append('"');
        }

        /** One line: a JSON array. IllegalArgumentException saying where it stops being one. */
        static List<Object> parseArray(String line) {
            int[] at = {0};
            skip(line, at);
            Object v = parse(line, at);
            skip(line, at);
            if (!(v instanceof List<?>) || at[0] != line.length()) throw new IllegalArgumentException("not a JSON array line");
            @SuppressWarnings("unchecked") List<Object> list = (List<Object>) v;
            return list;
        }

        private static Object parse(String s, int[] at) {
            if (at[0] >= s.length()) throw new IllegalArgumentException("line ends early");
            char c = s.charAt(at[0]);
            switch (c) {
                case '[' -> {
                    at[0]++;
                    List<Object> out = new ArrayList<>();
                    skip(s, at);
                    if (peek(s, at) == ']') {
                        at[0]++;
                        return out;
                    }
                    while (true) {
                        skip(s, at);
                        out.add(parse(s, at));
                        skip(s, at);
                        char n = next(s, at);
                        if (n == ']') return out;
                        if (n != ',') throw new IllegalArgumentException("expected , or ] at " + at[0]);
                    }
                }
                case '{' -> {
                    at[0]++;
                    Map<String, Object> out = new LinkedHashMap<>();
                    skip(s, at);
                    if (peek(s, at) == '}') {
                        at[0]++;
                        return out;
                    }
                    while (true) {
                        skip(s, at);
                        Object k = parse(s, at);
                        if (!(k instanceof String key)) throw new IllegalArgumentException("object key at " + at[0]);
                        skip(s, at);
                        if (next(s, at) != ':') throw new IllegalArgumentException("expected : at " + at[0]);
                        skip(s, at);
                        out.put(key, parse(s, at));
                        skip(s, at);
                        char n = next(s, at);
                        if (n == '}') return out;
                        if (n != ',') throw new IllegalArgumentException("expected , or } at " + at[0]);
                    }
                }
                case '"' -> {
                    at[0]++;
                    StringBuilder sb = new StringBuilder();
                    while (true) {
                        char ch = next(s, at);
                        if (ch == '"') return sb.toString();
                        if (ch != '\\') {
                            sb.append(ch);
                            continue;
                        }
                        char e = next(s, at);
                        switch (e) {
                            case 'n' -> sb.append('\n');
                            case 'r' -> sb.append('\r');
                            case 't' -> sb.append('\t');
                            case 'b' -> sb.append('\b');
                            case 'f' -> sb.append('\f');
                            case 'u' -> {
                                if (at[0] + 4 > s.length()) throw new IllegalArgumentException("line ends early");
                                sb.append((char) Integer.parseInt(s.substring(at[0], at[0] + 4), 16));
                                at[0] += 4;
                            }
                            default -> sb.append(e);
                        }
                    }
                }
                default -> {
                    int start = at[0];
                    while (at[0] < s.length() && ",]} \t".indexOf(s.charAt(at[0])) < 0) at[0]++;
                    String word = s.substring(start, at[0]);
                    return switch (word) {
                        case "null" -> null;
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> {
                            try {
                                yield Long.parseLong(word);
                            } catch (NumberFormatException e) {
                                throw new IllegalArgumentException("not a value: " + word);
                            }
                        }
                    };
                }
            }
        }

        private static char peek(String s, int[] at) {
            if (at[0] >= s.length()) throw new IllegalArgumentException("line ends early");
            return s.charAt(at[0]);
        }

        private static char next(String s, int[] at) {
            char c = peek(s, at);
            at[0]++;
            return c;
        }

        private static void skip(String s, int[] at) {
            while (at[0] < s.length() && s.charAt(at[0]) == ' ') at[0]++;
        }
    }
}

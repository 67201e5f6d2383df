package org.annalist.store;

import org.annalist.i18n.Localized;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Backups of the H2 file archive. The copy is H2's {@code BACKUP TO}: it runs while the archive stays open and
 * others keep saving, and is transactionally consistent (MVStore copies one committed version of every page), which
 * a plain copy of {@code annalist.mv.db} is not while H2 writes to it. {@link #restore} puts such a copy back as the
 * archive file, whole or not at all.
 */
public final class H2ArchiveCopies implements ArchiveCopies {
    /** The entry of H2's backup zip that holds the database file. */
    public static final String DATABASE_ENTRY = Archive.DATABASE_FILE;
    private final Archive archive;

    public H2ArchiveCopies(Archive archive) {
        this.archive = archive;
    }

    @Override
    public String format() {
        return "h2";
    }

    @Override
    public Inventory inventory() {
        return archive.read(tx -> inventory(tx.connection()));
    }

    /** The inventory as {@code c} sees the archive (plain SQL, the same on H2 and PostgreSQL). */
    static Inventory inventory(java.sql.Connection c) throws java.sql.SQLException {
        int schema = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && v.matches("\\d+")) schema = Math.max(schema, Integer.parseInt(v));
            }
        }
        List<ItemState> items = new ArrayList<>();
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT i.id, COALESCE(sec.publication_id, 0), i.title, i.revision, r.sha256, i.trash_id, "
                        + "sec.trash_id, p.trash_id FROM item i LEFT JOIN section sec ON sec.id = i.section_id "
                        + "LEFT JOIN publication p ON p.id = sec.publication_id "
                        + "LEFT JOIN revision r ON r.item_id = i.id AND r.number = i.revision ORDER BY i.id")) {
            while (rs.next()) {
                long pub = rs.getLong(2);
                items.add(new ItemState(rs.getLong(1), pub, rs.getString(3), rs.getInt(4),
                        rs.getString(5) == null ? "" : rs.getString(5)));
                boolean trashed = rs.getObject(6) != null || rs.getObject(7) != null || rs.getObject(8) != null;
                if (!trashed && pub != 0) counts.merge(pub, 1, Integer::sum);
            }
        }
        List<PublicationCount> pubs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, title, pub_year, volume_number, kind FROM publication WHERE trash_id IS NULL ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String title = rs.getString(2);
                if ("NIANJIAN".equals(rs.getString(5))) title = title + " " + rs.getInt(3);
                else title = title + " 第" + rs.getInt(4) + "辑";
                pubs.add(new PublicationCount(id, title, counts.getOrDefault(id, 0)));
            }
        }
        return new Inventory(schema, pubs, items);
    }

    @Override
    public long changeMark() {
        return archive.read(tx -> {
            try (Statement s = tx.connection().createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_log) + (SELECT COALESCE(MAX(id), 0) FROM revision) "
                            + "+ (SELECT COALESCE(SUM(revision), 0) FROM item) + (SELECT COUNT(*) FROM item_draft)")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void copyTo(Path zip) {
        Path target = zip.toAbsolutePath().normalize();
        archive.read(tx -> {
            try (Statement s = tx.connection().createStatement()) {
                s.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            }
            return null;
        });
    }

    /**
     * How hard the database entry is deflated: deflate's fastest level by default — a fifth of the file's size on disk
     * for a few seconds more; up to 21 backups are kept, and stored copies would take 4–5× the space. Measured on 10,000 items with their
     * originals (403 MB file, 2-core machine under load 6–7): H2's {@code BACKUP TO} at level 6 took 18–19 s (68 MB),
     * level 1 7.5–14 s (86 MB), stored 1.5–4.3 s (385 MB). {@code -Dannalist.backup.level=0} (0–9) trades disk for time.
     */
    static final int DATABASE_LEVEL = level(Integer.getInteger("annalist.backup.level", java.util.zip.Deflater.BEST_SPEED));

    private static int level(int asked) {
        return asked >= 0 && asked <= 9 ? asked : java.util.zip.Deflater.NO_COMPRESSION;
    }

    /**
     * One copy: H2's online copy of the MVStore (what {@code BACKUP TO} does: chunks are not overwritten meanwhile, so
     * the copy is one committed version) written into the zip, with the inventory read before and after it; revisions
     * and item numbers only grow, so when both agree they describe the copy. When saves came meanwhile, the copy just
     * written is taken out of the unfinished zip, opened read-only and its inventory read there — no second copy,
     * no rewrite of the zip. Then the manifest is added and the zip finished. An archive held by another program
     * (AUTO_SERVER client) takes the default way through {@code BACKUP TO}.
     */
    @Override
    public Inventory writeCopy(Path zip, java.util.function.Function<Inventory, java.util.Map<String, byte[]>> extra)
            throws IOException {
        Inventory before = inventory();
        try (FileChannel raw = FileChannel.open(zip, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(
                     new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(raw), 1 << 16))) {
            out.setLevel(DATABASE_LEVEL);
            if (archive.read(tx -> onlineCopy(tx.connection(), out))) {
                Inventory after = inventory();
                Inventory inventory = after.equals(before) ? before : inventoryOfFirstEntry(out, raw, zip);
                out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
                for (var e : extra.apply(inventory).entrySet()) {
                    out.putNextEntry(new ZipEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
                return inventory;
            }
        }
        Files.deleteIfExists(zip);
        return ArchiveCopies.super.writeCopy(zip, extra);
    }

    /**
     * The inventory of the database copy that is the first entry of the zip being written: its deflated bytes read
     * back from {@code raw} after the local header, inflated into a temporary folder and opened there.
     */
    private static Inventory inventoryOfFirstEntry(java.util.zip.ZipOutputStream out, FileChannel raw, Path zip)
            throws IOException {
        out.flush();
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(30).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        raw.read(header, 0);
        if (header.getInt(0) != 0x04034b50) throw new IOException("no local header at the start of " + zip);
        long data = 30L + (header.getShort(26) & 0xffff) + (header.getShort(28) & 0xffff);
        boolean deflated = header.getShort(8) == ZipEntry.DEFLATED;
        Path staging = Files.createTempDirectory("annalist-backup-");
        try {
            InputStream body = java.nio.channels.Channels.newInputStream(raw.position(data));
            InputStream in = deflated
                    ? new java.util.zip.InflaterInputStream(body, new java.util.zip.Inflater(true), 1 << 16) : body;
            try (OutputStream db = Files.newOutputStream(staging.resolve(Archive.DATABASE_FILE))) {
                in.transferTo(db);
            }
            try (java.sql.Connection copy = Archive.readOnlyCopy(staging)) {
                return inventory(copy);
            } catch (java.sql.SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
        } finally {
            raw.position(raw.size());
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // a temporary folder left behind holds only a copy
            }
        }
    }

    /** H2's online backup of the database file into {@code out}; false when this connection is not the embedded one. */
    private static boolean onlineCopy(java.sql.Connection c, java.util.zip.ZipOutputStream out) throws java.sql.SQLException {
        if (!(c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal local)) {
            return false;
        }
        org.h2.engine.Database db = local.getDatabase();
        org.h2.mvstore.db.Store store = db.getStore();
        if (store == null || store.getMvStore().getFileStore() == null) return false;
        store.flush();
        db.flush();
        try {
            synchronized (db.getLobSyncObject()) {
                store.getMvStore().getFileStore().backup(out);
            }
        } catch (IOException e) {
            throw new java.sql.SQLException(e.getMessage(), e);
        }
        return true;
    }

    @Override
    public Inventory inventoryOf(Path zip) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("annalist-backup-");
            extract(zip, staging.resolve(Archive.DATABASE_FILE));
            try (Archive copy = Archive.open(staging)) {
                return new H2ArchiveCopies(copy).inventory();
            }
        } catch (IOException e) {
            throw new StoreException(Localized.of("backup.unreadable", zip, e.getMessage()), e);
        } finally {
            try {
                if (staging != null) deleteTree(staging);
            } catch (IOException ignored) {
                // a temporary folder left behind holds only a copy
            }
        }
    }

    /**
     * Makes the copy {@code zip} (written by {@link #copyTo}) the archive of {@code dataDir}, whose archive must be
     * closed. The database file is taken out of the zip into a folder beside the archive, opened there once (which
     * proves it is an H2 archive this program reads and brings its schema up to date), forced to the disk, and then
     * renamed over {@code annalist.mv.db} in one step: a kill at any moment leaves the old archive or the new one.
     */
    public static void restore(Path zip, Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path staging = dir.resolve(".restoring");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            Path db = staging.resolve(Archive.DATABASE_FILE);
            extract(zip, db);
            Archive.open(staging).close();
            force(db);
            Files.move(db, dir.resolve(Archive.DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(dir);
            deleteTree(staging);
        } catch (IOException e) {
            throw new StoreException(Localized.of("backup.restoreFailed", dir.resolve(Archive.DATABASE_FILE),
                    e.getMessage()), e);
        }
    }

    private static void extract(Path zip, Path db) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(DATABASE_ENTRY);
            if (e == null) throw new IOException("no " + DATABASE_ENTRY + " in the zip");
            try (InputStream in = z.getInputStream(e); OutputStream out = Files.newOutputStream(db)) {
                in.transferTo(out);
            }
        }
    }

    /** Forces a file's bytes to the disk. */
    public static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /**
     * Forces a folder's entries (a rename) to the disk where the system allows it. Not tried on Windows, which opens no
     * folder as a channel (NTFS journals the rename itself); elsewhere only "this file system cannot sync that" (EINVAL,
     * ENOTSUP: some network and FUSE file systems) is passed over. Any other failure — the folder missing, unreadable,
     * an I/O error of the disk — is thrown: the rename may not be on the disk, and the caller says so.
     */
    public static void forceDirectory(Path dir) throws IOException {
        if (WINDOWS) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            forceUnlessUnsupported(ch);
        }
    }

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");

    /**
     * {@code ch.force(true)}, where a file system that cannot sync this kind of file (it answers EINVAL or ENOTSUP) is
     * no failure; every other IOException is thrown.
     */
    static void forceUnlessUnsupported(FileChannel ch) throws IOException {
        try {
            ch.force(true);
        } catch (IOException e) {
            if (!cannotSync(e)) throw e;
        }
    }

    /**
     * Whether {@code e} is the system's "cannot sync this file here": the JDK gives the C library's text of the error
     * number (EINVAL, ENOTSUP/EOPNOTSUPP) in English, or as this JVM renders EINVAL (learnt once from /dev/null, which
     * Linux refuses to sync with EINVAL) should the system's messages be in another language.
     */
    static boolean cannotSync(IOException e) {
        if (e.getClass() != IOException.class || e.getMessage() == null) return false; // NoSuchFile, AccessDenied …
        String m = e.getMessage().strip();
        return m.equals("Invalid argument") || m.equals("Operation not supported") || m.equals("Not supported")
                || m.equals("Operation not supported on socket") || m.equals(EinvalText.TEXT);
    }

    /** This JVM's text for EINVAL from fsync, or a NUL (no message) where /dev/null syncs or is not there. */
    private static final class EinvalText {
        static final String TEXT = probe();

        private static String probe() {
            Path devNull = Path.of("/dev/null");
            if (WINDOWS || !Files.exists(devNull)) return "\0";
            try (FileChannel ch = FileChannel.open(devNull, StandardOpenOption.WRITE)) {
                ch.force(true);
                return "\0";
            } catch (IOException e) {
                return e.getClass() == IOException.class && e.getMessage() != null ? e.getMessage().strip() : "\0";
            } catch (RuntimeException e) {
                return "\0";
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }

}

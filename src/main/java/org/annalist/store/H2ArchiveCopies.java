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
        return archive.read(tx -> {
            var c = tx.connection();
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
        });
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

    /** Forces a folder's entries (a rename) to the disk where the system allows it (not on Windows). */
    public static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisSystem) {
            // Windows opens no folder as a channel; NTFS journals the rename itself.
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }

}

package org.annalist.service;

import org.annalist.i18n.Localized;
import org.annalist.store.ArchiveCopies;
import org.annalist.store.ArchiveCopies.Inventory;
import org.annalist.store.ArchiveTransfer;
import org.annalist.store.H2ArchiveCopies;
import org.annalist.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * 备份: one file {@code *.annalist-backup} — a zip holding the store's consistent copy of the archive and
 * {@code manifest.txt} ({@link BackupManifest}) — written under a temporary name, forced to the disk and renamed into
 * place, so the target path only ever holds a whole backup. Automatic backups go to {@code <data>/备份/} and are
 * pruned by {@link BackupRotation}; {@link #preview} compares a backup with the archive; restoring is
 * {@link BackupRestore}.
 */
public final class BackupService {
    public static final String FOLDER = "备份";
    public static final String EXTENSION = ".annalist-backup";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String AUTO_PREFIX = "annalist-";

    private final ArchiveCopies copies;
    private final Path dataDir;
    private final Clock clock;
    private final BackupRotation rotation;

    public BackupService(ArchiveCopies copies, Path dataDir, Clock clock, BackupRotation rotation) {
        this.copies = copies;
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.clock = clock;
        this.rotation = rotation;
    }

    /** The folder of automatic backups of {@code dataDir}. */
    public static Path folder(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FOLDER);
    }

    public Path folder() {
        return folder(dataDir);
    }

    /** A number that changes with every save: an automatic backup is skipped when it equals the last one's. */
    public long changeMark() {
        return copies.changeMark();
    }

    /** Writes a backup to {@code target} (replacing a file there only once the new one is whole). */
    public BackupManifest write(Path target, String reason) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        Path tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".part");
        try {
            Files.createDirectories(dir);
            removeStaleParts(dir);
            BackupManifest manifest = copyWithManifest(tmp, reason);
            H2ArchiveCopies.force(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            H2ArchiveCopies.forceDirectory(dir);
            return manifest;
        } catch (IOException | StoreException e) {
            throw new BackupException(Localized.of("backup.writeFailed", file, Localized.reason(e)), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // removed with the other leftovers by the next automatic backup
            }
        }
    }

    /**
     * The copy and its manifest, which must describe the same moment: one copy, its manifest made of the inventory the
     * store gives for exactly that copy ({@link ArchiveCopies#writeCopy}), also while saves keep coming.
     */
    private BackupManifest copyWithManifest(Path tmp, String reason) throws IOException {
        Instant created = clock.instant();
        Files.deleteIfExists(tmp);
        BackupManifest[] made = new BackupManifest[1];
        copies.writeCopy(tmp, inventory -> {
            made[0] = manifest(created, reason, inventory);
            return Map.of(BackupManifest.ENTRY, made[0].write().getBytes(StandardCharsets.UTF_8));
        });
        return made[0];
    }

    private BackupManifest manifest(Instant created, String reason, Inventory inventory) {
        return new BackupManifest(programVersion(), created, reason, copies.format(), BackupManifest.Contents.of(inventory));
    }

    /**
     * An automatic backup into {@code <data>/备份/annalist-yyyyMMdd-HHmmss.annalist-backup}, then the folder pruned by
     * the rotation (only files of that name pattern: a backup saved there by hand stays).
     */
    public Path automatic(String reason) {
        Path folder = folder();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone());
        Path file = folder.resolve(AUTO_PREFIX + NAME_TIME.format(now) + EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(AUTO_PREFIX + NAME_TIME.format(now) + "-" + n + EXTENSION);
        }
        removeLeftovers();
        write(file, reason);
        prune();
        return file;
    }

    /** Deletes the automatic backups the rotation no longer keeps; returns them. */
    public List<Path> prune() {
        Map<Instant, Path> auto = new LinkedHashMap<>();
        for (Path p : files(folder())) {
            Instant t = automaticTime(p);
            if (t != null) auto.put(t, p);
        }
        Set<Instant> drop = rotation.prune(new ArrayList<>(auto.keySet()), clock.instant(), zone());
        List<Path> deleted = new ArrayList<>();
        for (Instant t : drop) {
            try {
                Files.deleteIfExists(auto.get(t));
                deleted.add(auto.get(t));
            } catch (IOException ignored) {
                // held open (a preview being read): pruned next time
            }
        }
        return deleted;
    }

    /** How long a backup's temporary file goes untouched before it is taken for the leftover of a killed backup. */
    static final java.time.Duration STALE_PART = java.time.Duration.ofMinutes(10);

    /**
     * A backup killed while writing into {@code dir} (any folder, a manual backup's too) leaves its temporary
     * {@code .<name>.annalist-backup.<random>.part}: those not written to for {@link #STALE_PART} are removed. One
     * written to more recently may be another program's backup under way, and stays.
     */
    void removeStaleParts(Path dir) {
        Instant before = clock.instant().minus(STALE_PART);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (!(n.startsWith(".") && n.endsWith(".part") && n.contains(EXTENSION + "."))) continue;
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // gone meanwhile, or held open: tried again at the next backup
                }
            }
        } catch (IOException ignored) {
            // an unreadable folder: the backup itself says what is wrong with it
        }
    }

    /** A kill while writing leaves a temporary file, never a backup: those are removed here. */
    private void removeLeftovers() {
        try (Stream<Path> s = Files.list(folder())) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if ((n.startsWith(".") && n.endsWith(".part")) || n.startsWith("zipfstmp")) Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // no folder yet, or a file in use: nothing to clean now
        }
    }

    /** The time in an automatic backup's name ({@code -2}, {@code -3} … of one second as milliseconds), or null. */
    Instant automaticTime(Path p) {
        String n = p.getFileName().toString();
        if (!n.startsWith(AUTO_PREFIX) || !n.endsWith(EXTENSION)) return null;
        String core = n.substring(AUTO_PREFIX.length(), n.length() - EXTENSION.length());
        try {
            int seq = core.length() > 16 && core.charAt(15) == '-' ? Integer.parseInt(core.substring(16)) : 0;
            if (core.length() != 15 && seq == 0) return null;
            return LocalDateTime.parse(core.substring(0, 15), NAME_TIME).atZone(zone()).toInstant().plusMillis(seq);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** The backups in {@code <data>/备份/}, newest first, each with its manifest or what is wrong with it. */
    public static List<Listed> list(Path dataDir) {
        List<Listed> out = new ArrayList<>();
        for (Path p : files(folder(dataDir))) {
            try {
                out.add(new Listed(p, read(p), null));
            } catch (BackupException e) {
                out.add(new Listed(p, null, e.localized()));
            }
        }
        out.sort(Comparator.comparing((Listed l) -> l.manifest() == null ? Instant.EPOCH : l.manifest().created()).reversed());
        return out;
    }

    /** A backup found in the folder: its manifest, or the problem reading it. */
    public record Listed(Path file, BackupManifest manifest, Localized problem) {
    }

    /**
     * The newest backup of {@code dataDir} that is whole: its manifest reads and its database copy passes the zip's
     * checksum. Empty when there is none.
     */
    public static Optional<Path> newestGood(Path dataDir) {
        for (Listed l : list(dataDir)) {
            if (l.manifest() == null) continue;
            try {
                verify(l.file());
                return Optional.of(l.file());
            } catch (BackupException e) {
                // damaged too: try the one before
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the whole database copy of a backup, which checks its CRC (an H2 copy) or every entry's SHA-256 (a transfer
     * copy); throws BackupException when it fails.
     */
    public static void verify(Path file) {
        if (isTransfer(file)) {
            ArchiveMoves.verify(file);
            return;
        }
        try (ZipFile z = new ZipFile(file.toFile())) {
            ZipEntry e = z.getEntry(H2ArchiveCopies.DATABASE_ENTRY);
            if (e == null) throw new IOException("no " + H2ArchiveCopies.DATABASE_ENTRY);
            // ZipFile checks no CRC itself (ZipInputStream would, but reads the whole file to find an entry)
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            long size = 0;
            try (InputStream in = z.getInputStream(e)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; size += n) crc.update(buf, 0, n);
            }
            if (crc.getValue() != e.getCrc() || size != e.getSize()) {
                throw new IOException("CRC " + Long.toHexString(crc.getValue()) + " ≠ " + Long.toHexString(e.getCrc()));
            }
        } catch (IOException e) {
            throw new BackupException(Localized.of("backup.damagedFile", file, e.getMessage()), e);
        }
    }

    /** Whether a backup holds a transfer copy (a PostgreSQL archive's backup) rather than an H2 database file. */
    static boolean isTransfer(Path file) {
        try (ZipFile z = new ZipFile(file.toFile())) {
            return z.getEntry(ArchiveTransfer.MANIFEST) != null && z.getEntry(H2ArchiveCopies.DATABASE_ENTRY) == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The manifest of a backup file; BackupException naming the file when it is not a backup or is damaged. */
    public static BackupManifest read(Path file) {
        if (!Files.isRegularFile(file)) throw new BackupException(Localized.of("backup.noFile", file), null);
        try (ZipFile z = new ZipFile(file.toFile())) {
            ZipEntry m = z.getEntry(BackupManifest.ENTRY);
            if (m == null || (z.getEntry(H2ArchiveCopies.DATABASE_ENTRY) == null && z.getEntry(ArchiveTransfer.MANIFEST) == null)) {
                throw new BackupException(Localized.of("backup.notBackup", file), null);
            }
            try (InputStream in = z.getInputStream(m)) {
                return BackupManifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new BackupException(Localized.of("backup.badManifest", file, e.getMessage()), e);
            }
        } catch (IOException e) {
            throw new BackupException(Localized.of("backup.notZip", file, e.getMessage()), e);
        }
    }

    /** What restoring {@code file} would do to the archive as it is now. */
    public Preview preview(Path file) {
        return Preview.of(file, read(file), BackupManifest.Contents.of(copies.inventory()));
    }

    /**
     * A backup compared with the archive: the items only the backup has (they come back), those in both whose latest
     * revision differs (they go back to the backup's), and those only the archive has (restoring loses them).
     */
    public record Preview(Path file, BackupManifest manifest, List<BackupManifest.Entry> onlyInBackup, List<Change> changed,
                          List<BackupManifest.Entry> onlyInArchive) {
        static Preview of(Path file, BackupManifest manifest, BackupManifest.Contents current) {
            Map<Long, BackupManifest.Entry> now = new LinkedHashMap<>();
            current.items().forEach(i -> now.put(i.id(), i));
            List<BackupManifest.Entry> onlyBackup = new ArrayList<>();
            List<Change> changed = new ArrayList<>();
            for (BackupManifest.Entry b : manifest.contents().items()) {
                BackupManifest.Entry c = now.remove(b.id());
                if (c == null) onlyBackup.add(b);
                else if (c.revision() != b.revision() || !c.sha256().equals(b.sha256())) changed.add(new Change(b, c));
            }
            return new Preview(file, manifest, onlyBackup, changed, new ArrayList<>(now.values()));
        }

        public boolean identical() {
            return onlyInBackup.isEmpty() && changed.isEmpty() && onlyInArchive.isEmpty();
        }
    }

    /** An item in the backup and in the archive, at different revisions. */
    public record Change(BackupManifest.Entry inBackup, BackupManifest.Entry inArchive) {
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static String programVersion() {
        String v = BackupService.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}

package org.annalist.service;

import org.annalist.i18n.Localized;
import org.annalist.store.Archive;
import org.annalist.store.ArchiveCopies;
import org.annalist.store.StoreException;
import org.annalist.store.TransferArchiveCopies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * 从备份恢复: the archive of a data folder replaced by a backup. First the archive as it is is itself backed up into
 * {@code 备份/} (reason {@code before-restore}); an archive too damaged to open is moved aside instead
 * ({@code annalist-damaged-<time>.mv.db}), never deleted. Then the store's restorer puts the copy in place in one
 * rename. The archive must not be open anywhere — in this process the caller closes its session first.
 */
public final class BackupRestore {
    private BackupRestore() {
    }

    /** What a restore did besides the restore: the safety backup written, or the damaged file moved aside. */
    public record Result(BackupManifest restored, Path safetyBackup, Path damagedMovedTo) {
    }

    public static Result restore(Path dataDir, boolean shared, String actor, Path backup, Clock clock) {
        return restore(dataDir, AnnalistSession.configuredDatabase(), shared, actor, backup, clock);
    }

    /**
     * As {@link #restore(Path, boolean, String, Path, Clock)}, into the PostgreSQL archive {@code db} when given. A
     * backup of a PostgreSQL archive (a transfer copy) is restored into an empty archive only — the PostgreSQL database
     * (or H2 data folder) the restore names must hold no data yet; nothing is replaced, so no safety backup is needed.
     */
    public static Result restore(Path dataDir, String database, boolean shared, String actor, Path backup, Clock clock) {
        BackupManifest manifest = BackupService.read(backup);
        BackupService.verify(backup);
        if (TransferArchiveCopies.FORMAT.equals(manifest.format())) {
            try (AnnalistSession s = AnnalistSession.open(dataDir, database, shared, actor)) {
                try {
                    s.importArchive(backup);
                } catch (BackupException e) {
                    if (ArchiveMoves.notEmpty(e)) {
                        throw new BackupException(Localized.of("transfer.restoreNotEmpty", backup, s.storeName()), e);
                    }
                    throw e;
                }
            }
            return new Result(manifest, null, null);
        }
        if (database != null && !database.isBlank()) {
            throw new BackupException(Localized.of("transfer.h2IntoPostgres", backup), null);
        }
        ArchiveCopies.Restorer restorer = ArchiveCopies.restorer(manifest.format())
                .orElseThrow(() -> new BackupException(Localized.of("backup.otherFormat", backup, manifest.format()), null));
        Path safety = null;
        Path aside = null;
        Path db = dataDir.toAbsolutePath().normalize().resolve(Archive.DATABASE_FILE);
        if (Files.exists(db)) {
            AnnalistSession session;
            try {
                session = AnnalistSession.open(dataDir, null, shared, actor);
            } catch (ArchiveUnavailableException e) {
                if (!"store.damaged".equals(causeKey(e))) throw e;
                session = null;
            }
            if (session != null) {
                try (AnnalistSession s = session) {
                    safety = s.backups(clock).automatic("before-restore");
                }
            } else {
                aside = db.resolveSibling("annalist-damaged-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now(clock)) + ".mv.db");
                try {
                    Files.move(db, aside, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new BackupException(Localized.of("backup.restoreFailed", db, e.getMessage()), e);
                }
            }
        }
        try {
            restorer.restore(backup, dataDir);
        } catch (StoreException e) {
            throw new BackupException(e.localized(), e);
        }
        return new Result(manifest, safety, aside);
    }

    /** The key of the store's message behind an archive that could not be opened. */
    static String causeKey(ArchiveUnavailableException e) {
        return e.getCause() instanceof StoreException s ? s.localized().key() : e.localized().key();
    }
}

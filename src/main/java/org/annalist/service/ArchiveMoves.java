package org.annalist.service;

import org.annalist.store.Archive;
import org.annalist.store.ArchiveTransfer;
import org.annalist.store.StoreException;

import java.nio.file.Path;
import java.util.Set;

/**
 * 整库迁移: the whole archive to one {@code .annalist-archive} file and back into an empty archive — between machines,
 * and between H2 and PostgreSQL (see {@link ArchiveTransfer} for the file). Failures come as {@link BackupException}
 * whose message names the file and the problem.
 */
public final class ArchiveMoves {
    public static final String EXTENSION = ArchiveTransfer.EXTENSION;
    private static final Set<String> ATTACHMENTS = Set.of("attachment");

    private ArchiveMoves() {
    }

    /** What a transfer file holds: tables, rows in all, items, revisions, attachments and their bytes. */
    public record Result(Path file, String source, int tables, long rows, long items, long revisions, long attachments,
                         long binaryValues, long binaryBytes) {
        static Result of(Path file, ArchiveTransfer.Summary s) {
            long rows = s.tables().stream().mapToLong(ArchiveTransfer.TableInfo::rows).sum();
            return new Result(file, s.source(), s.tables().size(), rows, s.rows("item"), s.rows("revision"),
                    s.rows(ATTACHMENTS), s.blobs(), s.blobBytes());
        }
    }

    static Result export(Archive archive, Path file) {
        Path target = file.toAbsolutePath().normalize();
        try {
            return Result.of(target, ArchiveTransfer.export(archive, target));
        } catch (StoreException e) {
            throw new BackupException(e.localized(), e);
        }
    }

    static Result importInto(Archive archive, Path file) {
        Path source = file.toAbsolutePath().normalize();
        try {
            return Result.of(source, ArchiveTransfer.importInto(archive, source));
        } catch (StoreException e) {
            throw new BackupException(e.localized(), e);
        }
    }

    /** The manifest of a transfer file, every entry checked against its SHA-256. */
    public static Result verify(Path file) {
        Path source = file.toAbsolutePath().normalize();
        try {
            return Result.of(source, ArchiveTransfer.verify(source));
        } catch (StoreException e) {
            throw new BackupException(e.localized(), e);
        }
    }

    /** Whether {@code problem} is the refusal of a target archive that is not empty. */
    public static boolean notEmpty(BackupException problem) {
        return "transfer.notEmpty".equals(problem.localized().key());
    }
}

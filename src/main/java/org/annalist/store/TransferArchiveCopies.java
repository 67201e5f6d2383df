package org.annalist.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Backups of an archive through the transfer file ({@link ArchiveTransfer}): what a PostgreSQL archive is backed up
 * with (H2's BACKUP TO is H2's own), and what any archive can be restored from into an empty one. The copy is one
 * REPEATABLE READ snapshot, so it is consistent while others keep saving.
 */
public final class TransferArchiveCopies implements ArchiveCopies {
    /** The format named in a backup's manifest. */
    public static final String FORMAT = "annalist-archive";
    private final Archive archive;

    public TransferArchiveCopies(Archive archive) {
        this.archive = archive;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Inventory inventory() {
        // plain SQL, the same on H2 and PostgreSQL
        return new H2ArchiveCopies(archive).inventory();
    }

    @Override
    public long changeMark() {
        return new H2ArchiveCopies(archive).changeMark();
    }

    @Override
    public void copyTo(Path zip) {
        ArchiveTransfer.write(archive, zip);
    }

    /**
     * One pass: the export's REPEATABLE READ snapshot also gives the inventory (read in the same snapshot, so it
     * describes the copy exactly), and the manifest goes into the zip before it is finished — no inventory before and
     * after, no rewrite of the zip.
     */
    @Override
    public Inventory writeCopy(Path zip, java.util.function.Function<Inventory, java.util.Map<String, byte[]>> extra) {
        Inventory[] copied = new Inventory[1];
        ArchiveTransfer.write(archive, zip, c -> extra.apply(copied[0] = H2ArchiveCopies.inventory(c)));
        return copied[0];
    }

    /** The inventory of a copy: the copy imported into a temporary H2 archive and read there. */
    @Override
    public Inventory inventoryOf(Path zip) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("annalist-transfer-");
            try (Archive copy = Archive.open(staging)) {
                ArchiveTransfer.importInto(copy, zip);
                return new H2ArchiveCopies(copy).inventory();
            }
        } catch (java.io.IOException e) {
            throw new StoreException(org.annalist.i18n.Localized.of("backup.unreadable", zip, e.getMessage()), e);
        } finally {
            if (staging != null) {
                try (var all = Files.walk(staging)) {
                    for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
                } catch (java.io.IOException ignored) {
                    // a temporary folder left behind holds only a copy
                }
            }
        }
    }

    /** Puts the transfer copy {@code zip} into {@code archive}, which must be empty (see ArchiveTransfer#importInto). */
    public static ArchiveTransfer.Summary restoreInto(Archive archive, Path zip) {
        return ArchiveTransfer.importInto(archive, zip);
    }
}

package org.annalist.store;

import java.nio.file.Path;
import java.util.List;

/**
 * What a backup needs of a store, and no more: an inventory of what the archive holds and a consistent copy of the
 * whole database as one zip file. The H2 file archive implements it ({@link H2ArchiveCopies}); another store brings
 * its own, so backup code never reaches into the repositories.
 */
public interface ArchiveCopies {

    /** The store's format, written into the backup's manifest ("h2"): a backup is restored only into the same. */
    String format();

    /** What the archive holds now: publications with their item counts, each item's latest revision hash. */
    Inventory inventory();

    /** A number that grows with every write (audit rows, revisions, drafts): equal numbers mean nothing was saved. */
    long changeMark();

    /** Writes a transactionally consistent copy of the whole database to {@code zip}, a new file. */
    void copyTo(Path zip);

    /** The inventory of a copy written by {@link #copyTo}, read from the copy itself. */
    Inventory inventoryOf(Path zip);

    /**
     * Writes the backup zip {@code zip} (a new file): the copy of {@link #copyTo} and, beside it, the entries
     * {@code extra} makes of the inventory that describes exactly that copy (the backup's manifest). Returns that
     * inventory. This default takes one copy with the inventory read before and after it (revisions and item numbers
     * only grow: when both agree nothing the inventory lists changed in between), else from the copy itself, and adds
     * the entries to the finished zip; a store may do it in one pass.
     */
    default Inventory writeCopy(Path zip, java.util.function.Function<Inventory, java.util.Map<String, byte[]>> extra)
            throws java.io.IOException {
        Inventory before = inventory();
        copyTo(zip);
        Inventory copied = inventory().equals(before) ? before : inventoryOf(zip);
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip, java.util.Map.of())) {
            for (var e : extra.apply(copied).entrySet()) java.nio.file.Files.write(fs.getPath(e.getKey()), e.getValue());
        }
        return copied;
    }

    /**
     * How to put a copy of {@code format} back as the archive of a data folder whose archive is closed, or empty
     * when this program has no store of that format.
     */
    static java.util.Optional<Restorer> restorer(String format) {
        return "h2".equals(format) ? java.util.Optional.of(H2ArchiveCopies::restore) : java.util.Optional.empty();
    }

    /** Replaces the archive of {@code dataDir} with the copy {@code zip}, whole or not at all. */
    @FunctionalInterface
    interface Restorer {
        void restore(Path zip, Path dataDir);
    }

    /** What an archive holds, as the manifest of a backup lists it. */
    record Inventory(int schemaVersion, List<PublicationCount> publications, List<ItemState> items) {
        public Inventory {
            publications = List.copyOf(publications);
            items = List.copyOf(items);
        }
    }

    /** A publication and the number of its items (not counting those in the 回收站). */
    record PublicationCount(long id, String title, int items) {
    }

    /** An item (publicationId 0: the 收稿箱), its latest revision number and that revision's SHA-256. */
    record ItemState(long id, long publicationId, String title, int revision, String sha256) {
    }
}

package org.annalist.store;

import java.nio.file.Path;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;

/**
 * Stands in for a second Annalist process in ArchiveOpenTest: opens the archive (args: folder, "shared"
 * or "exclusive"), stores one publication, prints READY and holds the archive until its stdin closes.
 */
public final class LockHolder {
    public static void main(String[] args) throws Exception {
        try (Archive archive = Archive.open(Path.of(args[0]), "shared".equals(args[1]))) {
            archive.inTransaction(tx -> tx.insertPublication(
                    new Publication(0, PublicationKind.WENSHI, "子进程文史", null, 1, null, null)));
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the archive open until the test closes our stdin.
            }
        } catch (StoreException e) {
            System.out.println("FAILED " + e.getMessage());
        }
    }
}

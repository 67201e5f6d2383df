package org.annalist.service;

import org.annalist.store.Archive;
import org.annalist.store.ArchiveTransfer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 3 for 整库迁移: {@code annalist export-archive FILE} SIGKILLed while it writes, at points chosen with a
 * fixed seed by how many bytes of the file were written (and once when all were, before the rename). After each kill
 * the target path holds nothing or a whole file that verifies and imports into a fresh archive with every item's
 * ContentHash, revision chain and attachment equal to the source's; the source archive is unchanged; and the next
 * export leaves no {@code .part} of the killed ones behind.
 */
class ArchiveExportKillTest {
    private static final long SEED = 20261206L;

    @TempDir
    Path tmp;

    @Test
    void aKillDuringAnExportLeavesNothingOrAWholeFileAndTheSourceIntact() throws Exception {
        Path src = tmp.resolve("源档案");
        ArchiveTransferTest.Snapshot before;
        try (Archive a = Archive.open(src)) {
            ArchiveMoveKills.fillLarge(a, 32, 256 * 1024, SEED);
            before = ArchiveTransferTest.Snapshot.of(a);
        }
        Path out = tmp.resolve("转移");
        // the whole export once, by the real program, for its size
        Path calibration = out.resolve("校准.annalist-archive");
        ArchiveMoveKills.Run whole = ArchiveMoveKills.run(tmp, List.of("--data", src.toString(), "export-archive",
                calibration.toString()), (pid, ms) -> false);
        assertThat(whole.exit()).as("%s%n%s", whole.out(), whole.err()).isZero();
        long size = Files.size(calibration);
        assertThat(size).isGreaterThan(6L << 20);

        Path target = out.resolve("整库.annalist-archive");
        String partPrefix = "." + target.getFileName() + ".";
        Random rnd = new Random(SEED);
        List<Double> points = new ArrayList<>();
        for (int i = 0; i < 3; i++) points.add(0.02 + 0.96 * rnd.nextDouble());
        points.add(1.0); // into the last buffer of the file: the close, the force and the rename to come (or done)
        int killedWhileWriting = 0;
        int partsLeft = 0;
        for (double f : points) {
            long threshold = f >= 1.0 ? size - (64 << 10) : (long) (size * f);
            // the .part this run writes: one that was not there before it
            java.util.Set<String> earlier = ArchiveMoveKills.names(out);
            ArchiveMoveKills.Run r = ArchiveMoveKills.run(tmp, List.of("--data", src.toString(), "export-archive",
                    target.toString()), (pid, ms) -> ArchiveMoveKills.largest(out, partPrefix, ".part", earlier) >= threshold);
            // the last point may come after the program finished: then it must have finished well
            if (f < 1.0 || r.exit() != 0) {
                assertThat(r.killed()).as("kill at %.3f of %d bytes: %s%n%s", f, size, r.out(), r.err()).isTrue();
            }
            if (!Files.exists(target)) {
                killedWhileWriting++;
            } else {
                // a whole file: it verifies and moves the archive unchanged
                assertThat(ArchiveTransfer.verify(target).rows("item")).isEqualTo(before.items().size());
                Path check = tmp.resolve("核对-" + points.indexOf(f));
                try (Archive fresh = Archive.open(check)) {
                    ArchiveTransfer.importInto(fresh, target);
                    assertThat(ArchiveTransferTest.Snapshot.of(fresh)).as("kill at %.3f", f).isEqualTo(before);
                }
            }
            if (ArchiveMoveKills.largest(out, partPrefix, ".part", java.util.Set.of()) >= 0) partsLeft++;
            try (Archive a = Archive.open(src)) {
                assertThat(ArchiveTransferTest.Snapshot.of(a)).as("the source after a kill at %.3f", f).isEqualTo(before);
                List<String> bad = a.read(tx -> tx.verifyAllRevisions());
                assertThat(bad).isEmpty();
            }
        }
        assertThat(killedWhileWriting).as("kills before the first whole file reached the target").isPositive();
        assertThat(partsLeft).as("kills that left a half-written .part").isPositive();

        // the next export, by the real program, removes what the killed ones left and puts a whole file in place
        ArchiveMoveKills.Run next = ArchiveMoveKills.run(tmp, List.of("--data", src.toString(), "export-archive",
                target.toString()), (pid, ms) -> false);
        assertThat(next.exit()).as("%s%n%s", next.out(), next.err()).isZero();
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        try (Archive fresh = Archive.open(tmp.resolve("核对-末"))) {
            ArchiveTransfer.importInto(fresh, target);
            assertThat(ArchiveTransferTest.Snapshot.of(fresh)).isEqualTo(before);
        }
    }
}

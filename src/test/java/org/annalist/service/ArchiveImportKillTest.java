package org.annalist.service;

import org.annalist.store.Archive;
import org.annalist.store.ArchiveTransfer;
import org.annalist.store.PostgresLocation;
import org.annalist.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 3 for 整库迁移: {@code annalist import-archive FILE} SIGKILLed while it imports, at points chosen with a
 * fixed seed: how far the database has grown from an empty archive's size towards a whole import's (the H2 file; on
 * PostgreSQL, {@code -Dannalist.test.db=postgresql} in .ci/run, {@code pg_database_size}), so the kill falls inside the
 * import's one transaction. Reopened, the target is either empty — and the same
 * import then goes through — or complete, every item's ContentHash, revision chain and attachment equal to the
 * source's; never half.
 */
class ArchiveImportKillTest {
    private static final long SEED = 20261207L;

    @TempDir
    Path tmp;

    @Test
    void aKillDuringAnImportLeavesTheTargetEmptyOrComplete() throws Exception {
        Path file = tmp.resolve("整库.annalist-archive");
        ArchiveTransferTest.Snapshot source;
        Map<String, Long> counts;
        try (Archive a = Archive.open(tmp.resolve("源档案"))) {
            ArchiveMoveKills.fillLarge(a, 24, 256 * 1024, SEED);
            source = ArchiveTransferTest.Snapshot.of(a);
            counts = ArchiveTransfer.counts(a);
            ArchiveTransfer.export(a, file);
        }
        boolean pg = TestStores.postgres();
        // a whole import once, by the real program: how much it adds to the database
        Target cal = target("校准", pg);
        long emptySize = cal.size();
        ArchiveMoveKills.Run whole = ArchiveMoveKills.run(tmp, cal.args(file), (pid, ms) -> false);
        assertThat(whole.exit()).as("%s%n%s", whole.out(), whole.err()).isZero();
        long fullSize = cal.size();
        try (Archive done = cal.open()) {
            assertThat(ArchiveTransferTest.Snapshot.of(done)).isEqualTo(source);
        }
        cal.close();
        assertThat(fullSize - emptySize).as("what a whole import adds to the database").isGreaterThanOrEqualTo(4L << 20);

        Random rnd = new Random(SEED);
        int emptyAfterKill = 0;
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            double f = 0.05 + 0.9 * rnd.nextDouble();
            Target t = target("目标" + round, pg);
            long threshold = emptySize + (long) ((fullSize - emptySize) * f);
            ArchiveMoveKills.Run r = ArchiveMoveKills.run(tmp, t.args(file), (pid, ms) -> t.size() >= threshold);
            // the database may have grown that far only as the import finished: then it finished well
            if (!r.killed()) assertThat(r.exit()).as("round %d at %.3f: %s%n%s", round, f, r.out(), r.err()).isZero();
            try (Archive after = t.open()) {
                if (ArchiveMoveKills.empty(after)) {
                    emptyAfterKill++;
                    outcomes.add(String.format("%.3f: empty", f));
                    ArchiveTransfer.importInto(after, file); // the same import again goes through
                } else {
                    outcomes.add(String.format("%.3f: complete%s", f, r.killed() ? "" : " (not killed)"));
                }
                assertThat(ArchiveTransfer.counts(after)).as("round %d at %.3f", round, f).isEqualTo(counts);
                assertThat(ArchiveTransferTest.Snapshot.of(after)).as("round %d at %.3f", round, f).isEqualTo(source);
                List<String> bad = after.read(tx -> tx.verifyAllRevisions());
                assertThat(bad).isEmpty();
            } finally {
                t.close();
            }
        }
        assertThat(emptyAfterKill).as("kills inside the import's transaction: %s", outcomes).isPositive();
    }

    /** A new empty archive: an H2 folder (made and migrated here, for the empty file's size) or a PostgreSQL database. */
    private Target target(String name, boolean pg) {
        Path dir = tmp.resolve(name);
        if (pg) return new Target(dir, TestStores.freshDatabase());
        Archive.open(dir).close();
        return new Target(dir, null);
    }

    /** Where an import goes; its size: the H2 file's bytes, or PostgreSQL's {@code pg_database_size}. */
    private static final class Target implements AutoCloseable {
        final Path dir;
        final String db;
        private java.sql.Connection watch;

        Target(Path dir, String db) {
            this.dir = dir;
            this.db = db;
        }

        List<String> args(Path file) {
            return db == null ? List.of("--data", dir.toString(), "import-archive", file.toString())
                    : List.of("--db", db, "import-archive", file.toString());
        }

        Archive open() {
            return db == null ? Archive.open(dir) : Archive.openPostgres(db);
        }

        long size() throws java.io.IOException {
            if (db == null) return Files.size(dir.resolve(Archive.DATABASE_FILE));
            try {
                if (watch == null) {
                    PostgresLocation at = PostgresLocation.parse(db);
                    watch = java.sql.DriverManager.getConnection(at.jdbcUrl(), at.user(), at.password());
                }
                try (var st = watch.createStatement(); var rs = st.executeQuery("SELECT pg_database_size(current_database())")) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (java.sql.SQLException e) {
                throw new java.io.IOException(e);
            }
        }

        @Override
        public void close() throws java.sql.SQLException {
            if (watch != null) watch.close();
        }
    }
}

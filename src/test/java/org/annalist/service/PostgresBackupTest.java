package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.store.Archive;
import org.annalist.store.ContentHash;
import org.annalist.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backups of a PostgreSQL archive (on the tests' real server in the PostgreSQL pass of .ci/run; in the plain pass an
 * H2 archive backed up the same way, through the transfer file): written through the transfer file into the data
 * folder's 备份 with the same rotation, listed, verified and previewed like an H2 backup, restored into an empty
 * PostgreSQL database with every item's ContentHash the same; a non-empty target and an H2 copy into PostgreSQL are
 * refused. And a manual backup killed in another folder leaves a .part that the next backup there removes.
 */
class PostgresBackupTest {
    private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tmp;

    private static Map<Long, String> hashes(Archive a) {
        Map<Long, String> m = new TreeMap<>();
        for (var i : new org.annalist.store.H2ArchiveCopies(a).inventory().items()) {
            Item item = a.read(tx -> tx.item(i.id())).orElseThrow();
            m.put(i.id(), ContentHash.of(item) + " r" + item.revision());
        }
        return m;
    }

    /**
     * The store of {@code dir} as a restore names it: its PostgreSQL location in the PostgreSQL pass (a new database,
     * opened by {@link #open}), else null (the H2 archive of the data folder {@code dir}).
     */
    private static String location(Path dir) {
        return TestStores.postgres() ? TestStores.freshDatabase() : null;
    }

    private static Archive open(Path dir, String location) {
        return location != null ? Archive.openPostgres(location) : Archive.open(dir);
    }

    /**
     * The backups of the archive: a PostgreSQL archive's own (transfer copies); in the plain pass an H2 archive backed
     * up through the same transfer copies, which is what a PostgreSQL archive's backup is.
     */
    private static BackupService backups(AnnalistSession s, Archive archive, Path data) {
        return archive.postgres() ? s.backups(CLOCK)
                : new BackupService(new org.annalist.store.TransferArchiveCopies(archive), data, CLOCK, BackupRotation.DEFAULT);
    }

    @Test
    void aPostgresqlArchiveIsBackedUpAndRestoredIntoAnEmptyOne() throws Exception {
        Path data = tmp.resolve("data");
        String first = location(tmp.resolve("first"));
        Map<Long, String> before;
        Path backup;
        try (Archive pg = open(tmp.resolve("first"), first);
             AnnalistSession s = AnnalistSession.on(data, pg, "编辑甲")) {
            new DemoService(pg, new ImportService(pg, Importers.standard(), "编辑甲")).buildAll(Path.of("archive"));
            s.imports().importBytes("补.txt", "补充稿\n\n正文一句。\n".getBytes(StandardCharsets.UTF_8), null);
            before = hashes(pg);
            backup = backups(s, pg, data).automatic("manual");
            assertThat(backup.getParent()).isEqualTo(BackupService.folder(data));
            BackupManifest m = BackupService.read(backup);
            assertThat(m.format()).isEqualTo("annalist-archive");
            assertThat(m.itemCount()).isEqualTo(before.size());
            assertThat(backups(s, pg, data).preview(backup).identical()).isTrue();
        }
        // restoring into the archive it came from is refused: it is not empty
        Path source = tmp.resolve("first");
        assertThatThrownBy(() -> BackupRestore.restore(source, first, false, "编辑甲", backup, CLOCK))
                .isInstanceOf(BackupException.class).hasMessageContaining(backup.toString())
                .hasMessageContaining("只能恢复到空档案库");
        try (ZipFile z = new ZipFile(backup.toFile())) {
            assertThat(z.getEntry("manifest.txt")).isNotNull();
            assertThat(z.getEntry("annalist-archive.txt")).isNotNull();
        }
        BackupService.verify(backup);
        assertThat(BackupService.list(data)).extracting(BackupService.Listed::file).containsExactly(backup);
        assertThat(BackupService.newestGood(data)).contains(backup);

        Path emptyDir = tmp.resolve("empty");
        String empty = location(emptyDir);
        BackupRestore.Result r = BackupRestore.restore(emptyDir, empty, false, "编辑乙", backup, CLOCK);
        assertThat(r.restored().itemCount()).isEqualTo(before.size());
        try (Archive restored = open(emptyDir, empty)) {
            assertThat(hashes(restored)).isEqualTo(before);
        }

        // a damaged backup is found out before anything is restored
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x01;
        Path damaged = tmp.resolve("损坏.annalist-backup");
        Files.write(damaged, bytes);
        assertThatThrownBy(() -> BackupService.verify(damaged)).isInstanceOf(BackupException.class)
                .hasMessageContaining(damaged.toString());
        Path untouchedDir = tmp.resolve("untouched");
        String untouched = location(untouchedDir);
        assertThatThrownBy(() -> BackupRestore.restore(untouchedDir, untouched, false, "编辑乙", damaged, CLOCK))
                .isInstanceOf(BackupException.class);
        try (Archive still = open(untouchedDir, untouched)) {
            assertThat(org.annalist.store.ArchiveTransfer.counts(still)).allSatisfy((t, n) -> assertThat(n).as(t).isZero());
        }
    }

    @Test
    void anH2BackupIsNotRestoredIntoPostgresql() throws Exception {
        Path data = tmp.resolve("h2");
        Path backup;
        try (AnnalistSession s = AnnalistSession.open(data, null, false, "编辑甲")) {
            s.imports().importBytes("一.txt", "一\n\n正文。\n".getBytes(StandardCharsets.UTF_8), null);
            backup = s.backups(CLOCK).automatic("manual");
        }
        // refused before any connection is made, so the plain pass needs no server for it
        String empty = TestStores.postgres() ? TestStores.freshDatabase() : "postgresql://127.0.0.1:9/none?user=annalist";
        assertThatThrownBy(() -> BackupRestore.restore(data, empty, false, "编辑甲", backup, CLOCK))
                .isInstanceOf(BackupException.class).hasMessageContaining("不能直接恢复到 PostgreSQL");
    }

    @Test
    void aKilledManualBackupsPartFileIsRemovedByTheNextBackupToThatFolder() throws Exception {
        Path data = tmp.resolve("data");
        Path elsewhere = tmp.resolve("U盘");
        Files.createDirectories(elsewhere);
        // what a backup killed while writing leaves: its temporary file, last written an hour ago
        Path stale = elsewhere.resolve(".年鉴.annalist-backup.1a2b3c4d.part");
        Files.writeString(stale, "半个备份");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        // one being written right now by another program stays
        Path live = elsewhere.resolve(".别的.annalist-backup.5e6f7a8b.part");
        Files.writeString(live, "正在写");
        Path other = elsewhere.resolve("说明.part");
        Files.writeString(other, "不是备份的文件");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        try (AnnalistSession s = AnnalistSession.open(data, null, false, "编辑甲")) {
            s.imports().importBytes("一.txt", "一\n\n正文。\n".getBytes(StandardCharsets.UTF_8), null);
            s.backups(CLOCK).write(elsewhere.resolve("年鉴.annalist-backup"), "manual");
        }
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("年鉴.annalist-backup", live.getFileName().toString(), "说明.part");
        }
    }
}

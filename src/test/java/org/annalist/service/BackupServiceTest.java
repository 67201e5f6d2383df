package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.store.Archive;
import org.annalist.store.ContentHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Backups of a real H2 archive in a temp folder: written whole, previewed, restored, and the way back from damage. */
class BackupServiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-05T02:00:00Z"), SHANGHAI);

    @TempDir
    Path tmp;

    private static long importText(AnnalistSession s, String name, String text) {
        return s.imports().importBytes(name, text.getBytes(StandardCharsets.UTF_8), null).items().get(0).id();
    }

    /** item id → ContentHash of its current content: what "the same archive" means. */
    private static Map<Long, String> hashes(Path data) {
        try (Archive a = Archive.open(data)) {
            Map<Long, String> m = new TreeMap<>();
            for (org.annalist.store.ArchiveCopies.ItemState i : new org.annalist.store.H2ArchiveCopies(a).inventory().items()) {
                Item item = a.read(tx -> tx.item(i.id())).orElseThrow();
                m.put(i.id(), ContentHash.of(item));
            }
            return m;
        }
    }

    @Test
    void aBackupIsOneWholeFileWithAManifestThatMatchesTheArchive() throws Exception {
        Path data = tmp.resolve("data");
        Path target = tmp.resolve("外发/年鉴 备份.annalist-backup");
        long a;
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            a = importText(s, "一.txt", "某县2022年工作\n\n全县经济稳步增长。\n");
            importText(s, "二.txt", "教育\n\n新建学校三所。\n");
            BackupManifest m = s.backups(CLOCK).write(target, "manual");
            assertThat(m.itemCount()).isEqualTo(2);
            assertThat(m.created()).isEqualTo(CLOCK.instant());
            Item item = s.editing().item(a).orElseThrow();
            assertThat(m.contents().items().get(0).sha256()).isEqualTo(ContentHash.of(item));
            assertThat(m.contents().schemaVersion()).isGreaterThanOrEqualTo(10);
        }
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("年鉴 备份.annalist-backup");
        }
        try (ZipFile z = new ZipFile(target.toFile())) {
            assertThat(z.getEntry("manifest.txt")).isNotNull();
            assertThat(z.getEntry("annalist.mv.db")).isNotNull();
        }
        BackupManifest read = BackupService.read(target);
        assertThat(read.reason()).isEqualTo("manual");
        assertThat(read.format()).isEqualTo("h2");
        assertThat(read.contents().items()).extracting(BackupManifest.Entry::title).containsExactly("某县2022年工作", "教育");
        BackupService.verify(target);
    }

    @Test
    void thePreviewTellsWhatRestoringChangesAndTheRestoreBringsBackTheSameContent() throws Exception {
        Path data = tmp.resolve("data");
        Path backup = tmp.resolve("b.annalist-backup");
        long a;
        long b;
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            a = importText(s, "一.txt", "某县2022年工作\n\n全县经济稳步增长。\n");
            b = importText(s, "二.txt", "教育\n\n新建学校三所。\n");
            s.backups(CLOCK).write(backup, "manual");
        }
        Map<Long, String> atBackup = hashes(data);
        long c;
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑乙")) {
            Item item = s.editing().item(a).orElseThrow();
            s.editing().save(item.withBody(item.body() + "\n\n补记：新增市场主体1200户。\n"), "补记");
            c = importText(s, "三.txt", "卫生\n\n新建医院一所。\n");
            BackupService.Preview p = s.backups(CLOCK).preview(backup);
            assertThat(p.changed()).extracting(ch -> ch.inBackup().id()).containsExactly(a);
            assertThat(p.changed().get(0).inBackup().revision()).isEqualTo(1);
            assertThat(p.changed().get(0).inArchive().revision()).isEqualTo(2);
            assertThat(p.onlyInArchive()).extracting(BackupManifest.Entry::id).containsExactly(c);
            assertThat(p.onlyInBackup()).isEmpty();
            assertThat(p.identical()).isFalse();
        }
        assertThat(hashes(data)).isNotEqualTo(atBackup);
        BackupRestore.Result r = BackupRestore.restore(data, false, "编辑乙", backup, CLOCK);
        assertThat(hashes(data)).isEqualTo(atBackup).containsKeys(a, b);
        // the archive as it was before the restore was itself backed up first, and holds the later work
        assertThat(r.safetyBackup()).isNotNull().exists();
        assertThat(BackupService.read(r.safetyBackup()).contents().items()).extracting(BackupManifest.Entry::id).contains(c);
        assertThat(BackupService.read(r.safetyBackup()).reason()).isEqualTo("before-restore");
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑乙")) {
            assertThat(s.backups(CLOCK).preview(backup).identical()).isTrue();
            assertThat(s.checkIntegrity().ok()).isTrue();
        }
    }

    @Test
    void aDamagedArchiveNamesTheNewestGoodBackupAndIsRestoredFromIt() throws Exception {
        Path data = tmp.resolve("data");
        Path newest;
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            importText(s, "一.txt", "某县2022年工作\n\n全县经济稳步增长。\n");
            s.backups(Clock.offset(CLOCK, java.time.Duration.ofHours(-2))).automatic("start");
            importText(s, "二.txt", "教育\n\n新建学校三所。\n");
            newest = s.backups(CLOCK).automatic("timer");
        }
        Map<Long, String> good = hashes(data);
        // a later backup, damaged in the middle of its archive copy: not offered
        Path broken = BackupService.folder(data).resolve("annalist-20240305-110000.annalist-backup");
        Files.copy(newest, broken);
        damage(broken, Files.size(broken) / 2);
        assertThatThrownBy(() -> BackupService.verify(broken)).isInstanceOf(BackupException.class)
                .hasMessageContaining(broken.toString()).hasMessageContaining("损坏");

        Path db = data.resolve("annalist.mv.db");
        damage(db, 0);
        assertThatThrownBy(() -> AnnalistSession.open(data, false, "编辑甲"))
                .isInstanceOf(ArchiveUnavailableException.class)
                .hasMessageContaining(db.toString())
                .hasMessageContaining("最近的完好备份是 " + newest)
                .hasMessageContaining("annalist restore-backup \"" + newest + "\"");

        BackupRestore.Result r = BackupRestore.restore(data, false, "编辑甲", newest, CLOCK);
        assertThat(r.safetyBackup()).isNull();
        assertThat(r.damagedMovedTo()).exists().hasFileName("annalist-damaged-20240305-100000.mv.db");
        assertThat(hashes(data)).isEqualTo(good);
    }

    @Test
    void aFileThatIsNotABackupGetsAMessageNamingIt() throws Exception {
        Path notZip = tmp.resolve("照片.annalist-backup");
        Files.writeString(notZip, "这不是备份");
        assertThatThrownBy(() -> BackupService.read(notZip)).isInstanceOf(BackupException.class)
                .hasMessageContaining(notZip.toString()).hasMessageContaining("不是 Annalist 备份");
        Path missing = tmp.resolve("没有.annalist-backup");
        assertThatThrownBy(() -> BackupService.read(missing)).hasMessageContaining("不存在").hasMessageContaining(missing.toString());
        Path data = tmp.resolve("data");
        AnnalistSession.open(data, false, "编辑甲").close();
        assertThatThrownBy(() -> BackupRestore.restore(data, false, "编辑甲", notZip, CLOCK)).isInstanceOf(BackupException.class);
        assertThat(BackupService.folder(data)).doesNotExist(); // refused before anything was done
    }

    @Test
    void automaticBackupsArePrunedByTheRotation() throws Exception {
        Path data = tmp.resolve("data");
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            importText(s, "一.txt", "某县2022年工作\n\n全县经济稳步增长。\n");
            Instant start = CLOCK.instant();
            // 12 backups an hour apart, with keepLast 3: the 3 newest and the newest of each day remain
            BackupRotation rotation = new BackupRotation(3, 7, 4);
            for (int h = 0; h < 12; h++) {
                s.backups(Clock.fixed(start.plusSeconds(3600L * h), SHANGHAI), rotation).automatic("timer");
            }
            Path hand = BackupService.folder(data).resolve("我的备份.annalist-backup");
            s.backups(CLOCK).write(hand, "manual");
            List<String> names;
            try (Stream<Path> f = Files.list(BackupService.folder(data))) {
                names = f.map(p -> p.getFileName().toString()).sorted().toList();
            }
            // 10:00 … 21:00 Shanghai on 5 March; 2024-03-06 00:00 would be a new day, so one day only
            assertThat(names).containsExactly("annalist-20240305-190000.annalist-backup",
                    "annalist-20240305-200000.annalist-backup", "annalist-20240305-210000.annalist-backup",
                    "我的备份.annalist-backup");
            assertThat(BackupService.list(data)).hasSize(4);
        }
    }

    private static void damage(Path file, long at) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[8192];
            java.util.Arrays.fill(junk, (byte) 0x5a);
            f.seek(at);
            f.write(junk);
        }
    }
}

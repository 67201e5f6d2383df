package org.annalist.ui;

import org.annalist.model.Item;
import org.annalist.service.AnnalistSession;
import org.annalist.service.BackupService;
import org.annalist.service.SameThreadTaskExecutor;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, backups: the desktop checks the whole archive when it opens it (every revision's SHA-256, every 审稿单
 * chain). A damaged archive is not backed up over the good backups and the editor is offered the 备份与恢复 window; an
 * archive too damaged to open is restored, when the editor agrees, from the newest whole backup.
 */
class ArchiveIntegrityAtStartTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void chinese() {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private long archiveWithTwoRevisions(Path data) {
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            long id = s.imports().importBytes("工业.txt", "工业\n\n全年完成工业总产值120亿元。\n".getBytes(StandardCharsets.UTF_8), null)
                    .items().get(0).id();
            Item item = s.editing().item(id).orElseThrow();
            s.editing().save(item.withBody(item.body() + "\n\n补记：新建园区一处。\n"), "补记");
            return id;
        }
    }

    private MainViewModel open(Path data, RecordingDialogs dialogs) {
        MainViewModel vm = new MainViewModel(new UserSettings(data.toString(), "", "", "编辑甲", "zh"), false,
                new SameThreadTaskExecutor(), dialogs, ms -> Coalescer.immediate());
        vm.openArchive(() -> {
        });
        return vm;
    }

    @Test
    void aRevisionWhoseTextNoLongerMatchesItsHashPausesBackupsAndOffersTheWayBack() throws Exception {
        Path data = tmp.resolve("data");
        long id = archiveWithTwoRevisions(data);
        // what a failing disk or a hand edit does: the first revision's text changes under its hash
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("annalist"), "annalist", "");
             Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER revision_immutable");
            assertThat(st.executeUpdate("UPDATE revision SET body = REPLACE(body, '120', '210') WHERE item_id = " + id
                    + " AND number = 1")).isEqualTo(1);
            st.execute("CREATE TRIGGER revision_immutable BEFORE UPDATE, DELETE ON revision FOR EACH ROW CALL "
                    + "'org.annalist.store.ImmutableRowTrigger'");
        }
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.confirmAnswer = true;
        boolean[] shown = {false};
        MainViewModel vm = new MainViewModel(new UserSettings(data.toString(), "", "", "编辑甲", "zh"), false,
                new SameThreadTaskExecutor(), dialogs, ms -> Coalescer.immediate());
        vm.showBackupsWith(() -> shown[0] = true);
        vm.openArchive(() -> {
        });
        try {
            assertThat(vm.sessionProperty().get()).isNotNull();
            assertThat(dialogs.confirms).hasSize(1);
            assertThat(dialogs.confirms.get(0)).startsWith("档案库内容有损坏").contains(id + "#1")
                    .contains("1 个修订的内容与它的校验值").contains("暂停自动备份");
            assertThat(shown[0]).isTrue();
            assertThat(vm.statusProperty().get()).contains("暂停自动备份");
            Thread.sleep(1500); // an automatic backup on start would be written by now
            assertThat(BackupService.list(data)).isEmpty();
        } finally {
            vm.close();
        }
    }

    @Test
    void aWholeArchiveIsBackedUpOnStartWithoutAQuestion() throws Exception {
        Path data = tmp.resolve("data");
        archiveWithTwoRevisions(data);
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel vm = open(data, dialogs);
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (BackupService.list(data).isEmpty() && System.nanoTime() < until) Thread.sleep(100);
            assertThat(BackupService.list(data)).extracting(l -> l.manifest().reason()).containsExactly("start");
            assertThat(dialogs.confirms).isEmpty();
            assertThat(dialogs.errors).isEmpty();
        } finally {
            vm.close();
        }
    }

    @Test
    void anArchiveTooDamagedToOpenIsRestoredFromTheNewestWholeBackupWhenTheEditorAgrees() throws Exception {
        Path data = tmp.resolve("data");
        long id = archiveWithTwoRevisions(data);
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            s.backups().automatic("manual");
        }
        Path db = data.resolve("annalist.mv.db");
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 0; i < bytes.length; i += 512) bytes[i] = (byte) ~bytes[i];
        Files.write(db, bytes);

        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.confirmAnswer = true;
        MainViewModel vm = open(data, dialogs);
        try {
            assertThat(dialogs.confirms).hasSize(1);
            assertThat(dialogs.confirms.get(0)).startsWith("档案库已经损坏").contains(db.toString())
                    .contains("要现在从备份");
            assertThat(vm.sessionProperty().get()).isNotNull();
            assertThat(vm.sessionProperty().get().editing().item(id).orElseThrow().revision()).isEqualTo(2);
            try (var files = Files.list(data)) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("annalist-damaged-"));
            }
        } finally {
            vm.close();
        }
    }

    @Test
    void anArchiveTooDamagedToOpenStaysClosedWhenTheEditorSaysNo() throws Exception {
        Path data = tmp.resolve("data");
        archiveWithTwoRevisions(data);
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            s.backups().automatic("manual");
        }
        Path db = data.resolve("annalist.mv.db");
        Files.write(db, "这不是数据库".repeat(500).getBytes(StandardCharsets.UTF_8));
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.confirmAnswer = false;
        MainViewModel vm = open(data, dialogs);
        try {
            assertThat(dialogs.confirms).hasSize(1);
            assertThat(vm.sessionProperty().get()).isNull();
            assertThat(Files.readString(db, StandardCharsets.UTF_8)).startsWith("这不是数据库");
        } finally {
            vm.close();
        }
    }
}

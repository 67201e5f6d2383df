package org.annalist.service;

import org.annalist.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The automatic backups on a real archive: one on start, one on exit only when something was saved. */
class AutoBackupsTest {
    @TempDir
    Path tmp;

    @Test
    void backsUpOnStartAndOnExitOnlyAfterASave() throws Exception {
        Path data = tmp.resolve("data");
        List<Exception> problems = new ArrayList<>();
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            long id = s.imports().importBytes("一.txt", "标题\n\n正文。\n".getBytes(StandardCharsets.UTF_8), null).items().get(0).id();
            AutoBackups auto = new AutoBackups(s.backups(), Duration.ofHours(1), problems::add).start();
            assertThat(auto.runNow("manual").get(60, TimeUnit.SECONDS)).isNotNull();
            assertThat(BackupService.list(data)).extracting(l -> l.manifest().reason()).containsExactlyInAnyOrder("start", "manual");
            auto.close(); // nothing saved since: no backup on exit
            assertThat(BackupService.list(data)).hasSize(2);

            AutoBackups again = new AutoBackups(s.backups(), Duration.ofHours(1), problems::add).start();
            again.runNow("manual").get(60, TimeUnit.SECONDS);
            Item item = s.editing().item(id).orElseThrow();
            s.editing().save(item.withBody(item.body() + "\n\n补记。\n"), "补记");
            again.close();
            List<BackupService.Listed> all = BackupService.list(data);
            assertThat(all).extracting(l -> l.manifest().reason()).contains("exit");
            BackupService.Listed exit = all.stream().filter(l -> l.manifest().reason().equals("exit")).findFirst().orElseThrow();
            assertThat(exit.manifest().contents().items().get(0).revision()).isEqualTo(2);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void newSettingsTakeOverTheTimerWithoutABackupUntilSomethingIsSaved() throws Exception {
        Path data = tmp.resolve("data2");
        List<Exception> problems = new ArrayList<>();
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            long id = s.imports().importBytes("一.txt", "标题\n\n正文。\n".getBytes(StandardCharsets.UTF_8), null).items().get(0).id();
            AutoBackups first = new AutoBackups(s.backups(), Duration.ofHours(1), problems::add).start();
            first.runNow("manual").get(60, TimeUnit.SECONDS); // after the one on start
            first.stop();
            // the settings now say every second
            AutoBackups next = new AutoBackups(s.backups(), Duration.ofSeconds(1), problems::add).continueFrom(first);
            Thread.sleep(2500);
            assertThat(BackupService.list(data)).extracting(l -> l.manifest().reason()).containsExactlyInAnyOrder("start", "manual");
            Item item = s.editing().item(id).orElseThrow();
            s.editing().save(item.withBody(item.body() + "\n\n补记。\n"), "补记");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (BackupService.list(data).stream().noneMatch(l -> l.manifest().reason().equals("timer"))
                    && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            next.stop();
            assertThat(BackupService.list(data)).extracting(l -> l.manifest().reason()).contains("timer");
        }
        assertThat(problems).isEmpty();
    }
}

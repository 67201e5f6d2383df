package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.store.Archive;
import org.annalist.store.H2ArchiveCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One copy per backup while another thread keeps saving (a batch import, an editor's saves): the manifest describes
 * exactly the copy in the backup — read back by opening that copy — also for the backups during which saves landed.
 */
class BackupWhileSavingTest {
    @TempDir
    Path tmp;

    @Test
    void theManifestDescribesTheCopyEvenWhenSavesLandDuringTheBackup() throws Exception {
        Path data = tmp.resolve("data");
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            List<Long> ids = new ArrayList<>();
            String filler = "全县经济稳步增长，各项事业全面发展。".repeat(400);
            for (int i = 0; i < 40; i++) {
                ids.add(s.imports().importBytes("稿" + i + ".txt",
                        ("第" + i + "篇\n\n" + filler + i + "\n").getBytes(StandardCharsets.UTF_8), null).items().get(0).id());
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger saved = new AtomicInteger();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread saver = new Thread(() -> {
                try {
                    for (int n = 0; !stop.get(); n++) {
                        long id = ids.get(n % ids.size());
                        Item it = s.editing().item(id).orElseThrow();
                        s.editing().save(it.withBody(it.body() + "\n\n第" + n + "次修改。\n"), "编辑乙");
                        saved.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failed.set(t);
                }
            }, "saver");
            BackupService backups = s.backups(Clock.systemDefaultZone());
            int overlapped = 0;
            saver.start();
            try {
                for (int b = 0; b < 30 && overlapped < 3; b++) {
                    Path file = tmp.resolve("备份" + b + ".annalist-backup");
                    int before = saved.get();
                    BackupManifest m = backups.write(file, "manual");
                    if (saved.get() != before) overlapped++;
                    BackupService.verify(file);
                    var copied = BackupManifest.Contents.of(new H2ArchiveCopies(null).inventoryOf(file));
                    assertThat(m.contents()).as("manifest of backup %d against its copy", b).isEqualTo(copied);
                }
            } finally {
                stop.set(true);
                saver.join();
            }
            assertThat(failed.get()).isNull();
            assertThat(overlapped).as("backups during which saves landed").isGreaterThanOrEqualTo(3);
        }
        try (Archive a = Archive.open(data)) {
            assertThat(new H2ArchiveCopies(a).inventory().items()).hasSize(40);
        }
    }
}

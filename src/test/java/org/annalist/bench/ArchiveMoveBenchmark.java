package org.annalist.bench;

import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemStatus;
import org.annalist.service.AnnalistSession;
import org.annalist.service.AutoBackups;
import org.annalist.service.ItemEditing;
import org.annalist.store.Archive;
import org.annalist.store.ArchiveTransfer;
import org.annalist.testing.TestStores;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Backups, saves and whole-archive moves measured on an archive of {@code N} items (default 10,000), each with its
 * original, made from the texts of {@code archive/seeds/} (each item a seed text with its own number; its original
 * the same text as a .txt file):
 * <pre>
 * ./mvnw -B -o -q test-compile
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.annalist.bench.ArchiveMoveBenchmark archive/seeds 10000 200
 * </pre>
 * Prints: the H2 backup (written on the backup thread while this thread keeps saving — how long the saves of the
 * window wait meanwhile), a save on H2 and on PostgreSQL over loopback (the tests' server, started here), the
 * transfer file's export and import each way, and a PostgreSQL backup. {@code uptime} before and after.
 */
public final class ArchiveMoveBenchmark {
    private ArchiveMoveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args.length > 0 ? args[0] : "archive/seeds");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int saves = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        System.out.println("uptime: " + uptime());
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path p : files.sorted().toList()) texts.add(Files.readString(p));
        }
        Path dir = Files.createTempDirectory("annalist-move-bench");
        Path h2Dir = dir.resolve("h2");
        try (Archive h2 = Archive.open(h2Dir); AnnalistSession s = AnnalistSession.on(h2Dir, h2, "基准")) {
            long t0 = System.nanoTime();
            long originals = fill(h2, texts, n);
            System.out.printf("made %,d items with originals (%.1f MB of originals) in %.1f s%n", n, originals / 1048576.0,
                    secs(t0));

            // the backup alone, then on its own thread (as AutoBackups runs it) while this thread saves every second as
            // an editor's autosave would: how long a save waits while the backup runs
            long a0 = System.nanoTime();
            Path alone = s.backups().automatic("manual");
            System.out.printf("H2 backup of %,d items: %.1f s, %.1f MB%n", n, secs(a0), Files.size(alone) / 1048576.0);
            long item = 1;
            ItemEditing editing = s.editing();
            AutoBackups auto = new AutoBackups(s.backups(), Duration.ofHours(1), e -> { throw new IllegalStateException(e); });
            long b0 = System.nanoTime();
            var future = auto.runNow("manual");
            List<Long> during = new ArrayList<>();
            while (!future.isDone()) {
                Item it = editing.item(item).orElseThrow();
                long t = System.nanoTime();
                editing.save(it.withBody(it.body() + "\n\n备份期间的修改。\n"), "基准");
                during.add(System.nanoTime() - t);
                Thread.sleep(1000);
            }
            Path file = future.get(10, TimeUnit.MINUTES);
            System.out.printf("H2 backup on the backup thread while saving every second: %.1f s (%s); %d saves meanwhile,"
                    + " longest %.0f ms%n", secs(b0), file.getFileName(), during.size(),
                    during.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
            auto.stop();
            double h2Save = medianSave(editing, 2, saves);

            Path transfer = dir.resolve("整库.annalist-archive");
            long e0 = System.nanoTime();
            ArchiveTransfer.Summary sum = ArchiveTransfer.export(h2, transfer);
            System.out.printf("transfer export from H2: %.1f s, %.1f MB, %,d rows%n", secs(e0), Files.size(transfer) / 1048576.0,
                    sum.tables().stream().mapToLong(ArchiveTransfer.TableInfo::rows).sum());

            String pgLocation = TestStores.freshDatabase();
            try (Archive pg = Archive.openPostgres(pgLocation); AnnalistSession ps = AnnalistSession.on(dir.resolve("pg"), pg, "基准")) {
                long i0 = System.nanoTime();
                ArchiveTransfer.importInto(pg, transfer);
                System.out.printf("transfer import into PostgreSQL: %.1f s%n", secs(i0));
                double pgSave = medianSave(ps.editing(), 3, saves);
                System.out.printf("save of one item, median of %d: H2 %.1f ms, PostgreSQL over loopback %.1f ms (%.2f×)%n",
                        saves, h2Save, pgSave, pgSave / h2Save);
                Path back = dir.resolve("回.annalist-archive");
                long x0 = System.nanoTime();
                ArchiveTransfer.export(pg, back);
                System.out.printf("transfer export from PostgreSQL: %.1f s%n", secs(x0));
                long pb0 = System.nanoTime();
                Path pgBackup = ps.backups().automatic("manual");
                System.out.printf("PostgreSQL backup (transfer copy): %.1f s, %.1f MB%n", secs(pb0), Files.size(pgBackup) / 1048576.0);
                try (Archive h2b = Archive.open(dir.resolve("h2b"))) {
                    long y0 = System.nanoTime();
                    ArchiveTransfer.importInto(h2b, back);
                    System.out.printf("transfer import into H2: %.1f s%n", secs(y0));
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.println("uptime: " + uptime());
    }

    /** n items of the 收稿箱, each with its original, 500 to a transaction. */
    private static long fill(Archive archive, List<String> texts, int n) {
        long bytes = 0;
        for (int start = 0; start < n; start += 500) {
            int from = start;
            int to = Math.min(n, start + 500);
            bytes += archive.inTransaction(tx -> {
                long b = 0;
                for (int i = from; i < to; i++) {
                    String text = texts.get(i % texts.size());
                    String title = text.lines().findFirst().orElse("稿件").strip() + "（第" + (i + 1) + "篇）";
                    String body = text + "\n\n（编号 " + (i + 1) + "）\n";
                    Item item = tx.insertItem(new Item(0, null, ItemKind.ARTICLE, title, null, body, ItemStatus.RECEIVED,
                            null, 0, 0, null, null), "基准", null);
                    byte[] original = body.getBytes(StandardCharsets.UTF_8);
                    tx.insertAttachment(item.id(), "稿件" + (i + 1) + ".txt", "text/plain", original, "基准");
                    b += original.length;
                }
                return b;
            });
        }
        return bytes;
    }

    private static double medianSave(ItemEditing editing, long id, int saves) {
        long[] nanos = new long[saves];
        for (int i = 0; i < saves + 20; i++) {
            Item item = editing.item(id).orElseThrow();
            long t0 = System.nanoTime();
            editing.save(item.withBody(item.body() + "\n\n第" + i + "次修改。\n"), "基准");
            long t = System.nanoTime() - t0;
            if (i >= 20) nanos[i - 20] = t;
        }
        Arrays.sort(nanos);
        return nanos[saves / 2] / 1e6;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            return "(uptime: " + e.getMessage() + ")";
        }
    }
}

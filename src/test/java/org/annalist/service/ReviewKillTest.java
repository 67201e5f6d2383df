package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.model.ItemStatus;
import org.annalist.model.ReviewSheet;
import org.annalist.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 3: a SIGKILL in the middle of a review step. A child JVM signs 初审 → 复审 → 终审 → 定稿 for one item
 * after another and is killed at a moment chosen with a fixed seed; reopened, the archive holds every step the
 * child saw returned, each item's state agrees with its 审稿单 (a step is its state change and its signed record
 * together, or neither: no state without its record, no record without its state), and the revision hashes and
 * the 审稿单 chains verify.
 */
class ReviewKillTest {
    private static final long SEED = 20261206L;
    /** The state after n steps of the path to 定稿 (SUBMIT, PASS, PASS, ACCEPT). */
    private static final List<ItemStatus> AFTER = List.of(ItemStatus.RECEIVED, ItemStatus.FIRST_REVIEW,
            ItemStatus.SECOND_REVIEW, ItemStatus.FINAL_REVIEW, ItemStatus.FINALISED);

    @TempDir
    Path tmp;

    @Test
    void aKillDuringReviewStepsLeavesEveryStepWholeOrAbsent() throws Exception {
        Random rnd = new Random(SEED);
        for (int round = 0; round < 3; round++) {
            Path data = tmp.resolve("data" + round);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ReviewLoopChild.class.getName(),
                    data.toString(), "40")
                    .redirectError(Files.createTempFile(tmp, "child", ".err").toFile()).start();
            Map<Long, Integer> seen = new HashMap<>();
            long[] first = {-1};
            List<String> lines = new ArrayList<>();
            int stopAfter = 8 + rnd.nextInt(40);
            boolean killed = false;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
                int signed = 0;
                long last = System.nanoTime(), took = 0;
                for (String line; System.nanoTime() < deadline && (line = r.readLine()) != null; ) {
                    lines.add(line);
                    long now = System.nanoTime();
                    if (line.startsWith("READY ")) first[0] = Long.parseLong(line.substring(6));
                    if (!line.startsWith("SIGNED ")) {
                        last = now;
                        continue;
                    }
                    String[] f = line.split(" ");
                    seen.put(Long.parseLong(f[1]), Integer.parseInt(f[2]));
                    took = now - last;
                    last = now;
                    if (++signed == stopAfter) {
                        // somewhere inside the next step: between 5 % and 95 % of how long the last one took
                        TimeUnit.NANOSECONDS.sleep((long) (took * (0.05 + 0.9 * rnd.nextDouble())));
                        p.destroyForcibly(); // SIGKILL
                        killed = true;
                        break;
                    }
                }
            } finally {
                if (!killed) p.destroyForcibly();
            }
            p.waitFor(60, TimeUnit.SECONDS);
            assertThat(killed).as("round %d, child output:%n%s", round, String.join("\n", lines)).isTrue();

            try (Archive archive = Archive.open(data)) {
                ReviewWorkflow review = new ReviewWorkflow(archive, "甲");
                Long section = archive.read(tx -> tx.item(first[0])).orElseThrow().sectionId();
                List<Item> items = archive.read(tx -> tx.items(section));
                assertThat(items).hasSize(40);
                int checked = 0;
                for (Map.Entry<Long, Integer> e : seen.entrySet()) {
                    Item item = archive.read(tx -> tx.item(e.getKey())).orElseThrow();
                    List<ReviewSheet> sheets = review.sheets(item.id());
                    // what the child saw returned is there
                    assertThat(sheets.size()).as("round %d item %d", round, item.id()).isGreaterThanOrEqualTo(e.getValue());
                    // the state and the 审稿单 go together
                    assertThat(item.status()).as("round %d item %d with %d sheets", round, item.id(), sheets.size())
                            .isEqualTo(AFTER.get(sheets.size()));
                    checked++;
                }
                assertThat(checked).isGreaterThan(0);
                // the item the kill fell on (the next after the last seen, or the same one's next step): whole or absent
                for (Item item : items) {
                    List<ReviewSheet> sheets = review.sheets(item.id());
                    assertThat(sheets.size()).isLessThan(AFTER.size());
                    assertThat(item.status()).as("round %d item %d", round, item.id()).isEqualTo(AFTER.get(sheets.size()));
                }
            }
            try (AnnalistSession s = AnnalistSession.open(data, false, "甲")) {
                IntegrityReport report = s.checkIntegrity();
                assertThat(report.ok()).as("round %d: %s", round, report).isTrue();
            }
        }
    }
}

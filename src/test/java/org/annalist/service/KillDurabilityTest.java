package org.annalist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annalist.bench.MakeWordManuscripts;
import org.annalist.model.Attachment;
import org.annalist.model.ImportLogEntry;
import org.annalist.model.Item;
import org.annalist.model.Revision;
import org.annalist.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Saved means on disk" (issue 10): a child JVM is killed with SIGKILL right after it reports something stored, at
 * points chosen with a fixed seed; the archive, reopened, holds everything that was reported. A kill cannot cut the
 * power, so this proves what reaches the file at the report; {@code CHECKPOINT SYNC} (Archive) is what forces it from
 * the operating system's cache to the disk.
 */
class KillDurabilityTest {
    private static final long SEED = 20261206L;
    private static final Pattern PROGRESS = Pattern.compile("^\\[(\\d+)/(\\d+)] (.+)$");
    private static final Pattern IMPORTED = Pattern.compile("^\\s+已导入 \\d+ 篇：(.*)$");
    private static final Pattern ITEM_ID = Pattern.compile("#(\\d+) ");

    @TempDir
    Path tmp;

    @Test
    void everyImportReportedBeforeAKillIsInTheReopenedArchive() throws Exception {
        Path folder = manuscripts();
        int files;
        try (var list = Files.list(folder)) {
            files = (int) list.count();
        }
        Path data = tmp.resolve("data");
        Random rnd = new Random(SEED);
        // four kills right after the k-th "已导入", one right after the final summary line
        List<Integer> killPoints = new ArrayList<>();
        for (int i = 0; i < 4; i++) killPoints.add(1 + rnd.nextInt(files));
        killPoints.add(-1);
        Map<Long, Path> reported = new HashMap<>();
        List<Long> reportedInOrder = new ArrayList<>();
        for (int k : killPoints) {
            int[] seen = {0};
            String[] currentFile = {null};
            List<String> lines = runUntilKilled(List.of("org.annalist.app.Main", "--data", data.toString(), "import", "-q",
                    folder.toString()), line -> {
                Matcher p = PROGRESS.matcher(line);
                if (p.matches()) currentFile[0] = p.group(3);
                Matcher m = IMPORTED.matcher(line);
                if (m.matches()) {
                    Matcher id = ITEM_ID.matcher(m.group(1));
                    while (id.find()) {
                        long itemId = Long.parseLong(id.group(1));
                        reported.put(itemId, Path.of(currentFile[0]));
                        reportedInOrder.add(itemId);
                    }
                    seen[0]++;
                }
                return k > 0 ? seen[0] == k : line.startsWith("共 ");
            });
            assertThat(lines).as("the child was killed after reporting (kill point %d)", k).isNotEmpty();
            assertAllThere(data, reported);
        }
        // Nothing reported was lost, so no number was handed out twice.
        assertThat(new TreeSet<>(reportedInOrder)).hasSize(reportedInOrder.size());
        assertThat(reportedInOrder.size()).as("items reported over %s kill points", killPoints)
                .isGreaterThanOrEqualTo(killPoints.stream().filter(k -> k > 0).mapToInt(k -> k).sum());
    }

    @Test
    void everyDesktopSaveReportedBeforeAKillIsInTheReopenedArchive() throws Exception {
        Random rnd = new Random(SEED + 1);
        for (int run = 0; run < 3; run++) {
            Path data = tmp.resolve("desk" + run);
            int killAfter = 3 + rnd.nextInt(40);
            List<String> steps = new ArrayList<>();
            runUntilKilled(List.of(SaveLoopChild.class.getName(), data.toString()), line -> {
                if (line.startsWith("SAVED ") || line.startsWith("MOVED ")) steps.add(line);
                return steps.size() == killAfter;
            });
            assertThat(steps).hasSize(killAfter);
            String lastSave = null;
            String lastMove = null;
            for (String s : steps) {
                if (s.startsWith("SAVED ")) lastSave = s;
                else lastMove = s;
            }
            try (Archive archive = Archive.open(data)) {
                String[] saved = lastSave.split(" ");
                long id = Long.parseLong(saved[1]);
                int revision = Integer.parseInt(saved[2]);
                Item item = archive.read(tx -> tx.item(id)).orElseThrow();
                assertThat(item.revision()).as("run %d killed after step %d", run, killAfter).isGreaterThanOrEqualTo(revision);
                Revision r = archive.read(tx -> tx.revision(id, revision)).orElseThrow();
                assertThat(String.valueOf(r.body().hashCode())).isEqualTo(saved[3]);
                java.util.Optional<Boolean> intact = archive.read(tx -> tx.verifyRevision(id, revision));
                assertThat(intact).contains(true);
                if (lastMove != null && steps.indexOf(lastMove) > steps.indexOf(lastSave)) {
                    assertThat(item.ord()).isEqualTo(Integer.parseInt(lastMove.split(" ")[2]));
                }
            }
        }
    }

    /** Every reported item: there, with revision 1, and its import record holding the original file's exact bytes. */
    private static void assertAllThere(Path data, Map<Long, Path> reported) throws Exception {
        try (Archive archive = Archive.open(data)) {
            for (Map.Entry<Long, Path> e : reported.entrySet()) {
                long id = e.getKey();
                java.util.Optional<Item> item = archive.read(tx -> tx.item(id));
                assertThat(item).as("item #%d reported as imported", id).isPresent();
                List<Revision> revisions = archive.read(tx -> tx.revisions(id));
                assertThat(revisions).as("revisions of #%d", id).isNotEmpty();
                assertThat(revisions.get(0).number()).isEqualTo(1);
                List<ImportLogEntry> imports = archive.read(tx -> tx.importsOf(id));
                assertThat(imports).as("import record of #%d", id).isNotEmpty();
                Attachment original = archive.read(tx -> tx.attachment(imports.get(0).attachmentId())).orElseThrow();
                assertThat(original.sha256()).as("original of #%d", id).isEqualTo(sha256(Files.readAllBytes(e.getValue())));
            }
        }
    }

    /** Runs a class of the test class path in a child JVM and SIGKILLs it as soon as {@code killWhen} accepts a line. */
    private List<String> runUntilKilled(List<String> mainAndArgs, Predicate<String> killWhen) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Dfile.encoding=UTF-8", "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        Path errors = Files.createTempFile(tmp, "child", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
        List<String> lines = new ArrayList<>();
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(180, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException ignored) {
                // the test is over
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        boolean killed = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
                if (killWhen.test(line)) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
                    killed = true;
                    break;
                }
            }
        }
        p.waitFor(60, TimeUnit.SECONDS);
        assertThat(killed).as("child output:%n%s%nerrors:%n%s", String.join("\n", lines), read(errors)).isTrue();
        return lines;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** 16 generated 公文-style .docx of ~5,000 characters and the five seed texts. */
    private Path manuscripts() throws Exception {
        Path folder = tmp.resolve("来稿");
        MakeWordManuscripts.main(new String[]{TestFiles.archiveDir().resolve("seeds").toString(), "16", folder.toString()});
        try (var seeds = Files.list(TestFiles.archiveDir().resolve("seeds"))) {
            for (Path s : seeds.toList()) Files.copy(s, folder.resolve(s.getFileName()));
        }
        return folder;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

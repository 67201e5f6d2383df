package org.annalist.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.annalist.model.SearchResults;
import org.annalist.service.AnnalistSession;
import org.annalist.store.Archive;
import org.annalist.store.Tx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM importing a batch with the index following each commit is killed (SIGKILL) in the middle, twice; the
 * index, reopened, is brought in step from the store: the fingerprints it holds are the archive's, one for one, and
 * each imported file's own word finds exactly its item.
 */
class SearchKillTest {
    @TempDir
    Path tmp;

    @Test
    void anIndexKilledInTheMiddleOfAnImportIsBroughtInStepFromTheStore() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("稿件"));
        int files = 60;
        for (int i = 0; i < files; i++) {
            String body = "第" + i + "篇来稿\n\n档号Q" + (1000 + i) + "，记乌当区新堡乡王家寨" + "一九五八年修水库事。".repeat(40) + "\n";
            Files.writeString(folder.resolve(String.format("稿%03d.txt", i)), body, StandardCharsets.UTF_8);
        }
        Path data = tmp.resolve("data");
        for (int killAfter : new int[]{17, 23}) {
            List<String> seen = runAndKill(data, folder, killAfter);
            assertThat(seen).hasSize(killAfter);
        }
        Map<Long, String> archiveStamps;
        try (Archive archive = Archive.open(data)) {
            archiveStamps = archive.read(Tx::itemStamps);
        }
        assertThat(archiveStamps).hasSizeGreaterThanOrEqualTo(40);
        try (AnnalistSession s = AnnalistSession.open(data, false, "检查")) {
            var search = s.search();
            search.awaitInStep();
            for (int i = 0; i < files; i++) {
                SearchResults r = search.search("Q" + (1000 + i), null, false, 100, false);
                long expected = countWithMarker(s, archiveStamps, "档号Q" + (1000 + i));
                assertThat(r.total()).as("Q%d", 1000 + i).isEqualTo(expected);
            }
        }
        try (Archive archive = Archive.open(data); SearchIndex index = SearchIndex.open(data)) {
            index.sync(archive);
            assertThat(index.indexedStamps()).isEqualTo(archive.read(Tx::itemStamps));
        }
    }

    /** How many live items hold the marker, read from the store. */
    private static long countWithMarker(AnnalistSession s, Map<Long, String> live, String marker) {
        return live.keySet().stream().filter(id -> s.editing().item(id).map(it -> it.body().contains(marker)).orElse(false)).count();
    }

    private List<String> runAndKill(Path data, Path folder, int killAfter) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = List.of(java.toString(), "-Dfile.encoding=UTF-8", "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ImportWithIndexChild.class.getName(),
                data.toString(), folder.toString());
        Path errors = Files.createTempFile(tmp, "child", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("IMPORTED ")) seen.add(line);
                if (seen.size() == killAfter) {
                    p.destroyForcibly(); // SIGKILL on Linux
                    break;
                }
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        assertThat(seen).as("child output; stderr: %s", Files.readString(errors)).isNotEmpty();
        return seen;
    }
}

package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.model.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16, sharing in a small office: two editors' programs — two processes, as on two PCs — on one H2 archive in
 * server mode ({@code --shared}, AUTO_SERVER over TCP). The one that opened the file first serves it; the other's
 * saves go through the server. Each sees what the other has open; a save from a stale revision is refused naming who
 * saved; when the first program closes, the second goes on (it takes over serving the file) and nothing is lost.
 */
class SharedTwoProcessesTest {
    @TempDir
    Path tmp;

    private static final class Child implements AutoCloseable {
        final Process process;
        final BufferedReader out;
        final Writer in;
        final Path errors;

        Child(Path tmp, Path data, long id) throws Exception {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            errors = Files.createTempFile(tmp, "child", ".err");
            process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), SharedEditorChild.class.getName(),
                    data.toString(), String.valueOf(id)).redirectError(errors.toFile()).start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        String ask(String line) throws Exception {
            if (line != null) {
                in.write(line + "\n");
                in.flush();
            }
            String answer = out.readLine();
            assertThat(answer).as("the second program's answer to %s; its stderr: %s", line, Files.readString(errors)).isNotNull();
            return answer;
        }

        @Override
        public void close() throws Exception {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }

    @Test
    void twoProgramsShareOneArchiveWithoutASilentOverwrite() throws Exception {
        Path data = tmp.resolve("data");
        long id;
        Item stale;
        AnnalistSession wang = AnnalistSession.open(data, true, "王编辑");
        try {
            id = wang.imports().importBytes("乌当纪事.txt", "乌当纪事\n\n一九四四年冬，我随部队到乌当。\n".getBytes(StandardCharsets.UTF_8), null)
                    .items().get(0).id();
            stale = wang.editing().item(id).orElseThrow();
            wang.presence().beat(id);
        } catch (RuntimeException e) {
            wang.close();
            throw e;
        }
        try (Child li = new Child(tmp, data, id)) {
            try {
                assertThat(li.ask(null)).isEqualTo("OPEN");
                // who is editing what is visible across the programs
                assertThat(wang.presence().othersOn(id)).containsExactly("李编辑");

                assertThat(li.ask("save 一九四四年冬，我随部队到乌当县城。")).isEqualTo("SAVED 2");
                // 王's save from revision 1 is refused, naming 李; 李's revision stays the latest
                assertThatThrownBy(() -> wang.editing().commit(stale.withBody("一九四四年冬，我随第八军到乌当。\n"), "王改"))
                        .isInstanceOfSatisfying(EditConflictException.class, e -> {
                            assertThat(e.latestAuthor()).isEqualTo("李编辑");
                            assertThat(e.latestRevision()).isEqualTo(2);
                        });
                Item merged = wang.editing().item(id).orElseThrow();
                assertThat(merged.body()).contains("县城");
                wang.editing().commit(merged.withBody("一九四四年冬，我随第八军到乌当县城。\n"), "合并");
                // and now 李's next save goes on top of 王's revision 3 (李 reads the latest first)
                assertThat(li.ask("save 一九四四年冬，我随第八军到乌当县城东门。")).isEqualTo("SAVED 4");
            } finally {
                // the program that serves the file closes first (as the desktop does: leaving the item); the other goes on
                wang.presence().leave();
                wang.close();
            }
            assertThat(li.ask("save 一九四四年冬，我随第八军到乌当县城东门外。")).isEqualTo("SAVED 5");
            assertThat(li.ask("quit")).isEqualTo("BYE");
        }
        try (AnnalistSession again = AnnalistSession.open(data, true, "王编辑")) {
            List<Revision> revisions = again.revisionHistory().revisions(id);
            assertThat(revisions).extracting(Revision::author)
                    .containsExactly("王编辑", "李编辑", "王编辑", "李编辑", "李编辑");
            assertThat(revisions.get(4).body()).contains("东门外");
            assertThat(again.presence().othersOn(id)).isEmpty();
        }
    }
}

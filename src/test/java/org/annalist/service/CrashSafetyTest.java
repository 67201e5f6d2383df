package org.annalist.service;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A SIGKILL in the middle of writing a backup, a PDF or a .docx never leaves half a file at the target path: after
 * the kill the target holds the last whole file (a backup that restores, a PDF PDFBox reads, a .docx POI reads).
 * The kill comes at a time chosen with a fixed seed after the child started writing its next file.
 */
class CrashSafetyTest {
    private static final long SEED = 20240305L;

    @TempDir
    Path tmp;

    @Test
    void aKillDuringABackupLeavesNoHalfBackup() throws Exception {
        Path target = tmp.resolve("out/档案.annalist-backup");
        killWhileWriting("backup", target, 3);
        BackupManifest m = BackupService.read(target);
        BackupService.verify(target);
        assertThat(m.itemCount()).isEqualTo(30);
        Path restored = tmp.resolve("restored");
        BackupRestore.restore(restored, false, "编辑乙", target, java.time.Clock.systemDefaultZone());
        try (AnnalistSession s = AnnalistSession.open(restored, false, "编辑乙")) {
            assertThat(s.backups().preview(target).identical()).isTrue();
            assertThat(s.checkIntegrity().ok()).isTrue();
        }
    }

    @Test
    void aKillDuringAPdfExportLeavesNoTruncatedPdf() throws Exception {
        Path target = tmp.resolve("out/崩溃测试.pdf");
        killWhileWriting("pdf", target, 3);
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(new String(Files.readAllBytes(target), StandardCharsets.ISO_8859_1).strip()).endsWith("%%EOF");
    }

    @Test
    void aKillDuringADocxExportLeavesNoTruncatedDocx() throws Exception {
        Path target = tmp.resolve("out/崩溃测试.docx");
        killWhileWriting("docx", target, 3);
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().contains("第119段"));
        }
    }

    /**
     * Runs the child {@code rounds} times on one data folder and target; each time, once it wrote the target whole at
     * least once, it is killed at a random moment within its next write.
     */
    private void killWhileWriting(String mode, Path target, int rounds) throws Exception {
        Random rnd = new Random(SEED + mode.hashCode());
        Files.createDirectories(target.getParent());
        for (int round = 0; round < rounds; round++) {
            Path data = tmp.resolve("data" + round);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Dfile.encoding=UTF-8", "-Xmx512m",
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    WriteLoopChild.class.getName(), mode, data.toString(), target.toString()));
            Path errors = Files.createTempFile(tmp, "child", ".err");
            Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
            List<String> lines = new ArrayList<>();
            long lastWrite = 0;
            long writeTook = 0;
            boolean killed = false;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
                for (String line; System.nanoTime() < deadline && (line = r.readLine()) != null; ) {
                    lines.add(line);
                    long now = System.nanoTime();
                    if (line.equals("READY")) lastWrite = now;
                    if (line.startsWith("WROTE ")) {
                        writeTook = now - lastWrite;
                        lastWrite = now;
                        if (line.equals("WROTE 2")) {
                            // into the third write, at a point between 5 % and 95 % of how long one took
                            long wait = (long) (writeTook * (0.05 + 0.9 * rnd.nextDouble()));
                            TimeUnit.NANOSECONDS.sleep(wait);
                            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block
                            killed = true;
                            break;
                        }
                    }
                }
            } finally {
                if (!killed) p.destroyForcibly();
            }
            p.waitFor(60, TimeUnit.SECONDS);
            assertThat(killed).as("child output:%n%s%nerrors:%n%s", String.join("\n", lines), Files.readString(errors)).isTrue();
            assertThat(target).as("round %d: the target after the kill", round).isRegularFile();
        }
    }
}

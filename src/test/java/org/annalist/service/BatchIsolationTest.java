package org.annalist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annalist.importer.ImportResult;
import org.annalist.importer.Importer;
import org.annalist.importer.Source;
import org.annalist.importer.text.TextImporter;
import org.annalist.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad input never stops a batch (issue 10): a fault of the program while reading a file — here an importer
 * that fails as a library with a bug would, with a NullPointerException or a StackOverflowError — becomes that
 * file's Chinese message naming it, the exception goes to the log, and the other files land.
 */
class BatchIsolationTest {
    @TempDir
    Path tmp;

    /** Stands in for a parser with a bug: recognises files whose name starts with "坏", then fails. */
    private static final class FaultyImporter implements Importer {
        private final Throwable fault;

        FaultyImporter(Throwable fault) {
            this.fault = fault;
        }

        @Override
        public String formatName() {
            return "有缺陷的格式";
        }

        @Override
        public boolean accepts(Source source) {
            return Path.of(source.name()).getFileName().toString().startsWith("坏");
        }

        @Override
        public ImportResult read(Source source) {
            if (fault instanceof RuntimeException r) throw r;
            throw (Error) fault;
        }
    }

    @Test
    void aProgramFaultInOneFileBecomesItsMessageAndTheBatchGoesOn() throws Exception {
        for (Throwable fault : List.of(new NullPointerException("Cannot invoke \"String.equals(Object)\" because \"fmt\" is null"),
                new StackOverflowError(), new IllegalStateException("zip entry"))) {
            Path dir = Files.createTempDirectory(tmp, "run");
            Path good1 = TestFiles.seed("work-points-county-cppcc-2020.txt");
            Path bad = dir.resolve("坏稿件.docx");
            Files.writeString(bad, "任意内容", StandardCharsets.UTF_8);
            Path good2 = TestFiles.seed("web-article-nanjiang-cppcc-2024.txt");
            TextImporter text = new TextImporter();
            Path data = dir.resolve("data");
            try (Archive archive = Archive.open(data)) {
                ImportService service = new ImportService(archive, new Importers(List.of(new FaultyImporter(fault), text), text), "测试编辑");
                List<String> finished = new ArrayList<>();
                ImportService.BatchResult r = service.importFiles(List.of(good1, bad, good2), null, new ImportService.Progress() {
                    @Override
                    public void finished(int index, int total, ImportService.FileOutcome outcome) {
                        finished.add(index + "/" + total + (outcome.ok() ? " ok" : " failed"));
                    }
                });
                assertThat(finished).containsExactly("1/3 ok", "2/3 failed", "3/3 ok");
                String message = r.files().get(1).error();
                assertThat(message).contains("坏稿件.docx").contains("档案库未作任何改动")
                        .doesNotContain(fault.getClass().getSimpleName()).doesNotContain("null");
                assertThat(message.codePoints().filter(cp -> cp < 128 && Character.isLetter(cp)).count())
                        .as("no English on screen beyond the file's path and the log's: %s", message)
                        .isLessThanOrEqualTo(bad.toString().length() + data.toString().length() + 30);
                assertThat(r.itemCount()).isEqualTo(2);
                List<org.annalist.model.Item> inbox = archive.read(tx -> tx.items(null));
                assertThat(inbox).hasSize(2);
                Path log = data.resolve("logs").resolve("annalist.log");
                assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("坏稿件.docx")
                        .contains(fault.getClass().getName());
            }
        }
    }

    /**
     * A .docx written by POI, then given a second word/document.xml with other text: java.util.zip will not write two
     * entries of one name, so the second is written under a placeholder of the same length and the bytes patched.
     */
    private static byte[] docxWithTwoDocumentParts(String shown, String hidden) throws Exception {
        java.io.ByteArrayOutputStream original = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText(shown);
            doc.write(original);
        }
        String name = "word/document.xml", placeholder = "word/document.xm\u0001";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(original.toByteArray()));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
                if (e.getName().equals(name)) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(placeholder));
                    zip.write(new String(bytes, StandardCharsets.UTF_8).replace(shown, hidden).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        }
        byte[] b = out.toByteArray();
        byte[] from = placeholder.getBytes(StandardCharsets.UTF_8), to = name.getBytes(StandardCharsets.UTF_8);
        int patched = 0;
        outer:
        for (int i = 0; i <= b.length - from.length; i++) {
            for (int j = 0; j < from.length; j++) if (b[i + j] != from[j]) continue outer;
            System.arraycopy(to, 0, b, i, to.length);
            patched++;
        }
        assertThat(patched).as("local header and central directory").isEqualTo(2);
        return b;
    }

    @Test
    void aWordFileWithTwoDocumentPartsIsRefusedByNameAndTheBatchGoesOn() throws Exception {
        // Untrusted .docx (issue 11): two entries named word/document.xml, one shown by Word, the other by a reader
        // that takes the last copy. The file is refused with a Chinese message naming it; the other files land.
        Path bad = tmp.resolve("来稿（重复条目）.docx");
        Files.write(bad, docxWithTwoDocumentParts("区政协全体会议召开。", "另一份看不见的正文。"));
        Path good1 = TestFiles.seed("work-points-county-cppcc-2020.txt");
        Path good2 = TestFiles.seed("web-article-nanjiang-cppcc-2024.txt");
        try (Archive archive = Archive.open(tmp.resolve("data"))) {
            ImportService service = new ImportService(archive, Importers.standard(), "测试编辑");
            List<String> finished = new ArrayList<>();
            ImportService.BatchResult r = service.importFiles(List.of(good1, bad, good2), null, new ImportService.Progress() {
                @Override
                public void finished(int index, int total, ImportService.FileOutcome outcome) {
                    finished.add(index + "/" + total + (outcome.ok() ? " ok" : " failed"));
                }
            });
            assertThat(finished).containsExactly("1/3 ok", "2/3 failed", "3/3 ok");
            assertThat(r.failed()).isEqualTo(1);
            assertThat(r.files().get(1).error()).startsWith("无法导入“" + bad + "”：")
                    .contains("两个同名的部分“word/document.xml”").contains("已拒绝导入");
            List<org.annalist.model.Item> inbox = archive.read(tx -> tx.items(null));
            assertThat(inbox).as("the two text files, nothing of the refused one").hasSize(2);
        }
    }

    @Test
    @Timeout(60)
    void aPipeGivenAsInputIsRefusedWithoutWaitingForIt() throws Exception {
        Path fifo = tmp.resolve("管道.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "测试编辑")) {
            ImportService.BatchResult r = s.imports().importFiles(
                    List.of(fifo, TestFiles.seed("work-points-county-cppcc-2020.txt")), null, ImportService.Progress.NONE);
            assertThat(r.files().get(0).error()).contains("管道.txt").contains("不是普通文件");
            assertThat(r.files().get(1).ok()).isTrue();
        }
    }
}

package org.annalist.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .docx comes into place as the PDF does ({@link org.annalist.export.PartFiles}): with the permissions any new file
 * in its folder gets (not a temporary file's owner-only ones: others in the office open it), no part file left
 * beside it, and the part a killed export of the same file left removed.
 */
class DocxFileTest {
    @TempDir
    Path tmp;

    @Test
    void theFinishedFileHasTheFoldersUsualPermissionsAndNoPartIsLeft() throws Exception {
        Path md = tmp.resolve("书稿.md");
        Files.writeString(md, "% 书稿\n\n# 综述\n\n**【概况】** 2022年，全市地区生产总值增长5.1%。\n");
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path stale = Files.createFile(out.resolve(".书稿.docx." + dead.pid() + "-0.part"));
        Path docx = out.resolve("书稿.docx");
        DocxService.markdownFile(md, docx, "nianjian-16k");
        Path usual = Files.createFile(out.resolve("别的文件.txt"));
        assertThat(Files.getPosixFilePermissions(docx)).isEqualTo(Files.getPosixFilePermissions(usual));
        assertThat(stale).doesNotExist();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("书稿.docx", "别的文件.txt");
        }
    }
}

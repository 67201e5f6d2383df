package org.annalist.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed export leaves {@code .NAME.PID-N.part}; the next export of the same PDF removes it, not a running one's. */
class StalePartsTest {
    @TempDir
    Path dir;

    @Test
    void partsOfDeadProcessesAreRemovedOthersKept() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        long deadPid = dead.pid();
        Path stale = Files.createFile(dir.resolve(".年鉴.pdf." + deadPid + "-0.part"));
        Path running = Files.createFile(dir.resolve(".年鉴.pdf." + ProcessHandle.current().pid() + "-0.part"));
        Path otherPdf = Files.createFile(dir.resolve(".别的.pdf." + deadPid + "-0.part"));
        Path notOurs = Files.createFile(dir.resolve(".年鉴.pdf.备份.part"));
        org.annalist.export.PartFiles.removeStaleParts(dir, "年鉴.pdf");
        assertThat(stale).doesNotExist();
        assertThat(running).exists();
        assertThat(otherPdf).exists();
        assertThat(notOurs).exists();
    }
}

package org.annalist.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link H2ArchiveCopies#forceDirectory}: passes over only "this file system cannot sync that" (EINVAL, ENOTSUP), not
 * every IOException: a folder that is not there is an error (the rename before it cannot be on the disk), and so is a
 * disk's I/O error; a file Linux refuses to sync with EINVAL (/dev/null, as a network file system refuses a folder)
 * is passed over.
 */
class ForceDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void aRealFolderIsForced() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("导出"));
        Files.writeString(dir.resolve("a.txt"), "一");
        H2ArchiveCopies.forceDirectory(dir);
        assertThat(dir.resolve("a.txt")).hasContent("一");
    }

    @Test
    void aMissingFolderIsAnErrorNotPassedOver() {
        assumeTrue(!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows"),
                "Windows forces no folder at all");
        Path missing = tmp.resolve("不存在的目录");
        assertThatThrownBy(() -> H2ArchiveCopies.forceDirectory(missing)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void onlyCannotSyncIsPassedOver() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "Linux answers EINVAL to syncing /dev/null");
        try (FileChannel ch = FileChannel.open(devNull, StandardOpenOption.WRITE)) {
            // really EINVAL here: the raw force fails …
            assertThatThrownBy(() -> ch.force(true)).isInstanceOf(IOException.class);
            // … and the forcing that allows for it passes over it
            H2ArchiveCopies.forceUnlessUnsupported(ch);
        }
        assertThat(H2ArchiveCopies.cannotSync(new IOException("Invalid argument"))).isTrue();
        assertThat(H2ArchiveCopies.cannotSync(new IOException("Operation not supported"))).isTrue();
        assertThat(H2ArchiveCopies.cannotSync(new IOException("Input/output error"))).isFalse();
        assertThat(H2ArchiveCopies.cannotSync(new IOException("No space left on device"))).isFalse();
        assertThat(H2ArchiveCopies.cannotSync(new AccessDeniedException("/x"))).isFalse();
        assertThat(H2ArchiveCopies.cannotSync(new NoSuchFileException("/x"))).isFalse();
    }
}

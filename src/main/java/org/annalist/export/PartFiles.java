package org.annalist.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * How an exported file (PDF, .docx) comes into place: written whole to {@code .NAME.PID-N.part} beside it, forced to
 * the disk, then moved over the target in one step — so the target is always the last whole file, even after a
 * SIGKILL or a power cut, and what the program reports written is on the disk. The part files a killed export left
 * are removed by the next export of the same file.
 */
public final class PartFiles {
    private PartFiles() {
    }

    /**
     * A new empty part file beside {@code target} (after removing those of dead processes). Not createTempFile: its
     * owner-only permissions would carry over to the finished file, which others in the office share.
     */
    public static Path reserve(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        removeStaleParts(dir, target.getFileName().toString());
        for (int i = 0; ; i++) {
            Path part = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + i + ".part");
            try {
                Files.newOutputStream(part, StandardOpenOption.CREATE_NEW).close();
                return part;
            } catch (FileAlreadyExistsException taken) {
                if (i > 100) throw taken;
            }
        }
    }

    /** Forces {@code part} to the disk, then moves it over {@code target} (atomically where the file system can). */
    public static void moveIntoPlace(Path part, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes the half-written files that exports of the same file left when their process was killed: named
     * {@code .NAME.PID-N.part}, where no process PID runs any more. Those of running exports stay.
     */
    public static void removeStaleParts(Path dir, String targetName) {
        String prefix = "." + targetName + ".";
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String n = p.getFileName().toString();
                if (!n.startsWith(prefix) || !n.endsWith(".part")) continue;
                String middle = n.substring(prefix.length(), n.length() - ".part".length());
                int dash = middle.indexOf('-');
                if (dash <= 0) continue;
                long pid;
                try {
                    pid = Long.parseLong(middle.substring(0, dash));
                    Integer.parseInt(middle.substring(dash + 1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying is a courtesy; the export itself does not depend on it.
        }
    }
}

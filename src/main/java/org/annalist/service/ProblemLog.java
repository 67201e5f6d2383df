package org.annalist.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The program's problem log, {@code <data folder>/logs/annalist.log}: what a bug report needs (exception class,
 * stack trace, which file) and the editor's screen does not. Writing it is best effort: a log that cannot be written
 * never turns one problem into two. Kept below {@link #MAX_BYTES}; the previous log is kept as {@code annalist.log.1}.
 */
public final class ProblemLog {
    static final long MAX_BYTES = 4L * 1024 * 1024;
    private final Path file;

    public ProblemLog(Path dataDir) {
        this.file = dataDir.resolve("logs").resolve("annalist.log");
    }

    /** Where the log is (it may not exist yet). */
    public Path file() {
        return file;
    }

    /** Appends one problem: when, what was being done ({@code context}, e.g. the file being imported), the trace. */
    public synchronized void record(String context, Throwable problem) {
        StringWriter trace = new StringWriter();
        problem.printStackTrace(new PrintWriter(trace));
        String entry = OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "  " + context + "\n"
                + trace + "\n";
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                Files.move(file, file.resolveSibling("annalist.log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException ignored) {
            // Best effort: the editor already has the Chinese message; a read-only data folder must not hide it.
        }
    }
}

package org.annalist.service;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's own files are when tests run (surefire sets annalist.projectDir). */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("annalist.projectDir", ".")).toAbsolutePath().normalize();
    }

    public static Path archiveDir() {
        return projectDir().resolve("archive");
    }

    public static Path seed(String name) {
        Path p = archiveDir().resolve("seeds").resolve(name);
        if (!Files.isRegularFile(p)) throw new IllegalStateException("seed missing: " + p);
        return p;
    }
}

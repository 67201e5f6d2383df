package org.annalist.importer.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annalist.importer.Source;

/**
 * Finds the seed texts: {@code <projectDir>/archive/seeds}, then {@code <projectDir>/../shared/seeds}, then
 * {@code /work/shared/seeds} (a git worktree has no shared folder beside it).
 */
final class Seeds {
    private Seeds() {
    }

    static Path dir() {
        Path project = Path.of(System.getProperty("annalist.projectDir", "."));
        for (Path p : List.of(project.resolve("archive/seeds"), project.resolve("../shared/seeds"), Path.of("/work/shared/seeds"))) {
            if (Files.isDirectory(p)) return p;
        }
        throw new IllegalStateException("seed folder not found (tried archive/seeds, ../shared/seeds, /work/shared/seeds)");
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Source source(String name) {
        return new Source(name, bytes(name));
    }

    static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}

package org.annalist.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * External programs that tests use to look at our output (poppler's pdftoppm and pdffonts …). On a developer's
 * machine a missing one skips the test; in CI ({@code CI=true}, where {@code .ci/run} installs them) it fails it, so
 * a check never silently stops running.
 */
public final class Tools {
    private Tools() {
    }

    /** The program's path; skips the test (fails it under CI=true) when it is not installed. */
    public static String require(String program, String debianPackage) {
        String path = find(program);
        if (path == null) {
            String why = program + " (" + debianPackage + ") is not installed";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(why + "; .ci/run must install it");
            assumeTrue(false, why);
        }
        return path;
    }

    /** The program's path on PATH, or null. */
    public static String find(String program) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }
}

package org.annalist.service;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program's own folder, which holds {@code archive/} (demo data) and {@code templates/}: the
 * {@code annalist.home} property set by the launchers, else the folder of the jar (or one of its
 * parents), else the working directory.
 */
public final class ProgramHome {
    private ProgramHome() {
    }

    public static Path locate() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("annalist.home");
        if (prop != null && !prop.isBlank()) candidates.add(Path.of(prop));
        try {
            Path code = Path.of(ProgramHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) candidates.add(p);
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source (unusual class loaders): the working directory below still applies
        }
        candidates.add(Path.of("").toAbsolutePath());
        for (Path c : candidates) {
            if (Files.isDirectory(c.resolve("archive")) && Files.isDirectory(c.resolve("templates"))) return c;
        }
        return Path.of("").toAbsolutePath();
    }

    public static Path demoArchive() {
        return locate().resolve("archive");
    }
}

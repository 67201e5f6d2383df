package org.annalist.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The automatic backups' settings, {@code backups.properties} in the user's configuration folder: minutes between
 * backups while editing (default 30) and how many of the newest to keep (default 10; the daily ones of 7 days and the
 * weekly ones of 4 weeks are kept besides). A value that is missing or not a number gives the default.
 */
public record BackupSettings(int everyMinutes, int keepLast) {
    private static final String FILE = "backups.properties";
    public static final BackupSettings DEFAULT = new BackupSettings(30, 10);

    public BackupSettings {
        everyMinutes = everyMinutes < 1 ? DEFAULT_MINUTES : everyMinutes;
        keepLast = keepLast < 1 ? DEFAULT_KEEP : keepLast;
    }

    private static final int DEFAULT_MINUTES = 30;
    private static final int DEFAULT_KEEP = 10;

    public Duration every() {
        return Duration.ofMinutes(everyMinutes);
    }

    public BackupRotation rotation() {
        return new BackupRotation(keepLast, 7, 4);
    }

    public static BackupSettings load(Path configDir) {
        Path file = configDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return DEFAULT;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULT;
        }
        return new BackupSettings(number(p.getProperty("everyMinutes")), number(p.getProperty("keepLast")));
    }

    public void save(Path configDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("everyMinutes", String.valueOf(everyMinutes));
        p.setProperty("keepLast", String.valueOf(keepLast));
        UserSettings.store(p, configDir, FILE, "Annalist automatic backups");
    }

    private static int number(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

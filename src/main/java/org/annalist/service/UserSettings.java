package org.annalist.service;

import org.annalist.i18n.Localized;
import org.annalist.i18n.LocalizedIOException;
import org.annalist.i18n.Texts;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The desktop program's settings for one user of the PC: data folder (empty: the default of
 * {@link DataLocation}), fonts folder, default template (empty: by publication kind), the user name that
 * signs revisions, and the language ("zh" or "en"). Kept in a UTF-8 properties file in the user's
 * configuration folder ({@code %APPDATA%\Annalist} on Windows, {@code ~/.config/annalist} elsewhere), so
 * that two users of one PC each have their own. Also kept: the last PDF export of each scope (whole
 * publication or one 类目), so that the export window offers the same file and template again.
 */
public record UserSettings(String dataDir, String fontsDir, String defaultTemplate, String userName, String language,
                           Map<String, LastExport> lastExports) {
    private static final String FILE = "settings.properties";
    private static final String LAST_EXPORT = "lastExport.";

    /** The last export of one scope: the template it was set with and the PDF written. */
    public record LastExport(String template, String file) {
    }

    public UserSettings(String dataDir, String fontsDir, String defaultTemplate, String userName, String language) {
        this(dataDir, fontsDir, defaultTemplate, userName, language, Map.of());
    }

    public UserSettings {
        lastExports = lastExports == null ? Map.of() : Map.copyOf(lastExports);
        dataDir = nz(dataDir);
        fontsDir = nz(fontsDir);
        defaultTemplate = nz(defaultTemplate);
        userName = nz(userName).isBlank() ? AnnalistSession.defaultActor() : userName.strip();
        language = "en".equalsIgnoreCase(nz(language).strip()) ? "en" : "zh";
    }

    public static UserSettings defaults() {
        return new UserSettings("", "", "", "", "zh");
    }

    /** The archive folder these settings point at. */
    public Path dataPath() {
        return DataLocation.resolve(dataDir.isBlank() ? null : dataDir);
    }

    /** The user's fonts folder, or null. */
    public Path fontsPath() {
        return fontsDir.isBlank() ? null : Path.of(fontsDir);
    }

    public Locale locale() {
        return language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The per-user configuration folder. */
    public static Path configDir() {
        return configDir(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path configDir(Map<String, String> env, String osName, String userHome) {
        String override = env.get("ANNALIST_CONFIG");
        if (override != null && !override.isBlank()) return Path.of(override);
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Annalist") : Path.of(userHome, "AppData", "Roaming", "Annalist");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config")).resolve("annalist");
    }

    /** Reads the settings from {@code dir}; missing file or keys give the defaults. */
    public static UserSettings load(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) return defaults();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IllegalArgumentException e) {
            throw new LocalizedIOException(Localized.of("userSettings.badFile", file, e.getMessage()), e);
        }
        Map<String, LastExport> exports = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (!name.startsWith(LAST_EXPORT) || !name.endsWith(".file")) continue;
            String key = name.substring(LAST_EXPORT.length(), name.length() - ".file".length());
            exports.put(key, new LastExport(nz(p.getProperty(LAST_EXPORT + key + ".template")), p.getProperty(name)));
        }
        return new UserSettings(p.getProperty("dataDir"), p.getProperty("fontsDir"), p.getProperty("defaultTemplate"),
                p.getProperty("userName"), p.getProperty("language"), exports);
    }

    /**
     * Records the last export of one scope in the settings file of {@code dir}, leaving everything else in the
     * file as it is (the settings in memory may carry options of this run only, such as {@code --data}).
     */
    public static void rememberExport(Path dir, String scopeKey, LastExport export) throws IOException {
        load(dir).withLastExport(scopeKey, export).save(dir);
    }

    public UserSettings withLastExport(String scopeKey, LastExport export) {
        Map<String, LastExport> m = new TreeMap<>(lastExports);
        m.put(scopeKey, export);
        return new UserSettings(dataDir, fontsDir, defaultTemplate, userName, language, m);
    }

    /** The same settings with the remembered exports of {@code other}. */
    public UserSettings withLastExportsOf(UserSettings other) {
        return new UserSettings(dataDir, fontsDir, defaultTemplate, userName, language, other.lastExports);
    }

    /** Writes the settings into {@code dir} (through a temporary file, so a crash never leaves half a file). */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Properties p = new Properties();
        p.setProperty("dataDir", dataDir);
        p.setProperty("fontsDir", fontsDir);
        p.setProperty("defaultTemplate", defaultTemplate);
        p.setProperty("userName", userName);
        p.setProperty("language", language);
        lastExports.forEach((key, e) -> {
            p.setProperty(LAST_EXPORT + key + ".template", e.template());
            p.setProperty(LAST_EXPORT + key + ".file", e.file());
        });
        store(p, dir, FILE, "Annalist settings");
    }

    /**
     * Writes {@code p} as {@code dir/file} through a temporary file moved into place, so a crash never leaves half a
     * file (the user's settings, the window's placement).
     */
    public static void store(Properties p, Path dir, String file, String comment) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file, ".part");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, comment);
            }
            Files.move(tmp, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Checks the settings an editor typed; each problem a sentence in the language of messages, null when fine. */
    public String problem() {
        if (userName.length() > 40) return Texts.get("userSettings.userNameTooLong");
        if (!fontsDir.isBlank() && !Files.isDirectory(Path.of(fontsDir))) return Texts.get("userSettings.noFontsDir", fontsDir);
        if (!dataDir.isBlank() && dataDir.contains(";")) return Texts.get("userSettings.semicolon", dataDir);
        if (!defaultTemplate.isBlank() && !TypesetService.templateNames().contains(defaultTemplate)) {
            return Texts.get("userSettings.noTemplate", defaultTemplate);
        }
        return null;
    }

    public UserSettings withDataDir(String d) {
        return new UserSettings(d, fontsDir, defaultTemplate, userName, language, lastExports);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package org.annalist.service;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the archive lives: {@code --data DIR}, else {@code ANNALIST_HOME}, else the user's documents
 * (%USERPROFILE%\Documents\Annalist on Windows, ~/Annalist elsewhere).
 */
public final class DataLocation {
    public static final String ENV = "ANNALIST_HOME";

    private DataLocation() {
    }

    public static Path resolve(String dataOption) {
        return resolve(dataOption, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(String dataOption, Map<String, String> env, String osName, String userHome) {
        if (dataOption != null && !dataOption.isBlank()) return Path.of(dataOption).toAbsolutePath().normalize();
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv).toAbsolutePath().normalize();
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String profile = env.getOrDefault("USERPROFILE", userHome);
            return Path.of(profile, "Documents", "Annalist");
        }
        return Path.of(userHome, "Annalist");
    }
}

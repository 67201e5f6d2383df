package org.annalist.typeset.font;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where {@link FontResolver} looks for each role's font, in this order: the template's explicit font,
 * the user fonts folder, the operating system's font folders, the fonts shipped with the program.
 *
 * @param explicit        per role, the template's font: a file, a name, or both (see {@link Explicit})
 * @param userFontsDir    the editor's own fonts folder, or null
 * @param useSystemFonts  whether to look in {@code systemFontDirs}
 * @param systemFontDirs  the OS font folders (see {@link #defaultSystemFontDirs()}; tests pass their own)
 * @param shippedFontsDir the program's fonts/ folder (see {@link FontBook#SHIPPED_SONG} …)
 * @param cacheDir        where the font-name indexes of the folders are kept, or null for no cache
 */
public record FontConfig(Map<FontRole, Explicit> explicit, Path userFontsDir, boolean useSystemFonts,
                         List<Path> systemFontDirs, Path shippedFontsDir, Path cacheDir) {

    /**
     * A template's font for a role. With a file, that file is used ({@code name} picks the face of a .ttc
     * by PostScript or family name; null takes the first). With only a name, the font of that name is
     * looked for first in the user fonts folder and the system fonts (templates written on one PC name
     * fonts, the file lives elsewhere on another).
     */
    public record Explicit(Path file, String name) {
        public Explicit {
            if (file == null && (name == null || name.isBlank())) throw new IllegalArgumentException("explicit font needs a file or a name");
        }
    }

    public FontConfig {
        explicit = explicit.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(explicit));
        systemFontDirs = List.copyOf(systemFontDirs);
        Objects.requireNonNull(shippedFontsDir, "shippedFontsDir");
    }

    public static Builder builder(Path shippedFontsDir) {
        return new Builder(shippedFontsDir);
    }

    /**
     * The font folders of the running OS. On Windows also the per-user folder where Windows 10 (1809+)
     * installs fonts for users without administrator rights, which is how office PCs usually get them.
     */
    public static List<Path> defaultSystemFontDirs() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home", "");
        List<Path> dirs = new ArrayList<>();
        if (os.startsWith("windows")) {
            String windir = System.getenv("WINDIR");
            dirs.add(Path.of(windir != null ? windir : "C:\\Windows", "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        } else if (os.contains("mac")) {
            dirs.add(Path.of(home, "Library", "Fonts"));
            dirs.add(Path.of("/Library/Fonts"));
            dirs.add(Path.of("/System/Library/Fonts"));
        } else {
            dirs.add(Path.of(home, ".local", "share", "fonts"));
            dirs.add(Path.of(home, ".fonts"));
            dirs.add(Path.of("/usr/local/share/fonts"));
            dirs.add(Path.of("/usr/share/fonts"));
        }
        return dirs;
    }

    /** Builds a config; by default system fonts are used from {@link #defaultSystemFontDirs()}. */
    public static final class Builder {
        private final Path shipped;
        private final Map<FontRole, Explicit> explicit = new EnumMap<>(FontRole.class);
        private Path user;
        private boolean system = true;
        private List<Path> systemDirs = defaultSystemFontDirs();
        private Path cache;

        private Builder(Path shipped) {
            this.shipped = shipped;
        }

        public Builder explicit(FontRole role, Path file, String name) {
            explicit.put(role, new Explicit(file, name));
            return this;
        }

        public Builder userFontsDir(Path dir) {
            this.user = dir;
            return this;
        }

        public Builder systemFonts(boolean use) {
            this.system = use;
            return this;
        }

        public Builder systemFontDirs(List<Path> dirs) {
            this.systemDirs = dirs;
            return this;
        }

        public Builder cacheDir(Path dir) {
            this.cache = dir;
            return this;
        }

        public FontConfig build() {
            return new FontConfig(explicit, user, system, systemDirs, shipped, cache);
        }
    }
}

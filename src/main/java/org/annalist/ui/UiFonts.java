package org.annalist.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javafx.scene.text.Font;

/**
 * The window's Chinese font. Windows and macOS always have one (微软雅黑, 苹方) and the stylesheet names them; a
 * bare Linux desktop may have none, and JavaFX would then draw every Chinese character as an empty box. There the
 * program's own 黑体 from {@code fonts/} (shipped for typesetting) is loaded and named for the whole window.
 */
final class UiFonts {
    /** The families the stylesheet asks for, in its order; any one of them installed is enough. */
    static final List<String> SYSTEM_FAMILIES = List.of("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC",
            "WenQuanYi Micro Hei", "Source Han Sans SC", "Source Han Sans CN", "SimHei", "Noto Sans SC");
    static final String SHIPPED = "NotoSansSC-Medium.ttf";

    private UiFonts() {
    }

    /**
     * A stylesheet (a data URL) that sets the shipped font on the window when the system has none of
     * {@link #SYSTEM_FAMILIES}; null when it has one or the shipped font cannot be loaded (the window still works).
     */
    static String stylesheetIfNeeded(Path fontsDir) {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        if (SYSTEM_FAMILIES.stream().anyMatch(installed::contains)) return null;
        Path file = fontsDir.resolve(SHIPPED);
        if (!Files.isRegularFile(file)) return null;
        Font loaded;
        try (InputStream in = Files.newInputStream(file)) {
            loaded = Font.loadFont(in, 13);
        } catch (IOException e) {
            return null;
        }
        if (loaded == null) return null;
        String css = ".root, .markdown-area { -fx-font-family: \"" + loaded.getFamily() + "\"; }";
        return "data:text/css," + URLEncoder.encode(css, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

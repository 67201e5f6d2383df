package org.annalist.export.png;

import org.annalist.i18n.LocalizedIOException;
import org.annalist.i18n.Localized;
import org.annalist.typeset.frame.FontRef;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * AWT fonts created from the very files the layout measured (never a system font of the same name, which
 * may be another version with other metrics). A .ttc face is picked by its PostScript name. Fonts are
 * created at size 1 and derived per run; the cache lives as long as the renderer.
 */
final class AwtFonts {
    private final Map<FontRef, Font> fonts = new HashMap<>();

    synchronized Font get(FontRef ref) throws IOException {
        Font f = fonts.get(ref);
        if (f == null) {
            f = load(ref);
            fonts.put(ref, f);
        }
        return f;
    }

    private static Font load(FontRef ref) throws IOException {
        Path file = Path.of(ref.file());
        if (!Files.isReadable(file)) throw new LocalizedIOException("export.fontUnreadable", file);
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                Font[] faces = Font.createFonts(file.toFile());
                for (Font face : faces) {
                    if (ref.postScriptName() == null || face.getPSName().equals(ref.postScriptName())) return face;
                }
                throw new LocalizedIOException("export.fontNoFace", file, ref.postScriptName());
            }
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException e) {
            throw new LocalizedIOException(Localized.of("export.fontNotTrueType", file, e.getMessage()), e);
        }
    }
}

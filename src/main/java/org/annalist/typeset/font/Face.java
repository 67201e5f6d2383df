package org.annalist.typeset.font;

import org.annalist.typeset.frame.FontRef;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One TrueType face with its metrics read once: glyph ids of the whole BMP and all advance widths are
 * copied into arrays at load, so that composing (millions of lookups, several threads) never touches
 * fontbox again. Metrics are in em (1.0 = the font size).
 */
public final class Face {
    private final Path file;
    private final String postScriptName;
    private final String family;
    private final char[] bmpGlyph = new char[0x10000];
    private final float[] advance;
    private final float ascent;
    private final float descent;
    private final ConcurrentHashMap<Integer, Integer> supplementary = new ConcurrentHashMap<>();
    private final CmapLookup cmapForSupplementary;

    private Face(Path file, TrueTypeFont ttf) throws IOException {
        this.file = file;
        this.postScriptName = ttf.getName();
        this.family = ttf.getNaming() != null && ttf.getNaming().getFontFamily() != null
                ? ttf.getNaming().getFontFamily() : postScriptName;
        float upem = ttf.getUnitsPerEm();
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) throw new IOException("没有 Unicode 字符映射表（cmap）");
        for (int cp = 0; cp < 0x10000; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) continue;
            int gid = cmap.getGlyphId(cp);
            if (gid > 0 && gid < 0x10000) bmpGlyph[cp] = (char) gid;
        }
        int n = ttf.getNumberOfGlyphs();
        advance = new float[n];
        for (int gid = 0; gid < n; gid++) advance[gid] = ttf.getAdvanceWidth(gid) / upem;
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        if (os2 != null && os2.getTypoAscender() != 0) {
            ascent = os2.getTypoAscender() / upem;
            descent = -os2.getTypoDescender() / upem;
        } else {
            ascent = hhea.getAscender() / upem;
            descent = -hhea.getDescender() / upem;
        }
        // Supplementary-plane characters (CJK Ext. B…) are rare: look them up lazily, under a lock.
        this.cmapForSupplementary = cmap;
    }

    /**
     * Loads a .ttf/.otf with TrueType outlines, or one face of a .ttc ({@code postScriptName} selects it;
     * null takes the first face).
     */
    public static Face load(Path file, String postScriptName) throws FontException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".ttc")) {
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    List<TrueTypeFont> faces = new ArrayList<>();
                    ttc.processAllFonts(faces::add);
                    for (TrueTypeFont f : faces) {
                        if (postScriptName == null || postScriptName.equals(f.getName())) return checked(file, f);
                    }
                    throw new FontException(file, "字体集中没有名为 " + postScriptName + " 的字体");
                }
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                return checked(file, ttf);
            }
        } catch (FontException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FontException(file, "不是可读的 TrueType 字体（" + e.getMessage() + "）", e);
        }
    }

    private static Face checked(Path file, TrueTypeFont ttf) throws IOException, FontException {
        if (ttf.getGlyph() == null) {
            throw new FontException(file, "字形是 CFF（PostScript）轮廓，PDF 导出只能嵌入 TrueType 轮廓的字体");
        }
        return new Face(file, ttf);
    }

    public FontRef ref() {
        return new FontRef(file.toString(), postScriptName);
    }

    public Path file() {
        return file;
    }

    public String postScriptName() {
        return postScriptName;
    }

    public String family() {
        return family;
    }

    /** The glyph for the character, 0 (.notdef) if the face has none. */
    public int glyphId(int codePoint) {
        if (codePoint < 0x10000) return codePoint >= 0 ? bmpGlyph[codePoint] : 0;
        return supplementary.computeIfAbsent(codePoint, cp -> {
            synchronized (cmapForSupplementary) {
                return cmapForSupplementary.getGlyphId(cp);
            }
        });
    }

    public boolean covers(int codePoint) {
        return glyphId(codePoint) != 0;
    }

    /** Advance width of the character's glyph in em (of .notdef when not covered). */
    public float advance(int codePoint) {
        return advance[glyphId(codePoint)];
    }

    /** Distance from baseline to the top of the em box used for line placement, in em. */
    public float ascent() {
        return ascent;
    }

    /** Distance from baseline down to the bottom, in em, positive. */
    public float descent() {
        return descent;
    }

    public int glyphCount() {
        return advance.length;
    }

    @Override
    public String toString() {
        return postScriptName + " (" + file.getFileName() + ")";
    }
}

package org.annalist.typeset.font;

import org.annalist.i18n.Texts;
import org.annalist.i18n.LocalizedIOException;
import org.annalist.i18n.Localized;
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
    private final String displayName;
    private final char[] bmpGlyph = new char[0x10000];
    private final float[] advance;
    private final float ascent;
    private final float descent;
    private final ConcurrentHashMap<Integer, Integer> supplementary = new ConcurrentHashMap<>();
    /** Null for a face read from a {@link FaceMetricsFile}: its supplementary glyphs are all in {@link #supplementary}. */
    private final CmapLookup cmapForSupplementary;

    /** A face from saved metrics; {@code supplementary} holds every glyph of the face beyond the BMP. */
    Face(Path file, String postScriptName, String family, String displayName, char[] bmpGlyph, float[] advance,
         float ascent, float descent, java.util.Map<Integer, Integer> supplementary) {
        if (bmpGlyph.length != 0x10000) throw new IllegalArgumentException("BMP glyph table of " + bmpGlyph.length);
        this.file = file;
        this.postScriptName = postScriptName;
        this.family = family;
        this.displayName = displayName;
        System.arraycopy(bmpGlyph, 0, this.bmpGlyph, 0, 0x10000);
        this.advance = advance;
        this.ascent = ascent;
        this.descent = descent;
        this.supplementary.putAll(supplementary);
        this.cmapForSupplementary = null;
    }

    private Face(Path file, TrueTypeFont ttf, SfntInfo.FaceInfo info) throws IOException {
        this.file = file;
        this.postScriptName = ttf.getName();
        this.family = ttf.getNaming() != null && ttf.getNaming().getFontFamily() != null
                ? ttf.getNaming().getFontFamily() : postScriptName;
        this.displayName = info.displayName();
        float upem = ttf.getUnitsPerEm();
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) throw new LocalizedIOException("font.noCmap");
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
     * Loads a .ttf/.otf with TrueType outlines, or one face of a .ttc ({@code name} selects it by
     * PostScript or family name; null takes the first face). Whether the file is a collection is read
     * from its header, not guessed from the extension. Not cached: use {@link FaceCache} for that.
     */
    public static Face load(Path file, String name) throws FontException {
        // The cheap structural read first: garbage, truncated copies and CFF outlines are refused with
        // a clear message before fontbox sees the file (fontbox would fail later, or obscurely).
        SfntInfo sfnt = SfntInfo.read(file);
        // A single-face file is what the template pointed at, whatever name it gives; the name only
        // chooses among the faces of a collection.
        SfntInfo.FaceInfo info = sfnt.isCollection() ? sfnt.face(name) : sfnt.faces().get(0);
        if (info == null) {
            List<String> names = new ArrayList<>();
            for (SfntInfo.FaceInfo f : sfnt.faces()) names.add(f.postScriptName());
            throw new FontException(file, "font.noSuchFace", name, Texts.list(names));
        }
        if (info.cff()) {
            throw new FontException(file, "font.cff");
        }
        try {
            if (sfnt.isCollection()) {
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    List<TrueTypeFont> faces = new ArrayList<>();
                    ttc.processAllFonts(faces::add);
                    if (info.index() >= faces.size()) throw new FontException(file, "font.noIndex", info.index() + 1);
                    return checked(file, faces.get(info.index()), info);
                }
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                return checked(file, ttf, info);
            }
        } catch (FontException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FontException(file, Localized.of("font.notTrueType", Localized.reason(e)), e);
        }
    }

    private static Face checked(Path file, TrueTypeFont ttf, SfntInfo.FaceInfo info) throws IOException, FontException {
        if (ttf.getGlyph() == null) {
            throw new FontException(file, "font.cff");
        }
        return new Face(file, ttf, info);
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

    /** The name an editor knows the font by: the Chinese family name when the font has one (宋体, 霞鹜文楷). */
    public String displayName() {
        return displayName;
    }

    /** The glyph for the character, 0 (.notdef) if the face has none. */
    public int glyphId(int codePoint) {
        if (codePoint < 0x10000) return codePoint >= 0 ? bmpGlyph[codePoint] : 0;
        if (cmapForSupplementary == null) return supplementary.getOrDefault(codePoint, 0);
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

    /** The glyph table of the BMP, shared (for {@link FaceMetricsFile}; not to be changed). */
    char[] bmpGlyphs() {
        return bmpGlyph;
    }

    /** The advances in em by glyph id, shared (for {@link FaceMetricsFile}; not to be changed). */
    float[] advances() {
        return advance;
    }

    /** Every character beyond the BMP the face has a glyph for, with its glyph (for {@link FaceMetricsFile}). */
    java.util.SortedMap<Integer, Integer> supplementaryGlyphs() {
        java.util.SortedMap<Integer, Integer> out = new java.util.TreeMap<>();
        if (cmapForSupplementary == null) {
            supplementary.forEach((cp, gid) -> {
                if (gid != 0) out.put(cp, gid);
            });
            return out;
        }
        synchronized (cmapForSupplementary) {
            for (int cp = 0x10000; cp <= 0x10FFFF; cp++) {
                int gid = cmapForSupplementary.getGlyphId(cp);
                if (gid > 0 && gid < advance.length) out.put(cp, gid);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return postScriptName + " (" + file.getFileName() + ")";
    }
}

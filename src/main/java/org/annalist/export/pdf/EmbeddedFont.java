package org.annalist.export.pdf;

import org.annalist.i18n.LocalizedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One face as used in one document: the PDF font (subset on save) and what the writer needs to place
 * glyphs exactly—glyph ids from the cmap (so a missing glyph is skipped instead of drawn as .notdef) and
 * advances in the same 1/1000-em integers PDFBox writes into the font's /W array, so the viewer's pen
 * lands where our kerning adjustments expect it.
 *
 * <p>A book draws millions of glyphs from a few thousand characters, so the cmap and the advances are
 * copied into arrays once (fontbox's cmap is a boxed HashMap, its advances sit behind a table lookup), and
 * each character is registered for the subset and the /ToUnicode map only the first time it is drawn.
 */
final class EmbeddedFont {
    private final PDType0Font pdf;
    /** The resource name every page uses for this font ({@code /F1}…). */
    private final COSName name;
    private final CmapLookup cmap;
    /** Glyph id of every BMP code point, 0 where the font has none. */
    private final char[] bmpGlyph;
    /** Supplementary-plane characters (CJK Ext. B…) are rare: looked up in the cmap once each. */
    private final Map<Integer, Integer> supplementaryGlyph = new java.util.concurrent.ConcurrentHashMap<>();
    /** Advance per glyph id in 1/1000 em, rounded as in the embedded /W array. */
    private final int[] advance;
    /** BMP code points already registered with {@link #use}, one bit each. */
    private final long[] usedBmp = new long[0x10000 / 64];
    private final Set<Integer> usedSupplementary = new HashSet<>();
    private final ToUnicodeCMap toUnicode = new ToUnicodeCMap();

    /** What is copied out of the font file once: glyph ids of the BMP and advances; see the fields above. */
    record Tables(CmapLookup cmap, char[] bmpGlyph, int[] advance) {
        static Tables of(TrueTypeFont ttf) throws IOException {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap == null) throw new LocalizedIOException("font.noCmap");
            char[] bmpGlyph = new char[0x10000];
            for (int cp = 0; cp < 0x10000; cp++) {
                if (cp >= 0xD800 && cp <= 0xDFFF) continue;
                int gid = cmap.getGlyphId(cp);
                if (gid > 0 && gid < 0x10000) bmpGlyph[cp] = (char) gid;
            }
            float scale = 1000f / ttf.getUnitsPerEm();
            int n = Math.max(1, ttf.getNumberOfGlyphs());
            int[] advance = new int[n];
            for (int gid = 0; gid < n; gid++) advance[gid] = Math.round(ttf.getAdvanceWidth(gid) * scale);
            return new Tables(cmap, bmpGlyph, advance);
        }
    }

    EmbeddedFont(PDType0Font pdf, TrueTypeFont ttf) throws IOException {
        this(pdf, Tables.of(ttf), COSName.getPDFName("F1"));
    }

    EmbeddedFont(PDType0Font pdf, Tables tables, COSName name) {
        this.pdf = pdf;
        this.name = name;
        this.cmap = tables.cmap();
        this.bmpGlyph = tables.bmpGlyph();
        this.advance = tables.advance();
    }

    PDType0Font pdf() {
        return pdf;
    }

    COSName name() {
        return name;
    }

    /**
     * Glyph id for the character, 0 when the font lacks it. With Identity-H and PDFBox's subsetting (which
     * keeps original glyph ids as CIDs through a CIDToGIDMap) this is also the character code to write.
     */
    int glyph(int codePoint) {
        if (codePoint < 0x10000) return bmpGlyph[codePoint];
        return supplementaryGlyph.computeIfAbsent(codePoint, cp -> {
            int gid = cmap.getGlyphId(cp);
            return gid > 0 && gid < 0x10000 ? gid : 0;
        });
    }

    /** Advance of a glyph (from {@link #glyph}) in 1/1000 em, rounded as in the embedded /W array. */
    int advance(int glyph) {
        return advance[glyph < advance.length ? glyph : advance.length - 1];
    }

    /**
     * Notes that the character is drawn with {@code glyph}: it is kept when the font is subset, and goes
     * into the /ToUnicode map written by {@link #finish}. Cheap after the first time for each character.
     */
    void use(int codePoint, int glyph) {
        // Called on the exporter's thread only (PageResources#add), before the page goes to a writer.
        if (codePoint < 0x10000) {
            long bit = 1L << codePoint;
            int word = codePoint >>> 6;
            if ((usedBmp[word] & bit) != 0) return;
            usedBmp[word] |= bit;
        } else if (!usedSupplementary.add(codePoint)) {
            return;
        }
        pdf.addToSubset(codePoint);
        toUnicode.add(glyph, codePoint);
    }

    /**
     * Subsets the font (PDFBox would do it during save) and replaces the /ToUnicode map PDFBox built with
     * ours. Fonts never drawn are left alone: nothing refers to them, so they are not written.
     */
    void finish(PDDocument doc) throws IOException {
        if (toUnicode.isEmpty()) return;
        pdf.subset();
        PDStream cmapStream = new PDStream(doc, new ByteArrayInputStream(toUnicode.toBytes()), COSName.FLATE_DECODE);
        pdf.getCOSObject().setItem(COSName.TO_UNICODE, cmapStream);
    }
}

package org.annalist.export.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * One face as used in one document: the PDF font (subset on save) and what the writer needs to place
 * glyphs exactly—coverage from the cmap (so a missing glyph is skipped instead of throwing from
 * showText) and advances in the same 1/1000-em integers PDFBox writes into the font's /W array, so the
 * viewer's pen lands where our kerning adjustments expect it.
 */
final class EmbeddedFont {
    private final PDType0Font pdf;
    private final CmapLookup cmap;
    private final TrueTypeFont ttf;
    private final float scale;
    private final ToUnicodeCMap toUnicode = new ToUnicodeCMap();

    EmbeddedFont(PDType0Font pdf, TrueTypeFont ttf) throws IOException {
        this.pdf = pdf;
        this.ttf = ttf;
        this.cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) throw new IOException("没有 Unicode 字符映射表（cmap）");
        this.scale = 1000f / ttf.getUnitsPerEm();
    }

    PDType0Font pdf() {
        return pdf;
    }

    boolean covers(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** Notes that the character is drawn, for the /ToUnicode map written by {@link #finish}. */
    void use(int codePoint) {
        toUnicode.add(cmap.getGlyphId(codePoint), codePoint);
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

    /** Advance of the character's glyph in 1/1000 em, rounded as in the embedded /W array. */
    int advance(int codePoint) throws IOException {
        return Math.round(ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) * scale);
    }
}

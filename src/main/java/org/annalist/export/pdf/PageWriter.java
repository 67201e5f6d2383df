package org.annalist.export.pdf;

import org.annalist.export.SkippedCharacters;
import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;
import org.annalist.typeset.frame.Rule;

import java.io.IOException;

/**
 * Writes one page frame as content-stream operators. Items are visited in frame order, which is reading
 * order (column 1 before column 2), because text extraction and screen readers follow the content stream.
 * Nested frames only shift coordinates, so no graphics-state operators are spent on them. Consecutive
 * text runs share one text object (BT…ET), each run placed relative to the previous one (Td), with the
 * font set (Tf) only when it changes.
 */
final class PageWriter {
    /** Below this (in points) a glyph is taken to sit where the previous glyph's advance left the pen. */
    private static final double SNAP = 0.001;

    private final PageResources shared;
    private final SkippedCharacters skipped;
    private final GlyphArray tj = new GlyphArray();
    private final ContentBuffer out = new ContentBuffer();
    /** Fonts and pictures the current page draws: they go into its resource dictionary. */
    private final java.util.Set<EmbeddedFont> usedFonts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final java.util.Set<PageResources.Picture> usedPictures = new java.util.LinkedHashSet<>();
    private org.annalist.typeset.frame.FontRef lastRef;
    private EmbeddedFont lastFont;
    private boolean inText;
    private EmbeddedFont textFont;
    private double textSize;
    /** Start of the current text line (Tlm's origin) in PDF user space, inside a text object. */
    private double lineX;
    private double lineY;
    private double originX;
    private double originTop;
    private double lineWidth;
    /** The content stream's character spacing (Tc, points); part of the graphics state, so it outlives ET. */
    private double charSpacing;
    /** Glyph ids and positions of the run being written (reused). */
    private int[] gids = new int[256];
    private double[] gxs = new double[256];
    private int[] cps = new int[256];
    private long[] gaps = new long[256];

    /**
     * A writer for one thread: pages are written on several threads at once, each with its own writer;
     * what they share (fonts, pictures, skipped characters) is safe to use from all of them.
     */
    PageWriter(PageResources shared, SkippedCharacters skipped) {
        this.shared = shared;
        this.skipped = skipped;
    }

    /**
     * Draws {@code page} with its top-left corner at PDF user-space point ({@code originX}, {@code originTop});
     * PDF's y axis grows upwards, the frame's downwards.
     */
    ContentBuffer write(Frame page, double originX, double originTop) throws IOException {
        this.originX = originX;
        this.originTop = originTop;
        this.lineWidth = Double.NaN;
        this.charSpacing = 0;
        this.inText = false;
        this.textFont = null;
        usedFonts.clear();
        usedPictures.clear();
        out.reset();
        walk(page, 0, 0);
        endText();
        return out;
    }

    /** The fonts the page last written draws with. */
    java.util.Set<EmbeddedFont> usedFonts() {
        return usedFonts;
    }

    /** The pictures the page last written draws. */
    java.util.Set<PageResources.Picture> usedPictures() {
        return usedPictures;
    }

    private void endText() {
        if (!inText) return;
        out.op("ET");
        inText = false;
        textFont = null;
    }

    private void walk(Frame frame, double dx, double dy) throws IOException {
        for (Positioned p : frame.items()) {
            double x = dx + p.x();
            double y = dy + p.y();
            if (p.item() instanceof GlyphRun run) text(run, x, y);
            else if (p.item() instanceof Rule rule) rule(rule, x, y);
            else if (p.item() instanceof Frame nested) walk(nested, x, y);
            else if (p.item() instanceof org.annalist.typeset.frame.Image img) image(img, x, y);
        }
    }

    /** A picture scaled into its box; (x, y) is its top-left corner. */
    private void image(org.annalist.typeset.frame.Image img, double x, double y) {
        PageResources.Picture picture = shared.picture(img.file());
        usedPictures.add(picture);
        endText();
        out.op("q");
        out.number(img.width()).number(0).number(0).number(img.height())
                .number(originX + x).number(originTop - y - img.height()).op("cm");
        out.name(picture.name()).op("Do");
        out.op("Q");
    }

    private void rule(Rule rule, double x, double y) throws IOException {
        if (rule.thickness() <= 0) return;
        endText();
        if (rule.thickness() != lineWidth) {
            out.number(rule.thickness()).op("w");
            lineWidth = rule.thickness();
        }
        out.number(originX + x).number(originTop - y).op("m");
        out.number(originX + x + rule.dx()).number(originTop - y - rule.dy()).op("l");
        out.op("S");
    }

    /**
     * One BT…ET with a single TJ per run: strings of glyphs that follow each other at their natural
     * advance, separated by adjustments where justification or compressed punctuation moved a glyph.
     * Extraction tools then see words and lines rather than one positioned letter after another.
     *
     * <p>A justified Chinese line adds one amount between all its characters; that amount goes into the
     * character spacing (Tc) once, so only the glyphs placed otherwise (compressed punctuation, Han–Latin
     * spacing) need a TJ adjustment. Written per glyph instead, the adjustments were two thirds of a page's
     * content bytes, and writing and compressing them was most of the PDF's cost.
     * Glyph ids come from the font's table and go straight into the TJ operand (see {@link GlyphArray});
     * nothing is allocated per glyph.
     */
    private void text(GlyphRun run, double x, double y) throws IOException {
        if (run.size() <= 0 || run.glyphCount() == 0) return;
        if (!run.font().equals(lastRef)) {
            lastRef = run.font();
            lastFont = shared.font(lastRef);
        }
        EmbeddedFont font = lastFont;
        double size = run.size();
        String text = run.text();
        int n = 0;
        for (int i = 0, off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            off += Character.charCount(cp);
            int gid = font.glyph(cp);
            if (gid == 0) {
                skipped.add(cp);
                continue;
            }
            if (n == gids.length) grow();
            gids[n] = gid;
            cps[n] = cp;
            gxs[n] = run.xAt(i);
            n++;
        }
        if (n == 0) return;
        double spacing = commonGap(font, size, n);
        if (!inText) {
            out.op("BT");
            inText = true;
            lineX = 0;
            lineY = 0;
        }
        if (font != textFont || size != textSize) {
            usedFonts.add(font);
            out.name(font.name()).number(size).op("Tf");
            textFont = font;
            textSize = size;
        }
        if (Math.abs(spacing - charSpacing) > SNAP / 10) {
            charSpacing = (float) spacing;
            out.number(charSpacing).op("Tc");
        }
        // Td moves from the previous line's start; positions are kept as written (to float) so that
        // rounding does not add up along the page.
        double startX = (float) (originX + x + gxs[0]);
        double startY = (float) (originTop - y);
        out.number(startX - lineX).number(startY - lineY).op("Td");
        lineX = startX;
        lineY = startY;
        tj.begin();
        double pen = gxs[0];
        for (int k = 0; k < n; k++) {
            double delta = gxs[k] - pen;
            if (Math.abs(delta) > SNAP) {
                // TJ numbers are in thousandths of the font size and move the pen left when positive.
                tj.adjust((float) (-delta * 1000 / size));
            }
            tj.glyph(gids[k]); // registered for the subset already (PageResources#add)
            pen = gxs[k] + font.advance(gids[k]) * size / 1000 + charSpacing;
        }
        tj.writeTo(out);
    }

    /**
     * The gap (points) found most often between one glyph's advance and the next glyph, to the nearest
     * 1/10000 pt; the current spacing when the run has a single glyph or no gap repeats.
     */
    private double commonGap(EmbeddedFont font, double size, int n) {
        if (n < 3) return charSpacing;
        int m = 0;
        for (int k = 1; k < n; k++) {
            double gap = gxs[k] - gxs[k - 1] - font.advance(gids[k - 1]) * size / 1000;
            gaps[m++] = Math.round(gap * 10000);
        }
        java.util.Arrays.sort(gaps, 0, m);
        long best = 0;
        int bestCount = 0;
        for (int a = 0; a < m; ) {
            int b = a;
            while (b < m && gaps[b] == gaps[a]) b++;
            if (b - a > bestCount) {
                bestCount = b - a;
                best = gaps[a];
            }
            a = b;
        }
        if (bestCount < 2) return charSpacing;
        double mode = best / 10000.0;
        return Math.abs(mode - charSpacing) <= SNAP ? charSpacing : mode;
    }

    private void grow() {
        int size = gids.length * 2;
        gids = java.util.Arrays.copyOf(gids, size);
        gxs = java.util.Arrays.copyOf(gxs, size);
        cps = java.util.Arrays.copyOf(cps, size);
        gaps = java.util.Arrays.copyOf(gaps, size);
    }
}

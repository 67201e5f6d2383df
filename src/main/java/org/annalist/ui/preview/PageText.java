package org.annalist.ui.preview;

import org.annalist.typeset.frame.Frame;
import org.annalist.typeset.frame.GlyphRun;
import org.annalist.typeset.frame.Positioned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The characters printed on the pages in reading order, each with its page, its box (points from the page's
 * top-left) and the source key the typesetter carried to its glyph (the place in the item's text it was set
 * from). The caret's place on the pages and the character under a click are found through those keys, never by
 * looking for the text again.
 */
public final class PageText {

    /** Where one printed character sits. */
    public record Glyph(int page, double x, double top, double width, double height) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Glyph> glyphs = new ArrayList<>();
    /** The source key of each entry of {@link #glyphs} (-1: set by the program). */
    private long[] keys = new long[256];

    public PageText(List<Frame> pages) {
        for (int p = 0; p < pages.size(); p++) walk(pages.get(p), p, 0, 0);
        keys = Arrays.copyOf(keys, glyphs.size());
    }

    private void walk(Frame f, int page, double dx, double dy) {
        for (Positioned pos : f.items()) {
            double x = dx + pos.x();
            double y = dy + pos.y();
            if (pos.item() instanceof Frame inner) {
                walk(inner, page, x, y);
            } else if (pos.item() instanceof GlyphRun run) {
                String s = run.text();
                for (int i = 0, off = 0; off < s.length(); i++) {
                    int cp = s.codePointAt(off);
                    int here = off;
                    off += Character.charCount(cp);
                    if (Character.isWhitespace(cp)) continue;
                    double gx = x + run.xAt(i);
                    double next = i + 1 < run.glyphCount() ? x + run.xAt(i + 1) : x + run.width();
                    long key = run.hasSource() ? run.sourceOfChar(here) : -1;
                    text.appendCodePoint(cp);
                    // one entry per UTF-16 unit, so indexes into the text are indexes into the glyphs
                    for (int k = 0; k < Character.charCount(cp); k++) {
                        if (glyphs.size() == keys.length) keys = Arrays.copyOf(keys, keys.length * 2);
                        keys[glyphs.size()] = key;
                        glyphs.add(new Glyph(page, gx, y - run.size() * 0.88, Math.max(next - gx, run.size() * 0.3), run.size()));
                    }
                }
            }
        }
    }

    /** Where the character at {@code index} of {@link #text()} is printed. */
    public Glyph glyph(int index) {
        return glyphs.get(index);
    }

    /** The printed characters in reading order (white space left out). */
    public String text() {
        return text.toString();
    }

    /**
     * Where a caret before the character with source key {@code key} is printed: before that character if it is
     * printed; otherwise (markup, a line end) after the printed character of the same source ({@code origin})
     * that comes last before it, or before the first one after it. Null when nothing of the source is printed.
     */
    public Glyph caret(long origin, long key) {
        int exact = -1;
        int before = -1;
        int after = -1;
        long end = origin + (1L << 32);
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            if (k < origin || k >= end) continue;
            if (k == key) {
                if (exact < 0) exact = i;
            } else if (k < key) {
                if (before < 0 || k > keys[before]) before = i;
            } else if (after < 0 || k < keys[after]) {
                after = i;
            }
        }
        if (exact < 0 && before >= 0) {
            Glyph g = glyphs.get(lastUnitOf(before));
            return new Glyph(g.page(), g.x() + g.width(), g.top(), 0, g.height());
        }
        int at = exact >= 0 ? exact : after;
        if (at < 0) return null;
        Glyph g = glyphs.get(at);
        return new Glyph(g.page(), g.x(), g.top(), 0, g.height());
    }

    /** The last UTF-16 unit's entry of the character whose first unit is at {@code i}. */
    private int lastUnitOf(int i) {
        while (i + 1 < keys.length && keys[i + 1] == keys[i] && glyphs.get(i + 1).x() == glyphs.get(i).x()) i++;
        return i;
    }

    /**
     * The source key of the place a click at ({@code x}, {@code y}) on page {@code page} points to: before the
     * character under it, or after it when the click is on its right half, taking the nearest line and
     * character of that source when the click is between them. Empty when nothing from {@code origin}'s
     * source is printed on the page.
     */
    public OptionalLong keyAt(int page, double x, double y, long origin) {
        long end = origin + (1L << 32);
        int best = -1;
        double bestLine = Double.MAX_VALUE;
        double bestAcross = Double.MAX_VALUE;
        for (int i = 0; i < glyphs.size(); i++) {
            long k = keys[i];
            if (k < origin || k >= end) continue;
            Glyph g = glyphs.get(i);
            if (g.page() != page) continue;
            double line = y < g.top() ? g.top() - y : y > g.top() + g.height() ? y - g.top() - g.height() : 0;
            double across = x < g.x() ? g.x() - x : x > g.x() + g.width() ? x - g.x() - g.width() : 0;
            if (line < bestLine - 0.01 || Math.abs(line - bestLine) <= 0.01 && across < bestAcross) {
                best = i;
                bestLine = line;
                bestAcross = across;
            }
        }
        if (best < 0) return OptionalLong.empty();
        Glyph g = glyphs.get(best);
        boolean rightHalf = x > g.x() + g.width() / 2;
        long key = keys[best];
        if (rightHalf) key += Character.charCount(text.codePointAt(best));
        return OptionalLong.of(key);
    }
}

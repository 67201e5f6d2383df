package org.annalist.typeset.inline;

import org.annalist.typeset.font.Face;

/**
 * One paragraph as parallel primitive arrays, one slot per character (an "item"), filled by {@link Collector},
 * {@link Spacing} and {@link BreakFinder} and read by the line breakers and {@link Justifier}. Widths are in pt.
 * Item i's box is {@code lb[i] + core[i] + rb[i]}: the blank halves of punctuation around its ink; the gap after
 * item i (Latin word space or Han–Latin space) is {@code gap[i]}. Prefix sums make a candidate line O(1).
 */
final class Items {
    static final byte BREAK_NONE = 0;
    static final byte BREAK_ALLOWED = 1;
    static final byte BREAK_FORCED = 2;
    /** Inside an unbreakable run longer than a line: allowed only at a high cost. */
    static final byte BREAK_EMERGENCY = 3;

    static final byte GAP_NONE = 0;
    static final byte GAP_WORD = 1;
    static final byte GAP_HAN_LATIN = 2;

    int n;
    String text;
    int[] cp;
    /** The character drawn (a —— pair may be drawn with full-width ―). */
    int[] glyph;
    byte[] cls;
    int[] run;
    int[] src;
    /** Where the character stood in the parsed text (a {@link org.annalist.doc.SourceMap} key), or -1. */
    long[] key;
    Face[] face;
    boolean[] raised;
    boolean[] spaceAfter;
    boolean[] forcedAfter;

    double[] core;
    double[] lb;
    double[] rb;
    /** How far the glyph origin sits left of the box start before justification (trimmed blank, centring). */
    double[] glyphOff;
    byte[] shrinkClass;
    /** Right blank removed when the item ends a line (行末半角). */
    double[] endTrim;

    double[] gap;
    double[] gapShrink;
    double[] gapStretch;
    byte[] gapKind;
    /** Whether the gap after the item takes part in even inter-character stretching (R8). */
    boolean[] elig;
    byte[] brk;

    double[] pw;
    double[] ps;
    double[] pt;
    int[] pc;
    double nominalStretch;

    Items(int capacity) {
        reset(capacity);
    }

    /**
     * Empties the items for a paragraph of up to {@code capacity} characters. The arrays are kept from
     * paragraph to paragraph (a composer reuses one Items): a book's paragraphs would otherwise allocate
     * some 120 bytes per character, most of what composing allocates, only for the collector to free it.
     */
    void reset(int capacity) {
        n = 0;
        text = null;
        nominalStretch = 0;
        if (cp == null || cp.length < capacity) {
            int size = Math.max(capacity, cp == null ? 0 : cp.length * 3 / 2);
            cp = new int[size];
            cls = new byte[size];
            run = new int[size];
            src = new int[size];
            key = new long[size];
            face = new Face[size];
            raised = new boolean[size];
            spaceAfter = new boolean[size];
            forcedAfter = new boolean[size];
        } else {
            java.util.Arrays.fill(spaceAfter, 0, capacity, false);
            java.util.Arrays.fill(forcedAfter, 0, capacity, false);
        }
    }

    /** Metric arrays for the {@code n} items collected, all zero; glyphs start as the characters. */
    void allocateMetrics() {
        if (core == null || core.length < n) {
            int size = Math.max(n, cp.length);
            glyph = new int[size];
            core = new double[size];
            lb = new double[size];
            rb = new double[size];
            glyphOff = new double[size];
            shrinkClass = new byte[size];
            endTrim = new double[size];
            gap = new double[size];
            gapShrink = new double[size];
            gapStretch = new double[size];
            gapKind = new byte[size];
            elig = new boolean[size];
            brk = new byte[size];
            pw = new double[size + 1];
            ps = new double[size + 1];
            pt = new double[size + 1];
            pc = new int[size + 1];
        } else {
            java.util.Arrays.fill(core, 0, n, 0);
            java.util.Arrays.fill(lb, 0, n, 0);
            java.util.Arrays.fill(rb, 0, n, 0);
            java.util.Arrays.fill(glyphOff, 0, n, 0);
            java.util.Arrays.fill(shrinkClass, 0, n, (byte) 0);
            java.util.Arrays.fill(endTrim, 0, n, 0);
            java.util.Arrays.fill(gap, 0, n, 0);
            java.util.Arrays.fill(gapShrink, 0, n, 0);
            java.util.Arrays.fill(gapStretch, 0, n, 0);
            java.util.Arrays.fill(gapKind, 0, n, (byte) 0);
            java.util.Arrays.fill(elig, 0, n, false);
            java.util.Arrays.fill(brk, 0, n, (byte) 0);
            pw[0] = 0;
            ps[0] = 0;
            pt[0] = 0;
            pc[0] = 0;
        }
        System.arraycopy(cp, 0, glyph, 0, n);
    }

    void computePrefixes() {
        for (int i = 0; i < n; i++) {
            pw[i + 1] = pw[i] + lb[i] + core[i] + rb[i] + gap[i];
            ps[i + 1] = ps[i] + lb[i] + rb[i] + gapShrink[i];
            pt[i + 1] = pt[i] + gapStretch[i] + (elig[i] ? nominalStretch : 0);
            pc[i + 1] = pc[i] + (CharClass.isCjkPunct(cls[i]) ? 0 : 1);
        }
    }

    /** Natural width of the line holding items a..b-1 (gaps at its edges dropped, line-end trim applied). */
    double width(int a, int b) {
        return pw[b] - pw[a] - gap[b - 1] - endTrim[b - 1];
    }

    /** All the line can shrink. */
    double shrink(int a, int b) {
        return ps[b] - ps[a] - gapShrink[b - 1] - endTrim[b - 1];
    }

    /** Nominal stretchability, for badness only: inter-character stretch is unlimited but costs. */
    double stretch(int a, int b) {
        return pt[b] - pt[a] - gapStretch[b - 1] - (elig[b - 1] ? nominalStretch : 0);
    }

    /** 孤字 (R12): a line of at most one character that is not punctuation. */
    boolean lone(int a, int b) {
        return pc[b] - pc[a] <= 1;
    }

    String source(int a, int b) {
        boolean words = false;
        for (int i = a; i < b - 1 && !words; i++) words = gapKind[i] == GAP_WORD;
        if (!words) return new String(cp, a, b - a);
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            sb.appendCodePoint(cp[i]);
            if (i < b - 1 && gapKind[i] == GAP_WORD) sb.append(' ');
        }
        return sb.toString();
    }
}

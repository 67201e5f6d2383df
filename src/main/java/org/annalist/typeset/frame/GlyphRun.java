package org.annalist.typeset.frame;

import java.util.Arrays;

/**
 * Text in one face at one size. {@code text} holds the characters (one code point per glyph, in order);
 * {@code x[i]} is where glyph i's origin sits, relative to the run's position (the baseline's left end),
 * in points. Positions are explicit because compressed punctuation and justification move glyphs
 * individually. {@code width} is the run's advance. {@code ref} says what the run stands for in the document when
 * a later stage must find it again — {@code note:3}, the mark of the paragraph's third footnote, {@code note-number:3},
 * that note's own number at the foot — so that nothing downstream searches the set text; null for text. {@code source} traces each glyph to its character
 * in the parsed text: (index in {@code text}, key) segments, each following character one key further (see
 * {@link #sourceAt}), empty when nothing in the run is from the source. {@code squeeze}: for each glyph, the fraction of
 * its natural advance that line composition took away (full-width punctuation compressed to fit the line or beside
 * another mark; 0 for every other glyph), or null when no glyph of the run was compressed — what a Word export
 * carries over so that another program sets the same characters per line ({@link #squeezeAt}).
 */
public record GlyphRun(FontRef font, double size, String text, double[] x, double width, String ref, long[] source,
                       double[] squeeze) implements FrameItem {
    private static final long[] NO_SOURCE = new long[0];

    /** A run from the source whose glyphs keep their natural advances. */
    public GlyphRun(FontRef font, double size, String text, double[] x, double width, String ref, long[] source) {
        this(font, size, text, x, width, ref, source, null);
    }

    /** A run of text (no reference, from no source). */
    public GlyphRun(FontRef font, double size, String text, double[] x, double width) {
        this(font, size, text, x, width, null, NO_SOURCE);
    }

    /** A run with a reference, from no source. */
    public GlyphRun(FontRef font, double size, String text, double[] x, double width, String ref) {
        this(font, size, text, x, width, ref, NO_SOURCE);
    }

    public GlyphRun {
        if (text.codePointCount(0, text.length()) != x.length) {
            throw new IllegalArgumentException("glyph positions " + x.length + " for " + text.codePointCount(0, text.length()) + " characters");
        }
        x = x.clone();
        source = source == null || source.length == 0 ? NO_SOURCE : source.clone();
        if (source.length % 2 != 0) throw new IllegalArgumentException("source pairs");
        if (squeeze != null && squeeze.length != x.length) {
            throw new IllegalArgumentException("squeeze " + squeeze.length + " for " + x.length + " glyphs");
        }
        squeeze = squeeze == null ? null : squeeze.clone();
    }

    /** The fraction of glyph {@code glyph}'s natural advance its line took away (0: not compressed). */
    public double squeezeAt(int glyph) {
        return squeeze == null ? 0 : squeeze[glyph];
    }

    @Override
    public double[] squeeze() {
        return squeeze == null ? null : squeeze.clone();
    }

    /**
     * Where glyph {@code glyph}'s character stood in the text the document was read from (the key the document
     * tree gave it: an origin plus an offset), or -1 for characters the program set (marks, brackets, folios).
     */
    public long sourceAt(int glyph) {
        if (source.length == 0) return -1;
        return sourceOfChar(text.offsetByCodePoints(0, glyph));
    }

    /** As {@link #sourceAt}, for the character at UTF-16 index {@code index} of {@link #text} (a walk over the text). */
    public long sourceOfChar(int index) {
        long key = -1;
        for (int p = 0; p < source.length && source[p] <= index; p += 2) {
            key = source[p + 1] < 0 ? -1 : source[p + 1] + (index - source[p]);
        }
        return key;
    }

    /** Whether a glyph of the run was set from a character whose key is in {@code [from, to)}. */
    public boolean hasSourceIn(long from, long to) {
        for (int p = 1; p < source.length; p += 2) {
            if (source[p] >= from && source[p] < to) return true;
        }
        return false;
    }

    /** Whether any glyph of the run comes from the source. */
    public boolean hasSource() {
        return source.length > 0;
    }

    /** The (index in {@link #text}, key) segments, as {@code org.annalist.doc.SourceMap} has them; a copy. */
    @Override
    public long[] source() {
        return source.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    /** Position of glyph i without copying the array (hot path in exporters). */
    public double xAt(int i) {
        return x[i];
    }

    public int glyphCount() {
        return x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlyphRun g && g.font.equals(font) && g.size == size && g.text.equals(text)
                && Arrays.equals(g.x, x) && g.width == width && java.util.Objects.equals(g.ref, ref)
                && Arrays.equals(g.source, source) && Arrays.equals(g.squeeze, squeeze);
    }

    @Override
    public int hashCode() {
        return font.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "GlyphRun[" + font.postScriptName() + " " + size + "pt \"" + text + "\"]";
    }
}

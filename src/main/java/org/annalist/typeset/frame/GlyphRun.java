package org.annalist.typeset.frame;

import java.util.Arrays;

/**
 * Text in one face at one size. {@code text} holds the characters (one code point per glyph, in order);
 * {@code x[i]} is where glyph i's origin sits, relative to the run's position (the baseline's left end),
 * in points. Positions are explicit because compressed punctuation and justification move glyphs
 * individually. {@code width} is the run's advance. {@code ref} says what the run stands for in the document when
 * a later stage must find it again — {@code note:3}, the mark of the paragraph's third footnote, {@code note-number:3},
 * that note's own number at the foot — so that nothing downstream searches the set text; null for text.
 */
public record GlyphRun(FontRef font, double size, String text, double[] x, double width, String ref) implements FrameItem {
    /** A run of text (no reference). */
    public GlyphRun(FontRef font, double size, String text, double[] x, double width) {
        this(font, size, text, x, width, null);
    }

    public GlyphRun {
        if (text.codePointCount(0, text.length()) != x.length) {
            throw new IllegalArgumentException("glyph positions " + x.length + " for " + text.codePointCount(0, text.length()) + " characters");
        }
        x = x.clone();
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
                && Arrays.equals(g.x, x) && g.width == width && java.util.Objects.equals(g.ref, ref);
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

package org.annalist.typeset.frame;

import java.util.Arrays;

/**
 * Text in one face at one size. {@code text} holds the characters (one code point per glyph, in order);
 * {@code x[i]} is where glyph i's origin sits, relative to the run's position (the baseline's left end),
 * in points. Positions are explicit because compressed punctuation and justification move glyphs
 * individually. {@code width} is the run's advance.
 */
public record GlyphRun(FontRef font, double size, String text, double[] x, double width) implements FrameItem {
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
                && Arrays.equals(g.x, x) && g.width == width;
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

package org.annalist.typeset.inline;

/**
 * Text in one style. A line feed in the text (or {@link #lineBreak}) is a forced line break; other control
 * characters are stripped by the composer with a warning. {@code ref} (null for text) goes into the frame's glyph run,
 * see {@link org.annalist.typeset.frame.GlyphRun#ref()}; {@code source}
 * where its characters stood in the parsed text (see {@link org.annalist.doc.SourceMap}), which goes into the glyph runs too.
 */
public record StyledRun(String text, RunStyle style, String ref, org.annalist.doc.SourceMap source) {
    public StyledRun(String text, RunStyle style) {
        this(text, style, null, org.annalist.doc.SourceMap.NONE);
    }

    public StyledRun(String text, RunStyle style, String ref) {
        this(text, style, ref, org.annalist.doc.SourceMap.NONE);
    }

    public StyledRun {
        if (text == null) text = "";
        if (style == null) throw new IllegalArgumentException("run without style");
        if (source == null) source = org.annalist.doc.SourceMap.NONE;
    }

    public static StyledRun lineBreak(RunStyle style) {
        return new StyledRun("\n", style);
    }
}

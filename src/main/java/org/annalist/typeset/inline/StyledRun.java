package org.annalist.typeset.inline;

/**
 * Text in one style. A line feed in the text (or {@link #lineBreak}) is a forced line break; other control
 * characters are stripped by the composer with a warning. {@code ref} (null for text) goes into the frame's glyph run,
 * see {@link org.annalist.typeset.frame.GlyphRun#ref()}.
 */
public record StyledRun(String text, RunStyle style, String ref) {
    public StyledRun(String text, RunStyle style) {
        this(text, style, null);
    }

    public StyledRun {
        if (text == null) text = "";
        if (style == null) throw new IllegalArgumentException("run without style");
    }

    public static StyledRun lineBreak(RunStyle style) {
        return new StyledRun("\n", style);
    }
}

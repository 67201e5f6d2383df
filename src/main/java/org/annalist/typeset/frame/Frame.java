package org.annalist.typeset.frame;

import java.util.List;

/**
 * A rectangle of {@code width} × {@code height} points holding positioned items; {@code baseline} is the
 * distance from the top to the first baseline (for lines: the line's baseline), or 0. {@code kind} names
 * what the frame is (e.g. "line", "column", "page") for debugging and dumps.
 */
public record Frame(String kind, double width, double height, double baseline, List<Positioned> items) implements FrameItem {
    public Frame {
        items = List.copyOf(items);
    }

    /** The characters of the frame's glyph runs in order, nested frames included (for text dumps). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Positioned p : items) {
            if (p.item() instanceof GlyphRun g) sb.append(g.text());
            else if (p.item() instanceof Frame f) sb.append(f.text());
        }
        return sb.toString();
    }

    /** Whether the frame, nested frames included, sets the glyph run named {@code ref} ({@link GlyphRun#ref()}). */
    public boolean holdsRun(String ref) {
        for (Positioned p : items) {
            if (p.item() instanceof GlyphRun g && ref.equals(g.ref())) return true;
            if (p.item() instanceof Frame f && f.holdsRun(ref)) return true;
        }
        return false;
    }
}

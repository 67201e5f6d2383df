package org.annalist.typeset.inline;

import org.annalist.typeset.frame.Frame;

/**
 * One composed line. {@code text} is the source text of the line (spaces between Latin words included);
 * {@code naturalWidth} the width before justification and {@code width} after it, both measured from the left
 * edge of the measure (the first line's indent included); {@code ratio} the adjustment ratio (negative when
 * shrunk: the fraction of all shrinkability used; positive when stretched: stretch over nominal stretchability).
 * {@code justified} is false for a paragraph's last line and a line ended by a forced break.
 */
public record ComposedLine(int start, int end, String text, double naturalWidth, double width, double ratio,
                           Adjustment adjustment, boolean justified, boolean overfull, Frame frame) {

    /** What justification did to the line. */
    public enum Adjustment { NONE, SHRUNK, STRETCHED }
}

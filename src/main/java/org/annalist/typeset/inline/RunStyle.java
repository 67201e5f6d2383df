package org.annalist.typeset.inline;

import org.annalist.typeset.font.FontRole;

/**
 * How a run of text is set: font role, size in pt, baseline shift in pt (positive raises, as for superscripts)
 * and extra letter spacing in em after every character.
 */
public record RunStyle(FontRole role, double size, double baselineShift, double letterSpacingEm) {
    public RunStyle {
        if (role == null) throw new IllegalArgumentException("run style without font role");
        if (!(size > 0) || Double.isInfinite(size)) throw new IllegalArgumentException("font size " + size);
        if (!Double.isFinite(baselineShift) || !Double.isFinite(letterSpacingEm)) {
            throw new IllegalArgumentException("baseline shift / letter spacing must be finite");
        }
    }

    public static RunStyle of(FontRole role, double size) {
        return new RunStyle(role, size, 0, 0);
    }

    public RunStyle withRole(FontRole r) {
        return new RunStyle(r, size, baselineShift, letterSpacingEm);
    }

    public RunStyle withSize(double s) {
        return new RunStyle(role, s, baselineShift, letterSpacingEm);
    }

    public RunStyle withBaselineShift(double shift) {
        return new RunStyle(role, size, shift, letterSpacingEm);
    }

    public RunStyle withLetterSpacing(double em) {
        return new RunStyle(role, size, baselineShift, em);
    }
}

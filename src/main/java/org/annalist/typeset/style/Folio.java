package org.annalist.typeset.style;

import org.annalist.typeset.font.FontRole;

/** 页码: its format ({@code ·{页码}·}), position, first number, font and size. */
public record Folio(String format, Position position, int firstNumber, FontRole font, double size) {

    /** Outer or centre, at the foot or head of the page. */
    public enum Position { OUTER_FOOT, OUTER_HEAD, CENTER_FOOT, CENTER_HEAD }

    /** The printed folio for page number {@code n}. */
    public String render(int n) {
        return format.replace("{页码}", Integer.toString(n));
    }
}

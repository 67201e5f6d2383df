package org.annalist.typeset.style;

import org.annalist.i18n.LocalizedException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length as written in a template: absolute (mm, cm, pt, in) or relative to a font size (字 / em = one
 * character of the size it applies to; 行 = one line pitch). Resolved to points when the context is known.
 */
public record Length(double value, Unit unit) {

    public enum Unit { PT, MM, CHAR, LINE }

    private static final Pattern P = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*(mm|cm|pt|in|字|em|行)?\\s*$");

    /** Parses "20mm", "2字", "1.5行", "9pt", "0.5"; a bare number is points. */
    public static Length parse(String s) {
        Matcher m = P.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new LocalizedException("template.notLength", s);
        }
        double v = Double.parseDouble(m.group(1));
        String u = m.group(2) == null ? "pt" : m.group(2);
        return switch (u) {
            case "mm" -> new Length(v, Unit.MM);
            case "cm" -> new Length(v * 10, Unit.MM);
            case "in" -> new Length(v * 72, Unit.PT);
            case "字", "em" -> new Length(v, Unit.CHAR);
            case "行" -> new Length(v, Unit.LINE);
            default -> new Length(v, Unit.PT);
        };
    }

    public static Length mm(double v) {
        return new Length(v, Unit.MM);
    }

    public static Length pt(double v) {
        return new Length(v, Unit.PT);
    }

    /** Points, given the font size for 字 and the line pitch for 行. */
    public double toPoints(double fontSize, double linePitch) {
        return switch (unit) {
            case PT -> value;
            case MM -> value * 72.0 / 25.4;
            case CHAR -> value * fontSize;
            case LINE -> value * linePitch;
        };
    }

    /** Points of an absolute length; relative units are refused. */
    public double toPoints() {
        if (unit == Unit.CHAR || unit == Unit.LINE) throw new IllegalStateException("relative length " + this);
        return toPoints(0, 0);
    }

    @Override
    public String toString() {
        String v = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return v + switch (unit) {
            case PT -> "pt";
            case MM -> "mm";
            case CHAR -> "字";
            case LINE -> "行";
        };
    }
}

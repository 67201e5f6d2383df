package org.annalist.doc;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * pandoc's fancy list markers ({@code a.}, {@code B)}, {@code (iii)}, {@code (1)}) on top of flexmark, which knows
 * only CommonMark's {@code 1.} and {@code 1)}. Before parsing, each such marker at a line's start is overwritten
 * with digits of the same width ({@code a.} → {@code 1.}, {@code (c)} → {@code 03)}), so that flexmark builds the
 * list with the indentation the writer meant; the original markers are kept by offset and give each list its
 * {@link ListNumbering} afterwards. A marker flexmark did not take as a list item (inside code, or continuing a
 * paragraph) is put back and the text parsed again, so no text is changed.
 *
 * <p>Rules, as pandoc's: the number is one letter (a–z, A–Z; repeated as Word writes past z: aa), a roman
 * numeral (i, iv, XII) or, only between parentheses, digits; a single i/I is roman, other single letters are
 * letters. After the marker comes a space, a tab or the line's end; after a capital letter with a period two
 * spaces (so "B. Russell" stays a sentence).
 */
final class FancyLists {
    private FancyLists() {
    }

    /** The text for flexmark and the original markers by offset. */
    record Prepared(String text, Map<Integer, String> markers) {
        /** The text with the markers at {@code offsets} put back as they were written. */
        Prepared without(Set<Integer> offsets, String original) {
            StringBuilder sb = new StringBuilder(text);
            Map<Integer, String> kept = new HashMap<>(markers);
            for (int at : offsets) {
                String m = kept.remove(at);
                sb.replace(at, at + m.length(), original.substring(at, at + m.length()));
            }
            return new Prepared(sb.toString(), kept);
        }
    }

    /**
     * The text with every fancy marker at a line's start (after indentation, quote marks and other list markers)
     * overwritten for flexmark; a text without any is returned as it is.
     */
    static Prepared prepare(String markdown) {
        Map<Integer, String> markers = new HashMap<>();
        StringBuilder out = null;
        int n = markdown.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = n;
            int end = lineEnd > lineStart && markdown.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            int p = lineStart;
            while (p < end) {
                char c = markdown.charAt(p);
                if (c == ' ' || c == '\t' || c == '>') {
                    p++;
                    continue;
                }
                if ((c == '-' || c == '+' || c == '*') && p + 1 < end && (markdown.charAt(p + 1) == ' ' || markdown.charAt(p + 1) == '\t')) {
                    p += 2;
                    continue;
                }
                int d = p;
                while (d < end && d - p < 10 && Character.isDigit(markdown.charAt(d)) && markdown.charAt(d) < 0x80) d++;
                if (d > p && d - p <= 9 && d < end && (markdown.charAt(d) == '.' || markdown.charAt(d) == ')')
                        && (d + 1 == end || markdown.charAt(d + 1) == ' ' || markdown.charAt(d + 1) == '\t')) {
                    p = d + 1;
                    continue;
                }
                String marker = marker(markdown, p, end);
                if (marker == null) break;
                if (out == null) out = new StringBuilder(markdown);
                markers.put(p, marker);
                out.replace(p, p + marker.length(), digits(marker));
                p += marker.length();
            }
            lineStart = lineEnd + 1;
        }
        return new Prepared(out == null ? markdown : out.toString(), markers);
    }

    /** The marker's stand-in for flexmark: its value when that fits the width (so "a." may interrupt as "1." may), else zeros. */
    private static String digits(String marker) {
        ListNumbering n = numbering(marker);
        String value = Integer.toString(Math.max(0, value(marker, n)));
        int width = marker.length() - 1;
        String number = value.length() <= width ? "0".repeat(width - value.length()) + value : "0".repeat(width);
        return number + (n.delimiter() == ListNumbering.Delimiter.PERIOD ? '.' : ')');
    }

    /**
     * The fancy marker at {@code i} ("a.", "(iv)", "(1)"; CommonMark's own "1." and "1)" are not fancy), or null.
     * {@code end} is the end of the line.
     */
    static String marker(CharSequence s, int i, int end) {
        if (i >= end) return null;
        boolean parens = s.charAt(i) == '(';
        int from = parens ? i + 1 : i;
        int j = from;
        while (j < end && j - from <= 8 && isAsciiAlnum(s.charAt(j))) j++;
        int len = j - from;
        if (len == 0 || len > 8 || j >= end) return null;
        char delim = s.charAt(j);
        if (parens ? delim != ')' : delim != '.' && delim != ')') return null;
        String body = s.subSequence(from, j).toString();
        boolean digits = body.chars().allMatch(Character::isDigit);
        if (digits ? !parens : !body.chars().allMatch(Character::isLetter)) return null;
        String marker = s.subSequence(i, j + 1).toString();
        ListNumbering n = numbering(marker);
        if (value(marker, n) < 0) return null;
        int after = j + 1;
        if (after == end) return marker;
        char a = s.charAt(after);
        if (a != ' ' && a != '\t') return null;
        boolean capital = len == 1 && Character.isUpperCase(body.charAt(0)) && delim == '.' && !parens;
        if (capital && a == ' ' && (after + 1 >= end || s.charAt(after + 1) != ' ' && s.charAt(after + 1) != '\t')) return null;
        return marker;
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A marker's numbering when it opens a list: a single i/I is roman, other single letters are letters. */
    static ListNumbering numbering(String marker) {
        boolean parens = marker.startsWith("(");
        char last = marker.charAt(marker.length() - 1);
        String body = body(marker);
        ListNumbering.Delimiter delimiter = parens ? ListNumbering.Delimiter.PARENS
                : last == ')' ? ListNumbering.Delimiter.PAREN : ListNumbering.Delimiter.PERIOD;
        ListNumbering.Numeral numeral;
        if (body.chars().allMatch(Character::isDigit)) {
            numeral = ListNumbering.Numeral.DECIMAL;
        } else {
            boolean lower = Character.isLowerCase(body.charAt(0));
            ListNumbering.Numeral roman = lower ? ListNumbering.Numeral.LOWER_ROMAN : ListNumbering.Numeral.UPPER_ROMAN;
            ListNumbering.Numeral alpha = lower ? ListNumbering.Numeral.LOWER_ALPHA : ListNumbering.Numeral.UPPER_ALPHA;
            boolean single = body.length() == 1;
            if (single) numeral = body.equalsIgnoreCase("i") ? roman : alpha;
            else numeral = roman.parse(body) > 0 ? roman : alpha;
        }
        return new ListNumbering(numeral, delimiter);
    }

    /** The marker's number read in {@code n}, or -1 when the marker does not belong to a list numbered so. */
    static int value(String marker, ListNumbering n) {
        boolean parens = marker.startsWith("(");
        char last = marker.charAt(marker.length() - 1);
        ListNumbering.Delimiter d = parens ? ListNumbering.Delimiter.PARENS
                : last == ')' ? ListNumbering.Delimiter.PAREN : last == '.' ? ListNumbering.Delimiter.PERIOD : null;
        if (d != n.delimiter()) return -1;
        return n.numeral().parse(body(marker));
    }

    private static String body(String marker) {
        return marker.substring(marker.startsWith("(") ? 1 : 0, marker.length() - 1);
    }
}

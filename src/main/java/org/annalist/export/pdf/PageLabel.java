package org.annalist.export.pdf;

import org.annalist.doc.Numerals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF page-label range: from page {@code firstPage} (0-based) on, pages are labelled {@code prefix}
 * followed by a number in {@code style} counting from {@code start}, until the next range begins. Labels
 * let a viewer show the printed 页码 (front matter i, ii…, then 1, 2…) instead of the physical page
 * number; a style of {@link Style#NONE} gives every page of the range just the prefix, which is how
 * arbitrary folios (插页, 附一) are expressed.
 */
public record PageLabel(int firstPage, Style style, String prefix, int start) {

    public enum Style { NONE, DECIMAL, LOWER_ROMAN, UPPER_ROMAN, LOWER_LETTERS, UPPER_LETTERS }

    private static final Pattern DECIMAL = Pattern.compile("(.*?)([1-9][0-9]{0,8})");

    public PageLabel {
        if (firstPage < 0) throw new IllegalArgumentException("first page " + firstPage);
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(prefix, "prefix");
        if (start < 1) throw new IllegalArgumentException("page labels count from 1 or more, not " + start);
    }

    public static PageLabel decimal(int firstPage, int start) {
        return new PageLabel(firstPage, Style.DECIMAL, "", start);
    }

    public static PageLabel lowerRoman(int firstPage, int start) {
        return new PageLabel(firstPage, Style.LOWER_ROMAN, "", start);
    }

    /** Every page of the range is labelled {@code label} as is. */
    public static PageLabel text(int firstPage, String label) {
        return new PageLabel(firstPage, Style.NONE, label, 1);
    }

    /** The label this range gives to page {@code pageIndex} (which must lie in the range). */
    public String labelOf(int pageIndex) {
        int n = start + pageIndex - firstPage;
        return prefix + switch (style) {
            case NONE -> "";
            case DECIMAL -> Integer.toString(n);
            case LOWER_ROMAN -> Numerals.lowerRoman(n);
            case UPPER_ROMAN -> Numerals.upperRoman(n);
            case LOWER_LETTERS -> letters(n).toLowerCase(Locale.ROOT);
            case UPPER_LETTERS -> letters(n);
        };
    }

    /** The label of page {@code pageIndex} under the given ranges (sorted, the first starting at page 0). */
    public static String labelOf(List<PageLabel> ranges, int pageIndex) {
        PageLabel current = null;
        for (PageLabel r : ranges) {
            if (r.firstPage <= pageIndex) current = r;
            else break;
        }
        if (current == null) throw new IllegalArgumentException("no page label range covers page " + pageIndex);
        return current.labelOf(pageIndex);
    }

    /**
     * The fewest ranges that label page i with {@code folios.get(i)} exactly: runs of consecutive arabic
     * numbers (with any fixed prefix, e.g. 附1, 附2) or lower/upper roman numerals become numbered ranges,
     * anything else a text range. Compact ranges matter because viewers jump by number within them.
     */
    public static List<PageLabel> fromFolios(List<String> folios) {
        List<PageLabel> ranges = new ArrayList<>();
        PageLabel open = null;
        for (int i = 0; i < folios.size(); i++) {
            PageLabel candidate = classify(i, Objects.requireNonNull(folios.get(i), "folio"));
            boolean continues = open != null && open.style == candidate.style && open.prefix.equals(candidate.prefix)
                    && (open.style == Style.NONE || open.start + (i - open.firstPage) == candidate.start);
            if (!continues) {
                ranges.add(candidate);
                open = candidate;
            }
        }
        return List.copyOf(ranges);
    }

    /** Checks what the PDF format requires of a label tree: ranges ascending, the first at page 0. */
    static void checkRanges(List<PageLabel> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            int first = ranges.get(i).firstPage;
            if (i == 0 && first != 0) throw new IllegalArgumentException("the first page label range must start at page 0, not " + first);
            if (i > 0 && first <= ranges.get(i - 1).firstPage) throw new IllegalArgumentException("page label ranges out of order at page " + first);
        }
    }

    private static PageLabel classify(int page, String folio) {
        Matcher m = DECIMAL.matcher(folio);
        if (m.matches()) return new PageLabel(page, Style.DECIMAL, m.group(1), Integer.parseInt(m.group(2)));
        if (!folio.isEmpty() && folio.length() <= 12) {
            int lower = Numerals.romanValue(folio.toUpperCase(Locale.ROOT));
            if (lower > 0 && folio.equals(Numerals.lowerRoman(lower))) return new PageLabel(page, Style.LOWER_ROMAN, "", lower);
            if (lower > 0 && folio.equals(Numerals.upperRoman(lower))) return new PageLabel(page, Style.UPPER_ROMAN, "", lower);
        }
        return text(page, folio);
    }

    /** PDF letter labels: A…Z, then AA…ZZ, AAA… (the letter repeated, not base 26). */
    private static String letters(int n) {
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }
}

package org.annalist.doc;

import java.util.Locale;

/**
 * How an ordered list prints its numbers: the numeral (1, a, A, i, I) and the punctuation around it (1. 1) (1)),
 * the choices of pandoc's fancy lists and of Word's common number formats. Letters past z repeat as Word does
 * (aa, bb…); roman numerals run to 3999, decimals beyond.
 */
public record ListNumbering(Numeral numeral, Delimiter delimiter) {

    /** 1. 2. 3.: what a list is unless it says otherwise. */
    public static final ListNumbering DECIMAL = new ListNumbering(Numeral.DECIMAL, Delimiter.PERIOD);

    public ListNumbering {
        if (numeral == null) numeral = Numeral.DECIMAL;
        if (delimiter == null) delimiter = Delimiter.PERIOD;
    }

    public enum Numeral {
        DECIMAL, LOWER_ALPHA, UPPER_ALPHA, LOWER_ROMAN, UPPER_ROMAN;

        /** {@code n} in this numeral; numbers it cannot show (0, negative, too large) in decimal. */
        public String format(int n) {
            return switch (this) {
                case DECIMAL -> Integer.toString(n);
                case LOWER_ALPHA -> letters(n).toLowerCase(Locale.ROOT);
                case UPPER_ALPHA -> letters(n);
                case LOWER_ROMAN -> Numerals.lowerRoman(n);
                case UPPER_ROMAN -> Numerals.upperRoman(n);
            };
        }

        /** The value of {@code s} read in this numeral, or -1 when it is not one. */
        public int parse(String s) {
            if (s.isEmpty()) return -1;
            return switch (this) {
                case DECIMAL -> s.length() <= 9 && s.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(s) : -1;
                case LOWER_ALPHA, UPPER_ALPHA -> {
                    char a = this == LOWER_ALPHA ? 'a' : 'A';
                    char c = s.charAt(0);
                    if (c < a || c > a + 25 || s.chars().anyMatch(x -> x != c) || s.length() > 20) yield -1;
                    yield (s.length() - 1) * 26 + (c - a) + 1;
                }
                case LOWER_ROMAN, UPPER_ROMAN -> {
                    boolean lower = this == LOWER_ROMAN;
                    if (s.length() > 15 || !s.equals(lower ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT))) yield -1;
                    String upper = s.toUpperCase(Locale.ROOT);
                    int v = Numerals.romanValue(upper);
                    yield v > 0 ? v : -1;
                }
            };
        }

        private static String letters(int n) {
            if (n <= 0) return Integer.toString(n);
            return String.valueOf((char) ('A' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
        }
    }

    /** The punctuation of a number: {@code 1.}, {@code 1)} or {@code (1)}. */
    public enum Delimiter { PERIOD, PAREN, PARENS }

    /** The printed number of item {@code n}: "3.", "c)", "(iii)". */
    public String marker(int n) {
        String number = numeral.format(n);
        return switch (delimiter) {
            case PERIOD -> number + ".";
            case PAREN -> number + ")";
            case PARENS -> "(" + number + ")";
        };
    }

    @Override
    public String toString() {
        return numeral.name().toLowerCase(Locale.ROOT) + "/" + delimiter.name().toLowerCase(Locale.ROOT);
    }
}

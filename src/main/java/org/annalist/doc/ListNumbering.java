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
                case LOWER_ROMAN -> roman(n).toLowerCase(Locale.ROOT);
                case UPPER_ROMAN -> roman(n);
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
                    int v = romanValue(upper);
                    yield v > 0 && roman(v).equals(upper) ? v : -1;
                }
            };
        }

        private static String letters(int n) {
            if (n <= 0) return Integer.toString(n);
            return String.valueOf((char) ('A' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
        }

        private static String roman(int n) {
            if (n <= 0 || n >= 4000) return Integer.toString(n);
            int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                while (n >= v[i]) {
                    sb.append(s[i]);
                    n -= v[i];
                }
            }
            return sb.toString();
        }

        private static int romanValue(String s) {
            int total = 0, previous = 0;
            for (int i = s.length() - 1; i >= 0; i--) {
                int v = switch (s.charAt(i)) {
                    case 'I' -> 1;
                    case 'V' -> 5;
                    case 'X' -> 10;
                    case 'L' -> 50;
                    case 'C' -> 100;
                    case 'D' -> 500;
                    case 'M' -> 1000;
                    default -> -100_000;
                };
                if (v < 0) return -1;
                total += v < previous ? -v : v;
                previous = Math.max(previous, v);
            }
            return total;
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

package org.annalist.doc;

/** Roman numerals, as list numbers, page labels and front-matter folios print them. */
public final class Numerals {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Numerals() {
    }

    /** Upper-case roman numeral of {@code n} (1–3999); other numbers in Arabic digits. */
    public static String upperRoman(int n) {
        if (n <= 0 || n >= 4000) return Integer.toString(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                sb.append(DIGITS[i]);
                n -= VALUES[i];
            }
        }
        return sb.toString();
    }

    /** Lower-case roman numeral of {@code n} (1–3999): i, ii, iii …; other numbers in Arabic digits. */
    public static String lowerRoman(int n) {
        return upperRoman(n).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The value of an upper-case roman numeral in its canonical form ("XIV", not "XIIII"), or 0 when {@code s} is
     * not one.
     */
    public static int romanValue(String s) {
        if (s == null || s.isEmpty()) return 0;
        int total = 0;
        int previous = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                case 'M' -> 1000;
                default -> -1;
            };
            if (v < 0) return 0;
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total > 0 && upperRoman(total).equals(s) ? total : 0;
    }
}

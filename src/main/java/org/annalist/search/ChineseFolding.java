package org.annalist.search;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional → simplified folding one character at a time (ICU4J's Traditional-Simplified, taken once into a table
 * over the CJK blocks), so that 張自忠 and 张自忠 index and query alike while every offset stays where it was: a
 * character whose simplified form is not one character is left as it is.
 */
final class ChineseFolding {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0xFAFF;
    private static volatile char[] table;

    private ChineseFolding() {
    }

    static char[] table() {
        char[] t = table;
        if (t == null) {
            synchronized (ChineseFolding.class) {
                t = table;
                if (t == null) {
                    t = build();
                    table = t;
                }
            }
        }
        return t;
    }

    private static char[] build() {
        Transliterator ts = Transliterator.getInstance("Traditional-Simplified");
        char[] t = new char[LAST - FIRST + 1];
        for (int c = FIRST; c <= LAST; c++) {
            String s = ts.transliterate(String.valueOf((char) c));
            t[c - FIRST] = s.length() == 1 ? s.charAt(0) : (char) c;
        }
        return t;
    }

    static char fold(char c) {
        if (c < FIRST || c > LAST) return c;
        return table()[c - FIRST];
    }

    /** The text with every character folded (same length, same offsets). */
    static String fold(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = fold(cs[i]);
        return new String(cs);
    }
}

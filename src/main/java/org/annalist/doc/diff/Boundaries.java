package org.annalist.doc.diff;

/**
 * How good a place is for a change to begin or end, for text without spaces between words: a paragraph's end is
 * best, then the end of a sentence (。！？), then a clause mark (，、；：) or an opening quote or bracket, then a
 * space, then a change of script (汉字 beside Latin letters or digits). 6 at either end of the text.
 */
final class Boundaries {
    private Boundaries() {
    }

    static int score(CharSequence one, CharSequence two) {
        if (one.length() == 0 || two.length() == 0) return 6;
        int c1 = Character.codePointBefore(one, one.length());
        int c2 = Character.codePointAt(two, 0);
        if (c1 == '\n' || c2 == '\n') return 5;
        if (sentenceEnd(c1)) return 4;
        if (clauseMark(c1) || opening(c2) || closing(c1)) return 3;
        if (Character.isWhitespace(c1) || Character.isWhitespace(c2) || c1 == '\u3000' || c2 == '\u3000') return 2;
        if (han(c1) != han(c2) || Character.isDigit(c1) != Character.isDigit(c2)) return 1;
        return 0;
    }

    static boolean sentenceEnd(int c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '．';
    }

    static boolean clauseMark(int c) {
        return c == '，' || c == '、' || c == '；' || c == '：' || c == ',' || c == ';' || c == ':';
    }

    static boolean opening(int c) {
        return c == '“' || c == '‘' || c == '（' || c == '《' || c == '「' || c == '『' || c == '【' || c == '(' || c == '〈';
    }

    static boolean closing(int c) {
        return c == '”' || c == '’' || c == '）' || c == '》' || c == '」' || c == '』' || c == '】' || c == ')' || c == '〉';
    }

    private static boolean han(int c) {
        Character.UnicodeScript s;
        try {
            s = Character.UnicodeScript.of(c);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return s == Character.UnicodeScript.HAN;
    }
}

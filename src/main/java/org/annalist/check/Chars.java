package org.annalist.check;

/** Character classes of the checks. */
final class Chars {
    private Chars() {
    }

    static boolean isHan(int c) {
        if (c < 0x2E80) return false;
        if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c == 0x3007) return true;
        return c >= 0x20000 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0xF900 && c <= 0xFAFF;
    }

    /**
     * Chinese text for the punctuation rules: Han characters, CJK and full-width punctuation, curly quotes, ……
     * and ——, as they stand next to a mark in Chinese sentences.
     */
    static boolean isChinese(int c) {
        if (c == 0) return false;
        if (isHan(c)) return true;
        if (c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0xFE30 && c <= 0xFE4F) return c != 0x3000;
        return c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—' || c == '·';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLatinLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7;
    }

    /** Punctuation of any script (the P categories). */
    static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The value of a Chinese numeral of up to 99 (十二, 二十, 二十一) or a digit-by-digit one (二〇二二); -1 if none. */
    static int chineseValue(String s) {
        if (s.isEmpty()) return -1;
        int ten = s.indexOf('十');
        if (ten < 0) {
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0) return -1;
                v = v * 10 + d;
            }
            return v;
        }
        if (s.indexOf('十', ten + 1) >= 0 || ten > 1) return -1;
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : s.length() - ten == 2 ? digit(s.charAt(ten + 1)) : -1;
        if (tens < 1 || ones < 0) return -1;
        return tens * 10 + ones;
    }

    static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}

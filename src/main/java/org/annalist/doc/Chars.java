package org.annalist.doc;

/** Character classes the Markdown reader and writer agree on. */
final class Chars {
    /** Stands for "no character": start or end of a line, which CommonMark treats like whitespace. */
    static final char NONE = '\0';

    private Chars() {
    }

    /**
     * Characters between which a source line break disappears: Chinese lines are joined without a space.
     * Curly quotes and dashes are deliberately excluded because English text uses them too.
     */
    static boolean isCjk(int c) {
        if (c >= 0x3000 && c <= 0x303F) return true;  // CJK symbols and punctuation: 、。「」
        if (c >= 0xFF00 && c <= 0xFFEF) return true;  // full-width forms: ，：；（）
        if (c >= 0xFE30 && c <= 0xFE4F) return true;  // CJK compatibility forms
        Character.UnicodeScript s;
        try {
            s = Character.UnicodeScript.of(c);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.BOPOMOFO;
    }

    static boolean isWhitespace(char c) {
        return c == NONE || Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /** Unicode punctuation in the narrow sense of CommonMark 0.29 (P categories). */
    static boolean isPunctuation(char c) {
        if (isAsciiPunctuation(c)) return true;
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Punctuation in the wide sense of CommonMark 0.31, which also counts symbols such as ￥ and ℃. */
    static boolean isPunctuationOrSymbol(char c) {
        if (isPunctuation(c)) return true;
        return switch (Character.getType(c)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Class names and attribute keys must be plain identifiers so that {@code {…}} stays unambiguous. */
    static boolean isName(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':')) return false;
        }
        return true;
    }
}

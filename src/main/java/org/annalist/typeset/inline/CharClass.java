package org.annalist.typeset.inline;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * What a character is for layout: Han (and other CJK characters set in an em box), Latin letter or digit, other
 * Latin punctuation, or one of the CJK punctuation classes of clreq 3.1. Built once into a table from ICU's
 * Line_Break property with explicit overrides for the Chinese marks, so that composing never asks ICU per character.
 */
final class CharClass {
    static final byte HAN = 0;
    /** Latin (Greek, Cyrillic…) letters and digits: a word or number, ¼ em away from Han (R9). */
    static final byte LATIN = 1;
    /** Proportional punctuation and symbols (ASCII , . ( ) - / …): no Han–Latin space, ICU decides breaks. */
    static final byte LATIN_PUNCT = 2;
    /** Opening brackets and quotes: ink in the right half of the em box. */
    static final byte OPEN = 3;
    /** Closing brackets and quotes: ink in the left half. */
    static final byte CLOSE = 4;
    /** 点号 inside a sentence: ，、；： */
    static final byte PAUSE = 5;
    /** 点号 ending a sentence: 。．？！ */
    static final byte STOP = 6;
    /** Middle dots: ink centred, a quarter em blank each side. */
    static final byte MIDDLE = 7;
    static final byte DASH = 8;
    static final byte ELLIPSIS = 9;
    /** 连接号 ～ and the full-width solidus: set in an em box like Han but with their own prohibitions. */
    static final byte CONNECTOR = 10;

    private static final byte[] BMP = new byte[0x10000];

    static {
        for (int cp = 0; cp < 0x10000; cp++) BMP[cp] = fromIcu(cp);
        set("“‘（〔［｛《〈「『【〖〘〚｟", OPEN);
        set("”’）〕］｝》〉」』】〗〙〛｠", CLOSE);
        set("，、；：", PAUSE);
        set("。．？！", STOP);
        set("·・‧", MIDDLE);
        set("—―⸺⸻", DASH);
        set("…⋯‥", ELLIPSIS);
        set("～〜／", CONNECTOR);
        set("　々〆〇％￥＄℃‰", HAN);
    }

    private CharClass() {
    }

    private static void set(String chars, byte cls) {
        chars.codePoints().forEach(cp -> BMP[cp] = cls);
    }

    private static byte fromIcu(int cp) {
        int lb = UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK);
        switch (lb) {
            case UCharacter.LineBreak.IDEOGRAPHIC, UCharacter.LineBreak.CONDITIONAL_JAPANESE_STARTER,
                 UCharacter.LineBreak.H2, UCharacter.LineBreak.H3, UCharacter.LineBreak.JL,
                 UCharacter.LineBreak.JV, UCharacter.LineBreak.JT:
                return HAN;
            case UCharacter.LineBreak.AMBIGUOUS:
                // Circled numbers, box and geometric symbols: full-width in Chinese fonts.
                return cp >= 0x2000 ? HAN : LATIN_PUNCT;
            case UCharacter.LineBreak.NONSTARTER:
                return cp >= 0x3000 ? HAN : LATIN_PUNCT;
            case UCharacter.LineBreak.ALPHABETIC, UCharacter.LineBreak.NUMERIC, UCharacter.LineBreak.HEBREW_LETTER,
                 UCharacter.LineBreak.COMBINING_MARK, UCharacter.LineBreak.COMPLEX_CONTEXT:
                return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                        ? LATIN : LATIN_PUNCT;
            default:
                return LATIN_PUNCT;
        }
    }

    static byte of(int cp) {
        if (cp < 0x10000) return BMP[cp];
        return fromIcu(cp);
    }

    /** CJK punctuation, dashes and connectors: never Han–Latin spaced, never counted as a 孤字. */
    static boolean isCjkPunct(byte c) {
        return c >= OPEN;
    }

    static boolean isLatin(byte c) {
        return c == LATIN || c == LATIN_PUNCT;
    }

    /** Marks whose blank half is on the right: closing brackets, pause and stop marks. */
    static boolean closesRight(byte c) {
        return c == CLOSE || c == PAUSE || c == STOP;
    }

    /** Dashes and ellipses: a pair is one unbreakable 2-em unit (R3) and is never stretched inside. */
    static boolean isDashLike(byte c) {
        return c == DASH || c == ELLIPSIS;
    }
}

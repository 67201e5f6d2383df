package org.annalist.typeset.inline;

/** How wide full-width punctuation is set (xeCJK's names). */
public enum PunctuationStyle {
    /** 全角式: every mark takes a full em, adjacent marks compressed (a 2-em pair → 1.5 em). */
    QUANJIAO,
    /** 开明式: 。？！ keep a full em, every other mark is half. */
    KAIMING,
    /** 行末半角式: full width except at the end of a line, where a mark is trimmed to half. */
    HANGMOBANJIAO,
    /** 半角式: every mark is half width. */
    BANJIAO
}

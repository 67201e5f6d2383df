package org.annalist.typeset.inline;

/**
 * The 禁则 tables (R1, clreq 3.1.7), explicit and authoritative: ICU's UAX #14 breaks are only a base for Latin
 * text; these tables always win.
 */
final class Prohibition {
    /** Never at the start of a line, at every level: 点号, closing quotes and brackets, connectors, middle dots. */
    static final String NO_START_BASIC = "、，。．；：？！”’）〕］｝》〉」』】〗〙〛｠·・‧～〜%％‰℃,.;:!?)]}ゝゞ々";
    /** GB/T 15834 adds the solidus. */
    static final String NO_START_GB = "／/";
    /** The strict level also keeps dashes and ellipses (—— ……) off the start of a line. */
    static final String NO_START_STRICT = "—―⸺⸻…⋯‥";
    /** Never at the end of a line, at every level: opening quotes and brackets, currency prefixes. */
    static final String NO_END = "“‘（〔［｛《〈「『【〖〘〚｟([{￥＄";

    private static final byte START_BASIC = 1;
    private static final byte START_GB = 2;
    private static final byte START_STRICT = 4;
    private static final byte END = 8;
    private static final byte[] FLAGS = new byte[0x10000];

    static {
        mark(NO_START_BASIC, START_BASIC);
        mark(NO_START_GB, START_GB);
        mark(NO_START_STRICT, START_STRICT);
        mark(NO_END, END);
    }

    private Prohibition() {
    }

    private static void mark(String chars, byte flag) {
        chars.codePoints().forEach(cp -> FLAGS[cp] |= flag);
    }

    static int startMask(ProhibitionLevel level) {
        return switch (level) {
            case BASIC -> START_BASIC;
            case GB -> START_BASIC | START_GB;
            case STRICT -> START_BASIC | START_GB | START_STRICT;
        };
    }

    /** Whether the character may not start a line under {@code startMask} (from {@link #startMask}). */
    static boolean noStart(int cp, int startMask) {
        return cp < 0x10000 && (FLAGS[cp] & startMask) != 0;
    }

    static boolean noEnd(int cp) {
        return cp < 0x10000 && (FLAGS[cp] & END) != 0;
    }

    static boolean noStart(int cp, ProhibitionLevel level) {
        return noStart(cp, startMask(level));
    }
}

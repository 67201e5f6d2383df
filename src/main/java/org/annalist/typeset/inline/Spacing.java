package org.annalist.typeset.inline;

import org.annalist.typeset.font.Face;

import java.util.List;

import static org.annalist.typeset.inline.CharClass.*;

/**
 * Prepare: every item's box (ink plus the blank halves of full-width punctuation, after the punctuation style
 * and adjacent-pair compression, R4), the gaps between items (Latin word spaces; ¼ em between Han and Latin
 * letters or digits, R9) and what each can shrink or stretch, by the priority classes of R7.
 */
final class Spacing {
    /** Shrink priority classes, in the order R7 uses them. */
    static final byte SHRINK_LINE_EDGE = 0;
    static final byte SHRINK_WORD = 1;
    static final byte SHRINK_MIDDLE_DOT = 2;
    static final byte SHRINK_BRACKET = 3;
    static final byte SHRINK_PAUSE = 4;
    static final byte SHRINK_HAN_LATIN = 5;
    static final byte SHRINK_STOP = 6;
    static final int SHRINK_CLASSES = 7;

    /** A glyph at least this wide (in em) is a full-width mark with a blank half; narrower ones are proportional. */
    static final double FULL_WIDTH_MIN_EM = 0.75;
    /** Latin word space: natural, least (R7) and most (R8), in em. */
    static final double WORD_SPACE_EM = 1.0 / 3;
    static final double WORD_SPACE_MIN_EM = 0.25;
    static final double WORD_SPACE_MAX_EM = 0.5;
    /** Inter-character stretch per gap (em of body size) that counts as "ratio 1" for badness. */
    static final double NOMINAL_INTERCHAR_STRETCH_EM = 0.06;

    private Spacing() {
    }

    static void prepare(Items it, List<StyledRun> runs, ParagraphStyle style) {
        it.allocateMetrics();
        int n = it.n;
        PunctuationStyle ps = style.punctuation();
        for (int i = 0; i < n; i++) {
            RunStyle rs = runs.get(it.run[i]).style();
            double size = rs.size();
            Face face = it.face[i];
            byte c = it.cls[i];
            int cp = it.cp[i];
            if (cp == 0x2014 && isDashPair(it, i)) {
                // Most CJK fonts give U+2014 a proportional advance; their full-width bar U+2015 joins into a 2-em ——.
                if (face.covers(0x2015) && Math.abs(face.advance(0x2015) - 1) < 0.01) it.glyph[i] = 0x2015;
            }
            double adv = face.advance(it.glyph[i]) * size;
            boolean full = adv >= FULL_WIDTH_MIN_EM * size;
            double half = 0.5 * size;
            double lbFull = 0;
            double rbFull = 0;
            double core = adv;
            if (full && c == OPEN) {
                lbFull = adv - half;
            } else if (full && closesRight(c)) {
                rbFull = adv - half;
            } else if (full && c == MIDDLE) {
                lbFull = (adv - half) / 2;
                rbFull = lbFull;
            } else if (isDashLike(c)) {
                double box = (cp == 0x2E3A ? 2 : cp == 0x2E3B ? 3 : 1) * size;
                if (adv < box) {
                    core = box;
                    it.glyphOff[i] = -(box - adv) / 2; // centred in its em box
                }
            }
            core -= lbFull + rbFull;
            double lb = lbFull;
            double rb = rbFull;
            if (ps == PunctuationStyle.BANJIAO || (ps == PunctuationStyle.KAIMING && c != STOP)) {
                lb = 0;
                rb = 0;
            }
            it.core[i] = core + rs.letterSpacingEm() * size;
            it.lb[i] = lb;
            it.rb[i] = rb;
            it.glyphOff[i] += lbFull; // minus the blank that remains, subtracted after compression below
            it.shrinkClass[i] = switch (c) {
                case OPEN, CLOSE -> SHRINK_BRACKET;
                case PAUSE -> SHRINK_PAUSE;
                case STOP -> SHRINK_STOP;
                case MIDDLE -> SHRINK_MIDDLE_DOT;
                default -> SHRINK_BRACKET;
            };
        }
        compressAdjacent(it, runs);
        for (int i = 0; i < n; i++) {
            it.glyphOff[i] -= it.lb[i];
            if (ps == PunctuationStyle.HANGMOBANJIAO && closesRight(it.cls[i])) it.endTrim[i] = it.rb[i];
        }
        gaps(it, runs, style);
        it.nominalStretch = NOMINAL_INTERCHAR_STRETCH_EM * style.bodySize();
        it.computePrefixes();
    }

    private static boolean isDashPair(Items it, int i) {
        return (i > 0 && it.cp[i - 1] == 0x2014) || (i + 1 < it.n && it.cp[i + 1] == 0x2014);
    }

    /**
     * R4: between the inks of two adjacent marks keep half an em when a closing mark meets an opening one (，“ and
     * ）（ become 1.5 em), none otherwise (。” and “《 hug). Runs of different fonts compress alike (Typst #5474).
     */
    private static void compressAdjacent(Items it, List<StyledRun> runs) {
        for (int i = 0; i + 1 < it.n; i++) {
            byte a = it.cls[i];
            byte b = it.cls[i + 1];
            if (!isPairMark(a) || !isPairMark(b)) continue;
            double between = it.rb[i] + it.lb[i + 1];
            if (between <= 0) continue;
            double size = Math.min(runs.get(it.run[i]).style().size(), runs.get(it.run[i + 1]).style().size());
            double keep = closesRight(a) && b == OPEN && it.rb[i] > 0 && it.lb[i + 1] > 0 ? 0.5 * size : 0;
            double reduce = between - keep;
            if (reduce <= 0) continue;
            double fromLeft = Math.min(it.rb[i], reduce);
            it.rb[i] -= fromLeft;
            it.lb[i + 1] -= reduce - fromLeft;
        }
    }

    private static boolean isPairMark(byte c) {
        return c == OPEN || closesRight(c);
    }

    private static void gaps(Items it, List<StyledRun> runs, ParagraphStyle style) {
        double hanLatin = style.hanLatinSpaceEm();
        for (int i = 0; i + 1 < it.n; i++) {
            byte a = it.cls[i];
            byte b = it.cls[i + 1];
            double em = Math.max(runs.get(it.run[i]).style().size(), runs.get(it.run[i + 1]).style().size());
            boolean hanLatinPair = (a == HAN && b == LATIN) || (a == LATIN && b == HAN);
            if (it.spaceAfter[i] && !isCjkPunct(a) && !isCjkPunct(b) && !hanLatinPair) {
                it.gapKind[i] = Items.GAP_WORD;
                it.gap[i] = WORD_SPACE_EM * em;
                it.gapShrink[i] = (WORD_SPACE_EM - WORD_SPACE_MIN_EM) * em;
                it.gapStretch[i] = (WORD_SPACE_MAX_EM - WORD_SPACE_EM) * em;
            } else if (hanLatinPair && hanLatin > 0 && (it.spaceAfter[i] || it.raised[i] == it.raised[i + 1])) {
                it.gapKind[i] = Items.GAP_HAN_LATIN;
                it.gap[i] = hanLatin * em;
                it.gapShrink[i] = hanLatin / 2 * em;          // down to 1/8 em (R7)
                it.gapStretch[i] = hanLatin / 3 * em;         // up to 1/3 em (R8)
            }
            boolean insideUnit = isDashLike(a) && isDashLike(b);
            boolean insideWord = isLatin(a) && isLatin(b) && !it.spaceAfter[i];
            it.elig[i] = !insideUnit && !insideWord && !it.forcedAfter[i];
        }
    }
}

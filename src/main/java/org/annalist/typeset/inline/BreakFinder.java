package org.annalist.typeset.inline;

import org.annalist.i18n.Texts;
import com.ibm.icu.text.BreakIterator;

import java.text.StringCharacterIterator;
import java.util.List;

import static org.annalist.typeset.inline.CharClass.*;

/**
 * Break opportunities. Between CJK characters the 禁则 tables decide alone; wherever Latin punctuation is
 * involved ICU's UAX #14 line breaker is the base, asked only about those clusters (most of a Chinese paragraph
 * never reaches ICU). The tables then veto (R1, R3), a Latin word or number never breaks (R9), and a note mark
 * never leaves the character it marks. Finally an unbreakable run longer than a line gets emergency breaks.
 */
final class BreakFinder {
    private final BreakIterator icu = BreakIterator.getLineInstance(java.util.Locale.CHINA);

    void find(Items it, ParagraphStyle style, List<String> warnings) {
        int n = it.n;
        if (n == 0) return;
        boolean[] icuBreak = icuBreaks(it);
        int startMask = Prohibition.startMask(style.prohibition());
        for (int i = 0; i + 1 < n; i++) {
            if (it.forcedAfter[i]) {
                it.brk[i] = Items.BREAK_FORCED;
                continue;
            }
            byte a = it.cls[i];
            byte b = it.cls[i + 1];
            int ca = it.cp[i];
            int cb = it.cp[i + 1];
            boolean allowed;
            if (Prohibition.noEnd(ca) || Prohibition.noStart(cb, startMask)) {
                allowed = false;
            } else if (isDashLike(a) && isDashLike(b)) {
                allowed = false; // R3: —— ……  ——…… are one unit
            } else if (it.raised[i + 1] && !it.raised[i] && !it.spaceAfter[i]) {
                allowed = false; // a superscript note mark stays with the word it marks
            } else if (a == LATIN_PUNCT || b == LATIN_PUNCT || (a == LATIN && b == LATIN && it.spaceAfter[i])) {
                allowed = icuBreak != null && icuBreak[i + 1];
            } else if (a == LATIN && b == LATIN) {
                allowed = false; // R9: never inside a word or number
            } else {
                allowed = true;
            }
            it.brk[i] = allowed ? Items.BREAK_ALLOWED : Items.BREAK_NONE;
        }
        it.brk[n - 1] = Items.BREAK_FORCED;
        emergencyBreaks(it, style, warnings);
    }

    /** ICU boundaries before items, computed only around runs of Latin punctuation; null when there are none. */
    private boolean[] icuBreaks(Items it) {
        boolean[] result = null;
        int n = it.n;
        for (int i = 0; i < n; i++) {
            if (it.cls[i] != LATIN_PUNCT && !(it.cls[i] == LATIN && it.spaceAfter[i])) continue;
            int s = i;
            int e = i;
            while (e + 1 < n && isLatin(it.cls[e + 1])) e++;
            while (s > 0 && isLatin(it.cls[s - 1])) s--;
            int from = Math.max(0, s - 1);
            int to = Math.min(n - 1, e + 1);
            if (result == null) result = new boolean[n + 1];
            int begin = it.src[from];
            int end = it.src[to] + Character.charCount(it.cp[to]);
            icu.setText(new StringCharacterIterator(it.text, begin, end, begin));
            int k = from;
            for (int pos = icu.next(); pos != BreakIterator.DONE && pos < end; pos = icu.next()) {
                while (k <= to && it.src[k] < pos) k++;
                if (k <= to && it.src[k] == pos) result[k] = true;
            }
            i = e;
        }
        return result;
    }

    /**
     * Where the stretch between two break opportunities is wider than the measure (a long URL or number), allow
     * breaks anywhere inside at a high cost and say so; a single character wider than the line will overflow.
     */
    private static void emergencyBreaks(Items it, ParagraphStyle style, List<String> warnings) {
        double limit = style.measure() - style.indent();
        int last = 0;
        boolean changed = false;
        for (int i = 0; i < it.n; i++) {
            if (it.brk[i] == Items.BREAK_NONE) continue;
            if (it.width(last, i + 1) - it.shrink(last, i + 1) > limit) {
                int marked = 0;
                for (int k = last; k < i; k++) {
                    if (it.brk[k] == Items.BREAK_NONE) {
                        it.brk[k] = Items.BREAK_EMERGENCY;
                        // Its pieces may be letter-spaced to fill a line: nothing else in them can stretch.
                        it.elig[k] = true;
                        marked++;
                    }
                }
                if (marked > 0) {
                    changed = true;
                    String s = it.source(last, i + 1);
                    warnings.add(Texts.get("typeset.forcedBreak", s.length() > 30 ? s.substring(0, 30) + "…" : s));
                }
            }
            last = i + 1;
        }
        if (changed) it.computePrefixes();
    }
}

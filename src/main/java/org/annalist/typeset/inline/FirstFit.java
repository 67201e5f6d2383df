package org.annalist.typeset.inline;

import java.util.Arrays;

/**
 * First fit: each line takes as much as fits when fully shrunk. Afterwards a last line of one character (孤字,
 * R12) is repaired by pushing the previous line's last breakable unit down, when that leaves a fitting line;
 * unlike {@link TotalFit} it cannot pull characters back, so a 孤字 may remain when no earlier break exists.
 */
final class FirstFit {
    private static final double EPS = 1e-6;
    /** How many times the 孤字 repair may push a unit down before giving up. */
    static final int LONE_REPAIR_STEPS = 3;

    private FirstFit() {
    }

    static int[] breaks(Items it, ParagraphStyle style) {
        int n = it.n;
        if (n == 0) return new int[0];
        int[] ends = new int[16];
        int count = 0;
        int a = 0;
        while (a < n) {
            double avail = a == 0 ? style.measure() - style.indent() : style.measure();
            int fit = -1;
            int first = -1;
            for (int b = a + 1; b <= n; b++) {
                byte brk = it.brk[b - 1];
                if (brk == Items.BREAK_NONE) continue;
                boolean fits = it.width(a, b) - it.shrink(a, b) <= avail + EPS;
                if (first < 0) first = b;
                if (!fits) break;
                fit = b;
                if (brk == Items.BREAK_FORCED) break;
            }
            int b = fit > 0 ? fit : first;
            if (count == ends.length) ends = Arrays.copyOf(ends, count * 2);
            ends[count++] = b;
            a = b;
        }
        ends = Arrays.copyOf(ends, count);
        repairLone(it, style, ends);
        return ends;
    }

    private static void repairLone(Items it, ParagraphStyle style, int[] ends) {
        int k = ends.length - 1;
        if (k < 1) return;
        for (int step = 0; step < LONE_REPAIR_STEPS; step++) {
            int prevStart = k >= 2 ? ends[k - 2] : 0;
            int lastStart = ends[k - 1];
            if (!it.lone(lastStart, it.n) || it.brk[lastStart - 1] == Items.BREAK_FORCED) return;
            int earlier = -1;
            for (int b = lastStart - 1; b > prevStart; b--) {
                if (it.brk[b - 1] != Items.BREAK_NONE) {
                    earlier = b;
                    break;
                }
            }
            if (earlier < 0 || it.width(earlier, it.n) - it.shrink(earlier, it.n) > style.measure() + EPS) return;
            ends[k - 1] = earlier;
        }
    }
}

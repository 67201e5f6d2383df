package org.annalist.doc.diff;

import java.time.Duration;
import java.util.Arrays;

/**
 * How the places of one text (A, older) fall in another (B, newer): the characters both keep, found by Myers' difference
 * over UTF-16 units (a text's offsets as editors and {@link String} count them). A range of A is carried to the
 * range of B that its kept characters span, so a comment's anchor stays on the same words whatever was typed before,
 * inside or after it; a range none of whose characters are kept is gone (null). Immutable.
 */
public final class OffsetMap {
    /** The runs of kept characters: A's start, B's start and length of each, in A's (and B's) order. */
    private final int[] aStart;
    private final int[] bStart;
    private final int[] length;
    private final int bLength;

    private OffsetMap(int[] aStart, int[] bStart, int[] length, int bLength) {
        this.aStart = aStart;
        this.bStart = bStart;
        this.length = length;
        this.bLength = bLength;
    }

    /** The map from {@code a} to {@code b}, compared for at most a second (past it, coarser: fewer kept characters). */
    public static OffsetMap of(String a, String b) {
        return of(a, b, TextDiff.DEFAULT_LIMIT);
    }

    public static OffsetMap of(String a, String b, Duration limit) {
        int[] ua = a.chars().toArray();
        int[] ub = b.chars().toArray();
        Myers m = Myers.diff(ua, ub, System.nanoTime() + limit.toNanos());
        int[] as = new int[m.size];
        int[] bs = new int[m.size];
        int[] ls = new int[m.size];
        int n = 0;
        int i = 0;
        int j = 0;
        for (int k = 0; k < m.size; k++) {
            int len = m.lengths[k];
            switch (m.ops[k]) {
                case Myers.EQUAL -> {
                    as[n] = i;
                    bs[n] = j;
                    ls[n++] = len;
                    i += len;
                    j += len;
                }
                case Myers.DELETE -> i += len;
                default -> j += len;
            }
        }
        return new OffsetMap(Arrays.copyOf(as, n), Arrays.copyOf(bs, n), Arrays.copyOf(ls, n), b.length());
    }

    /** Whether A and B are the same text. */
    public boolean identity() {
        return aStart.length == 1 && aStart[0] == 0 && bStart[0] == 0 && length[0] == bLength
                || aStart.length == 0 && bLength == 0;
    }

    /**
     * A's range {@code [from, to)} in B: from its first kept character to just after its last, so text inserted
     * inside it belongs to it; null when none of its characters are kept (the words are gone). An empty range (a
     * point) goes to where that point stands in B.
     */
    public int[] range(int from, int to) {
        if (to <= from) {
            int p = point(from);
            return new int[] {p, p};
        }
        int first = -1;
        int last = -1;
        for (int r = 0; r < aStart.length; r++) {
            int s = Math.max(from, aStart[r]);
            int e = Math.min(to, aStart[r] + length[r]);
            if (s >= e) {
                if (aStart[r] >= to) break;
                continue;
            }
            if (first < 0) first = bStart[r] + (s - aStart[r]);
            last = bStart[r] + (e - aStart[r]);
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /** Where A's place {@code at} (between characters) stands in B. */
    public int point(int at) {
        int p = 0;
        for (int r = 0; r < aStart.length; r++) {
            if (at < aStart[r]) break;
            if (at <= aStart[r] + length[r]) return bStart[r] + (at - aStart[r]);
            p = bStart[r] + length[r];
        }
        return Math.min(p, bLength);
    }
}

package org.annalist.doc.diff;

import java.util.Arrays;

/**
 * Myers' O(ND) difference of two int sequences (code points, or paragraph numbers), in linear space: the middle
 * snake is found from both ends and each half is solved again (the bisection of Myers 1986, §4b, as
 * diff-match-patch does it). Common prefixes and suffixes are taken off first. Past the deadline a part still
 * unsolved is given as a deletion and an insertion: a correct, if coarser, difference.
 *
 * <p>The result is a run-length list of operations in order: {@link #ops} and {@link #lengths}, {@link #size} of them.
 */
final class Myers {
    static final int EQUAL = 0;
    static final int DELETE = 1;
    static final int INSERT = 2;

    private final int[] a;
    private final int[] b;
    private final long deadline;
    int[] ops = new int[16];
    int[] lengths = new int[16];
    int size;

    private Myers(int[] a, int[] b, long deadline) {
        this.a = a;
        this.b = b;
        this.deadline = deadline;
    }

    /** The difference of {@code a} and {@code b}; {@code deadline} is a {@link System#nanoTime()} value. */
    static Myers diff(int[] a, int[] b, long deadline) {
        Myers m = new Myers(a, b, deadline);
        m.diff(0, a.length, 0, b.length);
        return m;
    }

    private void emit(int op, int length) {
        if (length <= 0) return;
        if (size > 0 && ops[size - 1] == op) {
            lengths[size - 1] += length;
            return;
        }
        if (size == ops.length) {
            ops = Arrays.copyOf(ops, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        ops[size] = op;
        lengths[size++] = length;
    }

    private void diff(int a0, int a1, int b0, int b1) {
        int p = 0;
        while (a0 + p < a1 && b0 + p < b1 && a[a0 + p] == b[b0 + p]) p++;
        emit(EQUAL, p);
        a0 += p;
        b0 += p;
        int s = 0;
        while (a1 - s > a0 && b1 - s > b0 && a[a1 - 1 - s] == b[b1 - 1 - s]) s++;
        a1 -= s;
        b1 -= s;
        if (a0 == a1) {
            emit(INSERT, b1 - b0);
        } else if (b0 == b1) {
            emit(DELETE, a1 - a0);
        } else {
            bisect(a0, a1, b0, b1);
        }
        emit(EQUAL, s);
    }

    /** Finds the middle snake of a[a0, a1) and b[b0, b1), neither empty, and solves the two halves. */
    private void bisect(int a0, int a1, int b0, int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        int maxD = (n + m + 1) / 2;
        int vOffset = maxD;
        int vLength = 2 * maxD + 2;
        int[] v1 = new int[vLength];
        int[] v2 = new int[vLength];
        Arrays.fill(v1, -1);
        Arrays.fill(v2, -1);
        v1[vOffset + 1] = 0;
        v2[vOffset + 1] = 0;
        int delta = n - m;
        boolean front = (delta & 1) != 0;
        int k1start = 0;
        int k1end = 0;
        int k2start = 0;
        int k2end = 0;
        for (int d = 0; d < maxD; d++) {
            if ((d & 15) == 0 && System.nanoTime() - deadline > 0) break;
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                int k1Offset = vOffset + k1;
                int x1 = k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1]) ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a[a0 + x1] == b[b0 + y1]) {
                    x1++;
                    y1++;
                }
                v1[k1Offset] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    int k2Offset = vOffset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset]) {
                        split(a0, a1, b0, b1, x1, y1);
                        return;
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                int k2Offset = vOffset + k2;
                int x2 = k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1]) ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a[a1 - 1 - x2] == b[b1 - 1 - y2]) {
                    x2++;
                    y2++;
                }
                v2[k2Offset] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    int k1Offset = vOffset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] != -1) {
                        int x1 = v1[k1Offset];
                        int y1 = vOffset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            split(a0, a1, b0, b1, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        // out of time, or nothing in common
        emit(DELETE, n);
        emit(INSERT, m);
    }

    private void split(int a0, int a1, int b0, int b1, int x, int y) {
        diff(a0, a0 + x, b0, b0 + y);
        diff(a0 + x, a1, b0 + y, b1);
    }
}

package org.annalist.typeset.inline;

import java.util.Arrays;

/**
 * Knuth–Plass total fit over the items' break opportunities: each feasible line costs
 * {@code (LINE_PENALTY + badness)² + penalty²}, and the paragraph takes the cheapest sequence. The active list
 * is a sliding window ordered by position: lines from older nodes are longer, so nodes leave at the front when
 * even fully shrunk their line no longer fits, and the scan stops at the first node whose line is too loose.
 * A first pass keeps stretching within {@link #FIRST_PASS_MAX_RATIO} and forbids 孤字 outright (R12); if that
 * finds nothing, an emergency pass allows any stretch and prices 孤字 instead.
 */
final class TotalFit {
    /** Cost of every line, so that fewer lines win among equally good ones (TeX's \linepenalty). */
    static final double LINE_PENALTY = 10;
    /** Badness of a line at adjustment ratio r is BADNESS_SCALE·|r|³, as in TeX. */
    static final double BADNESS_SCALE = 100;
    /** Badness of a line that would be stretched more than any ratio can express. */
    static final double MAX_BADNESS = 1e6;
    /** Most stretch (as adjustment ratio) the first pass accepts: about 1.4 em over a 24-character line. */
    static final double FIRST_PASS_MAX_RATIO = 1.0;
    /** Penalty for breaking inside an over-long unbreakable run (URL, long number). */
    static final double EMERGENCY_BREAK_PENALTY = 5000;
    /** Extra demerits for a last line of one character (孤字) when the paragraph has more than one line. */
    static final double LONE_CHARACTER_DEMERITS = 1e13;
    /** Demerits of an overfull line taken only because nothing else can be done (a character wider than the line). */
    static final double OVERFULL_DEMERITS = 1e14;

    private static final double EPS = 1e-6;

    private int[] nodePos = new int[64];
    private double[] nodeDem = new double[64];
    private int[] nodePrev = new int[64];
    private int nodes;
    private int[] active = new int[64];

    /** The line ends (exclusive item indexes), last = n; for an empty paragraph, none. */
    int[] breaks(Items it, ParagraphStyle style) {
        if (it.n == 0) return new int[0];
        int[] result = run(it, style, false);
        return result != null ? result : run(it, style, true);
    }

    private int[] run(Items it, ParagraphStyle style, boolean emergency) {
        int n = it.n;
        double measure = style.measure();
        double indent = style.indent();
        nodes = 0;
        int head = 0;
        int tail = 0;
        addNode(0, 0, -1);
        active = ensure(active, 1);
        active[tail++] = 0;
        int lastDropped = -1;
        int lastLineStart = 0;
        for (int b = 1; b <= n; b++) {
            byte brk = it.brk[b - 1];
            if (brk == Items.BREAK_NONE) continue;
            boolean end = b == n;
            boolean forced = brk == Items.BREAK_FORCED;
            double best = Double.POSITIVE_INFINITY;
            int bestFrom = -1;
            for (int k = head; k < tail; k++) {
                int node = active[k];
                int a = nodePos[node];
                double avail = a == 0 ? measure - indent : measure;
                double w = it.width(a, b);
                double s = it.shrink(a, b);
                if (w - s > avail + EPS) {
                    if (k == head) {
                        head++;
                        lastDropped = node;
                    }
                    continue;
                }
                double bad;
                if (w > avail + EPS) {
                    double r = (w - avail) / s;
                    bad = BADNESS_SCALE * r * r * r;
                } else if (end || forced) {
                    bad = 0;
                } else {
                    double t = it.stretch(a, b);
                    double r = t > EPS ? (avail - w) / t : (avail - w < EPS ? 0 : Double.POSITIVE_INFINITY);
                    if (r > FIRST_PASS_MAX_RATIO && !emergency) break; // newer nodes only give looser lines
                    bad = Math.min(MAX_BADNESS, BADNESS_SCALE * r * r * r);
                }
                double penalty = brk == Items.BREAK_EMERGENCY ? EMERGENCY_BREAK_PENALTY : 0;
                double dem = (LINE_PENALTY + bad) * (LINE_PENALTY + bad) + penalty * penalty;
                if (end && a > lastLineStart && it.lone(a, b)) {
                    if (!emergency) continue;
                    dem += LONE_CHARACTER_DEMERITS;
                }
                double total = nodeDem[node] + dem;
                if (total < best) {
                    best = total;
                    bestFrom = node;
                }
            }
            if (bestFrom < 0 && head == tail) {
                if (!emergency) return null;
                // Nothing fits any more: the unit just passed is wider than a line by itself. Let it overflow.
                bestFrom = lastDropped;
                best = nodeDem[lastDropped] + OVERFULL_DEMERITS;
            }
            if (bestFrom < 0) continue;
            int node = addNode(b, best, bestFrom);
            if (forced) {
                head = tail;
                lastLineStart = b;
            }
            if (tail == active.length) {
                // Compact the window: only [head, tail) is alive.
                System.arraycopy(active, head, active, 0, tail - head);
                tail -= head;
                head = 0;
                active = ensure(active, tail + 1);
            }
            active[tail++] = node;
        }
        int last = -1;
        for (int k = nodes - 1; k >= 0; k--) {
            if (nodePos[k] == n) {
                last = k;
                break;
            }
        }
        if (last < 0) return null;
        int count = 0;
        for (int k = last; k > 0; k = nodePrev[k]) count++;
        int[] ends = new int[count];
        for (int k = last; k > 0; k = nodePrev[k]) ends[--count] = nodePos[k];
        return ends;
    }

    private int addNode(int pos, double dem, int prev) {
        if (nodes == nodePos.length) {
            nodePos = Arrays.copyOf(nodePos, nodes * 2);
            nodeDem = Arrays.copyOf(nodeDem, nodes * 2);
            nodePrev = Arrays.copyOf(nodePrev, nodes * 2);
        }
        nodePos[nodes] = pos;
        nodeDem[nodes] = dem;
        nodePrev[nodes] = prev;
        return nodes++;
    }

    private static int[] ensure(int[] a, int size) {
        return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }
}

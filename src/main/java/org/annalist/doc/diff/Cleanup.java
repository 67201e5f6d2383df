package org.annalist.doc.diff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.ListIterator;

/**
 * Makes a minimal character difference read well, after diff-match-patch (Neil Fraser, Apache 2.0): equalities
 * shorter than the changes on both sides of them are folded into the changes (in Chinese, a shared 的 or 了 between
 * two rewritten phrases is not worth showing as kept), changes are slid to the best boundary — a paragraph end,
 * after a 。, a ，, before an opening quote — and a deletion and insertion that overlap by half of each give the
 * overlap back as kept text. A paragraph end is never folded into a change. Every text here is whole code points, and every cut keeps them whole.
 */
final class Cleanup {
    private Cleanup() {
    }

    /** One piece of a difference: kept, deleted or inserted text. */
    static final class Piece {
        int op;
        String text;

        Piece(int op, String text) {
            this.op = op;
            this.text = text;
        }

        @Override
        public String toString() {
            return (op == Myers.EQUAL ? "=" : op == Myers.DELETE ? "-" : "+") + text;
        }
    }

    /** The common prefix's length in chars, never ending between the two halves of a surrogate pair. */
    static int commonPrefix(String x, String y) {
        int n = Math.min(x.length(), y.length());
        int i = 0;
        while (i < n && x.charAt(i) == y.charAt(i)) i++;
        if (i > 0 && Character.isHighSurrogate(x.charAt(i - 1))) i--;
        return i;
    }

    /** The common suffix's length in chars, never starting between the two halves of a surrogate pair. */
    static int commonSuffix(String x, String y) {
        int xl = x.length();
        int yl = y.length();
        int n = Math.min(xl, yl);
        int i = 0;
        while (i < n && x.charAt(xl - 1 - i) == y.charAt(yl - 1 - i)) i++;
        if (i > 0 && Character.isLowSurrogate(x.charAt(xl - i))) i--;
        return i;
    }

    /** The longest suffix of {@code x} that is a prefix of {@code y}. */
    static int commonOverlap(String x, String y) {
        int xl = x.length();
        int yl = y.length();
        if (xl == 0 || yl == 0) return 0;
        if (xl > yl) x = x.substring(xl - yl);
        else if (xl < yl) y = y.substring(0, xl);
        int n = Math.min(xl, yl);
        if (x.equals(y)) return n;
        int best = 0;
        int length = 1;
        while (true) {
            String pattern = x.substring(n - length);
            int found = y.indexOf(pattern);
            if (found == -1) return best;
            length += found;
            if (found == 0 || x.substring(n - length).equals(y.substring(0, length))) {
                best = length;
                length++;
            }
        }
    }

    /** Joins neighbours of the same kind, takes common ends out of a deletion–insertion pair, slides single edits. */
    static void merge(List<Piece> diffs) {
        diffs.add(new Piece(Myers.EQUAL, ""));
        ListIterator<Piece> it = diffs.listIterator();
        int countDelete = 0;
        int countInsert = 0;
        StringBuilder textDelete = new StringBuilder();
        StringBuilder textInsert = new StringBuilder();
        Piece prevEqual = null;
        while (it.hasNext()) {
            Piece d = it.next();
            if (d.op == Myers.INSERT) {
                countInsert++;
                textInsert.append(d.text);
                prevEqual = null;
            } else if (d.op == Myers.DELETE) {
                countDelete++;
                textDelete.append(d.text);
                prevEqual = null;
            } else {
                if (countDelete + countInsert > 1) {
                    boolean both = countDelete != 0 && countInsert != 0;
                    it.previous();
                    while (countDelete-- > 0) {
                        it.previous();
                        it.remove();
                    }
                    while (countInsert-- > 0) {
                        it.previous();
                        it.remove();
                    }
                    String del = textDelete.toString();
                    String ins = textInsert.toString();
                    if (both) {
                        int common = commonPrefix(ins, del);
                        if (common != 0) {
                            if (it.hasPrevious()) {
                                Piece before = it.previous();
                                before.text += ins.substring(0, common);
                                it.next();
                            } else {
                                it.add(new Piece(Myers.EQUAL, ins.substring(0, common)));
                            }
                            ins = ins.substring(common);
                            del = del.substring(common);
                        }
                        common = commonSuffix(ins, del);
                        if (common != 0) {
                            d.text = ins.substring(ins.length() - common) + d.text;
                            ins = ins.substring(0, ins.length() - common);
                            del = del.substring(0, del.length() - common);
                        }
                    }
                    if (!del.isEmpty()) it.add(new Piece(Myers.DELETE, del));
                    if (!ins.isEmpty()) it.add(new Piece(Myers.INSERT, ins));
                    it.next();
                } else if (prevEqual != null) {
                    prevEqual.text += d.text;
                    it.remove();
                    d = prevEqual;
                }
                countInsert = 0;
                countDelete = 0;
                textDelete.setLength(0);
                textInsert.setLength(0);
                prevEqual = d;
            }
        }
        if (diffs.get(diffs.size() - 1).text.isEmpty()) diffs.remove(diffs.size() - 1);
        // single edits between two equalities slid sideways to take one of them out: A<ins>BA</ins>C -> <ins>AB</ins>AC
        boolean changes = false;
        for (int i = 1; i + 1 < diffs.size(); i++) {
            Piece prev = diffs.get(i - 1);
            Piece cur = diffs.get(i);
            Piece next = diffs.get(i + 1);
            if (prev.op != Myers.EQUAL || next.op != Myers.EQUAL) continue;
            if (cur.text.endsWith(prev.text)) {
                cur.text = prev.text + cur.text.substring(0, cur.text.length() - prev.text.length());
                next.text = prev.text + next.text;
                diffs.remove(i - 1);
                changes = true;
            } else if (cur.text.startsWith(next.text)) {
                prev.text += next.text;
                cur.text = cur.text.substring(next.text.length()) + next.text;
                diffs.remove(i + 1);
                changes = true;
            }
        }
        if (changes) merge(diffs);
    }

    /** Folds equalities that are no longer than the changes on either side into them, then slides and trims. */
    static void semantic(List<Piece> diffs) {
        boolean changes = false;
        Deque<Integer> equalities = new ArrayDeque<>();
        String lastEquality = null;
        int pointer = 0;
        int insertions1 = 0;
        int deletions1 = 0;
        int insertions2 = 0;
        int deletions2 = 0;
        while (pointer < diffs.size()) {
            Piece d = diffs.get(pointer);
            if (d.op == Myers.EQUAL) {
                equalities.push(pointer);
                insertions1 = insertions2;
                deletions1 = deletions2;
                insertions2 = 0;
                deletions2 = 0;
                lastEquality = d.text;
            } else {
                if (d.op == Myers.INSERT) insertions2 += d.text.length();
                else deletions2 += d.text.length();
                if (lastEquality != null && !lastEquality.contains("\n")
                        && lastEquality.length() <= Math.max(insertions1, deletions1)
                        && lastEquality.length() <= Math.max(insertions2, deletions2)) {
                    int at = equalities.peek();
                    diffs.add(at, new Piece(Myers.DELETE, lastEquality));
                    diffs.get(at + 1).op = Myers.INSERT;
                    equalities.pop();
                    if (!equalities.isEmpty()) equalities.pop();
                    pointer = equalities.isEmpty() ? -1 : equalities.peek();
                    insertions1 = 0;
                    deletions1 = 0;
                    insertions2 = 0;
                    deletions2 = 0;
                    lastEquality = null;
                    changes = true;
                }
            }
            pointer++;
        }
        if (changes) merge(diffs);
        lossless(diffs);
        // a deletion and insertion that overlap: the overlap is kept text if it is at least half of both (diff-match-patch
        // asks half of either, which cuts a rewritten Chinese phrase back into pieces)
        for (int p = 1; p < diffs.size(); p++) {
            Piece prev = diffs.get(p - 1);
            Piece cur = diffs.get(p);
            if (prev.op != Myers.DELETE || cur.op != Myers.INSERT) continue;
            String deletion = prev.text;
            String insertion = cur.text;
            int o1 = commonOverlap(deletion, insertion);
            int o2 = commonOverlap(insertion, deletion);
            if (o1 >= o2) {
                if (o1 >= deletion.length() / 2.0 && o1 >= insertion.length() / 2.0) {
                    diffs.add(p, new Piece(Myers.EQUAL, insertion.substring(0, o1)));
                    prev.text = deletion.substring(0, deletion.length() - o1);
                    diffs.get(p + 1).text = insertion.substring(o1);
                    p++;
                }
            } else if (o2 >= deletion.length() / 2.0 && o2 >= insertion.length() / 2.0) {
                diffs.add(p, new Piece(Myers.EQUAL, deletion.substring(0, o2)));
                prev.op = Myers.INSERT;
                prev.text = insertion.substring(0, insertion.length() - o2);
                Piece after = diffs.get(p + 1);
                after.op = Myers.DELETE;
                after.text = deletion.substring(o2);
                p++;
            }
            p++;
        }
        diffs.removeIf(d -> d.text.isEmpty());
    }

    /** Slides each single edit between two equalities to the place where its ends fall on the best boundaries. */
    static void lossless(List<Piece> diffs) {
        for (int p = 1; p + 1 < diffs.size(); p++) {
            Piece prev = diffs.get(p - 1);
            Piece cur = diffs.get(p);
            Piece next = diffs.get(p + 1);
            if (prev.op != Myers.EQUAL || next.op != Myers.EQUAL) continue;
            String equality1 = prev.text;
            String edit = cur.text;
            String equality2 = next.text;
            int common = commonSuffix(equality1, edit);
            if (common != 0) {
                String s = edit.substring(edit.length() - common);
                equality1 = equality1.substring(0, equality1.length() - common);
                edit = s + edit.substring(0, edit.length() - common);
                equality2 = s + equality2;
            }
            String best1 = equality1;
            String bestEdit = edit;
            String best2 = equality2;
            int bestScore = Boundaries.score(equality1, edit) + Boundaries.score(edit, equality2);
            StringBuilder e1 = new StringBuilder(equality1);
            while (!edit.isEmpty() && !equality2.isEmpty() && edit.codePointAt(0) == equality2.codePointAt(0)) {
                int cc = Character.charCount(edit.codePointAt(0));
                e1.append(edit, 0, cc);
                edit = edit.substring(cc) + equality2.substring(0, cc);
                equality2 = equality2.substring(cc);
                int score = Boundaries.score(e1, edit) + Boundaries.score(edit, equality2);
                if (score >= bestScore) {
                    bestScore = score;
                    best1 = e1.toString();
                    bestEdit = edit;
                    best2 = equality2;
                }
            }
            if (!prev.text.equals(best1)) {
                if (!best1.isEmpty()) {
                    prev.text = best1;
                } else {
                    diffs.remove(p - 1);
                    p--;
                }
                cur.text = bestEdit;
                if (!best2.isEmpty()) {
                    next.text = best2;
                } else {
                    diffs.remove(p + 1);
                    p--;
                }
            }
        }
    }
}

package org.annalist.importer.text;

import org.annalist.i18n.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annalist.model.ImportReport;

/**
 * Re-reads a two-column page extracted with {@code pdftotext -layout}: the columns stand side by side on each
 * text line, separated by a long run of spaces at a nearly constant position. The page is split into column 1
 * then column 2 (reading order) and the lines are re-joined into paragraphs: a line indented by 2–8 positions
 * within its column starts a paragraph, a short line indented further is a centred heading, any other line
 * continues the paragraph (Chinese lines join without a space). Page furniture is removed before this step by
 * {@link Furniture}.
 */
final class ColumnLayout {

    /** Paragraphs in reading order (numbered by their first source line) and the lines that are headings. */
    record Layout(List<Line> paragraphs, Set<Integer> headings, boolean continuesFromPreviousPage,
                  boolean continuesOnNextPage) {
    }

    private record Seg(int line, int indent, String text) {
    }

    private static final int MIN_GAP = 3;
    private static final int PARA_INDENT_MIN = 2;
    private static final int PARA_INDENT_MAX = 8;
    private static final int MAX_HEADING = 20;

    private ColumnLayout() {
    }

    /** The position where the right column starts, or -1 when the lines are not a two-column layout. */
    static int rightColumnStart(List<Line> lines) {
        Map<Integer, Integer> ends = new HashMap<>();
        int content = 0;
        for (Line l : lines) {
            if (TextLines.length(l.stripped()) < 6) continue;
            content++;
            int[] gap = innerGap(l.text());
            if (gap != null) ends.merge(gap[1], 1, Integer::sum);
        }
        int mode = -1, best = 0;
        for (Map.Entry<Integer, Integer> e : ends.entrySet()) {
            if (e.getValue() > best || (e.getValue() == best && e.getKey() < mode)) {
                mode = e.getKey();
                best = e.getValue();
            }
        }
        if (mode < 8) return -1;
        int near = 0;
        for (Map.Entry<Integer, Integer> e : ends.entrySet()) {
            if (e.getKey() >= mode - 1 && e.getKey() <= mode + PARA_INDENT_MAX) near += e.getValue();
        }
        // Most content lines must be split at (nearly) the same place; a few wide gaps in prose do not count.
        return near >= 6 && near * 10 >= content * 6 ? mode : -1;
    }

    /** The longest run of at least {@link #MIN_GAP} spaces with text on both sides: {start, end}, or null. */
    private static int[] innerGap(String s) {
        int first = 0;
        while (first < s.length() && s.charAt(first) == ' ') first++;
        int[] best = null;
        int i = first;
        while (i < s.length()) {
            if (s.charAt(i) != ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) == ' ') j++;
            if (j < s.length() && j - i >= MIN_GAP && (best == null || j - i > best[1] - best[0])) best = new int[] {i, j};
            i = j;
        }
        return best;
    }

    /** Re-joins the page; returns null when the lines are not a two-column layout. */
    static Layout rebuild(List<Line> lines, ImportReport report) {
        int r = rightColumnStart(lines);
        if (r < 0) return null;
        List<Integer> cuts = new ArrayList<>();
        Map<Integer, Integer> leftStarts = new HashMap<>();
        for (Line l : lines) {
            String s = l.text();
            int cut = cutAt(s, r);
            cuts.add(cut);
            int ls = firstNonSpace(s, 0, cut);
            if (ls >= 0) leftStarts.merge(ls, 1, Integer::sum);
        }
        int left = leftStarts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? b.getKey() - a.getKey() : a.getValue() - b.getValue())
                .map(Map.Entry::getKey).orElse(0);

        List<Seg> col1 = new ArrayList<>(), col2 = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            String s = l.text();
            int cut = cuts.get(k);
            int ls = firstNonSpace(s, 0, cut);
            int rs = firstNonSpace(s, cut, s.length());
            // An empty side is a vertical gap in that column: it ends the paragraph there.
            col1.add(ls < 0 ? new Seg(l.number(), 0, null) : new Seg(l.number(), ls - left, TextLines.strip(s.substring(ls, cut))));
            col2.add(rs < 0 ? new Seg(l.number(), 0, null) : new Seg(l.number(), rs - r, TextLines.strip(s.substring(rs))));
        }
        List<Seg> seq = new ArrayList<>(col1);
        seq.addAll(col2);

        List<Line> paras = new ArrayList<>();
        Set<Integer> headings = new LinkedHashSet<>();
        StringBuilder cur = null;
        int curLine = 0;
        boolean continued = false, first = true;
        for (Seg g : seq) {
            if (g.text() == null) {
                if (cur != null) paras.add(new Line(curLine, cur.toString()));
                cur = null;
                continue;
            }
            String t = g.text();
            boolean centred = g.indent() > PARA_INDENT_MAX && TextLines.length(t) <= MAX_HEADING
                    && !t.matches(".*[。！？，,；、]$");
            if (centred) {
                if (cur != null) paras.add(new Line(curLine, cur.toString()));
                cur = null;
                paras.add(new Line(g.line(), t));
                headings.add(g.line());
            } else if (cur == null || g.indent() >= PARA_INDENT_MIN) {
                if (cur != null) paras.add(new Line(curLine, cur.toString()));
                if (first && g.indent() < PARA_INDENT_MIN) continued = true;
                cur = new StringBuilder(t);
                curLine = g.line();
            } else {
                join(cur, t);
            }
            first = false;
        }
        if (cur != null) paras.add(new Line(curLine, cur.toString()));

        report.format(Texts.get("report.columns", left, r, paras.size()));
        if (continued && !paras.isEmpty()) report.warning(paras.get(0).number(), Texts.get("report.columns.continued"));
        boolean next = false;
        if (!paras.isEmpty()) {
            Line last = paras.get(paras.size() - 1);
            if (!headings.contains(last.number()) && !last.text().matches(".*[。！？…”’」』）)]$")) {
                next = true;
                report.warning(last.number(), Texts.get("report.columns.continues"));
            }
        }
        return new Layout(paras, headings, continued, next);
    }

    /** Where to split line {@code s} into its left and right column parts. */
    private static int cutAt(String s, int r) {
        int best = -1;
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) == ' ') j++;
            if (j < s.length() && j - i >= 2 && j >= r - 3 && j <= r + 2 * PARA_INDENT_MAX
                    && (best < 0 || Math.abs(j - r) < Math.abs(best - r))) {
                best = j;
            }
            i = j;
        }
        if (best >= 0) {
            // Split inside the gap, so that the right part keeps its indentation relative to r.
            int gapStart = best;
            while (gapStart > 0 && s.charAt(gapStart - 1) == ' ') gapStart--;
            return Math.max(gapStart, Math.min(best, r));
        }
        int fns = firstNonSpace(s, 0, s.length());
        return fns >= r - 3 ? Math.min(fns, r) : s.length();
    }

    private static int firstNonSpace(String s, int from, int to) {
        for (int i = from; i < to && i < s.length(); i++) if (s.charAt(i) != ' ') return i;
        return -1;
    }

    /** Joins a wrapped line: no space between Chinese characters, one space between two Latin words. */
    private static void join(StringBuilder cur, String next) {
        if (cur.length() > 0 && !next.isEmpty() && isLatin(cur.charAt(cur.length() - 1)) && isLatin(next.charAt(0))) {
            cur.append(' ');
        }
        cur.append(next);
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}

package org.annalist.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's best passage into a one-line snippet with the matches in 【】 and keeps the first match's
 * offset and length in the field's text — the place the editor's caret goes.
 */
final class Snippets extends PassageFormatter {
    static final int MAX = 120;

    record Snippet(String text, int offset, int length) {
    }

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) return null;
        Passage best = passages[0];
        for (Passage p : passages) if (p.getStartOffset() < best.getStartOffset() && p.getNumMatches() > 0 && best.getNumMatches() == 0) best = p;
        int start = best.getStartOffset(), end = best.getEndOffset();
        int firstMatch = best.getNumMatches() > 0 ? best.getMatchStarts()[0] : -1;
        int firstEnd = best.getNumMatches() > 0 ? best.getMatchEnds()[0] : -1;
        if (firstMatch >= 0 && end - start > MAX) {
            start = Math.max(start, firstMatch - MAX / 3);
            end = Math.min(end, start + MAX);
        }
        StringBuilder sb = new StringBuilder();
        int at = start;
        int openEnd = -1;
        for (int i = 0; i < best.getNumMatches(); i++) {
            int ms = Math.max(best.getMatchStarts()[i], at), me = Math.min(best.getMatchEnds()[i], end);
            if (ms >= end) break;
            if (me <= at) continue;
            if (i == 0 && firstMatch >= 0) firstEnd = Math.max(firstEnd, me);
            // matches that overlap or touch (the bigrams of one name) make one mark
            if (openEnd >= 0 && ms <= openEnd) {
                sb.append(clean(content, openEnd, Math.max(openEnd, me)));
                openEnd = Math.max(openEnd, me);
                if (firstMatch >= 0 && best.getMatchStarts()[i] <= firstEnd) firstEnd = Math.max(firstEnd, me);
                at = openEnd;
                continue;
            }
            if (openEnd >= 0) sb.append('】');
            sb.append(clean(content, at, ms)).append('【').append(clean(content, ms, me));
            openEnd = me;
            at = me;
        }
        if (openEnd >= 0) sb.append('】');
        sb.append(clean(content, at, end));
        String text = sb.toString().strip();
        if (start > 0) text = "…" + text;
        if (end < content.length()) text = text + "…";
        return new Snippet(text, firstMatch, firstMatch < 0 ? 0 : firstEnd - firstMatch);
    }

    private static String clean(String content, int from, int to) {
        if (to <= from) return "";
        return content.substring(from, to).replace('\n', ' ').replace('\r', ' ');
    }
}

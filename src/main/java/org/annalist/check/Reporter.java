package org.annalist.check;

import org.annalist.i18n.Localized;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a rule saw in a unit into {@link Finding}s placed in the Markdown: nothing on quiet characters, a fix
 * only where the characters stand as they are in the source (no escape, no markup between them) and a span may be
 * written, nothing the editor ignored there.
 */
final class Reporter {
    private static final int PLACE_CONTEXT = 6;

    private final long itemId;
    private final String markdown;
    private final CheckContext context;
    private final List<Finding> findings = new ArrayList<>();

    Reporter(long itemId, String markdown, CheckContext context) {
        this.itemId = itemId;
        this.markdown = markdown;
        this.context = context;
    }

    CheckContext context() {
        return context;
    }

    String markdown() {
        return markdown;
    }

    List<Finding> findings() {
        return findings;
    }

    /** The characters {@code [from, to)} of the unit, to be replaced by {@code replacement} (null: no fix). */
    void report(Unit u, Rule rule, int from, int to, String replacement, String key, Object... args) {
        if (from < 0 || to > u.length() || from >= to || u.quiet(from, to)) return;
        int first = -1, last = -1;
        boolean contiguous = true;
        for (int i = from; i < to; i++) {
            int s = u.source[i];
            if (s < 0) {
                contiguous = false;
                continue;
            }
            if (first < 0) first = i;
            else if (s != u.source[last] + (i - last)) contiguous = false;
            last = i;
        }
        if (first < 0) return;
        int start = u.source[first];
        int end = u.source[last] + 1;
        String fix = replacement;
        if (!contiguous || first != from || last != to - 1 || fixBlocked(u, from, to)
                || !markdown.regionMatches(start, u.text, from, to - from)) {
            fix = null;
        }
        add(u, rule, from, to, start, end, fix, key, args);
    }

    /** Characters {@code [start, end)} of the Markdown, between unit characters {@code from} and {@code to}. */
    void reportSource(Unit u, Rule rule, int from, int to, int start, int end, String replacement, String key, Object... args) {
        if (u.quiet(from, to) || start < 0 || end > markdown.length() || start > end) return;
        add(u, rule, from, to, start, end, fixBlocked(u, from, to) ? null : replacement, key, args);
    }

    private static boolean fixBlocked(Unit u, int from, int to) {
        int q = u.noFix.nextSetBit(from);
        return q >= 0 && q < to;
    }

    private void add(Unit u, Rule rule, int from, int to, int start, int end, String fix, String key, Object[] args) {
        String text = markdown.substring(start, end);
        String place = rule.id() + "|" + u.text.substring(Math.max(0, from - PLACE_CONTEXT), from) + "[" + u.text.substring(from, to)
                + "]" + u.text.substring(to, Math.min(u.length(), to + PLACE_CONTEXT));
        if (context.ignored().contains(place)) return;
        findings.add(new Finding(rule, context.settings().severity(rule), itemId, start, end, text,
                fix != null && fix.equals(text) ? null : fix, Localized.of(key, args), place));
    }
}

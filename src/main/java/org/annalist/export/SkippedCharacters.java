package org.annalist.export;

import org.annalist.i18n.Texts;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Characters an exporter could not draw because the font named in the frame lacks them, with how often
 * each occurred. The layout reports 缺字 (missing characters) before export; this is the safety net that
 * keeps a late font swap from aborting a 900-page export, while still telling the editor what went wrong.
 * Thread-safe (pages are written on several threads); one instance per export.
 */
public final class SkippedCharacters {
    private final Map<Integer, Integer> counts = new TreeMap<>();
    private int total;

    public synchronized void add(int codePoint) {
        counts.merge(codePoint, 1, Integer::sum);
        total++;
    }

    /** How many glyphs were skipped in all. */
    public synchronized int total() {
        return total;
    }

    public synchronized boolean isEmpty() {
        return total == 0;
    }

    /** Skipped code points, ascending, with their counts. */
    public synchronized Map<Integer, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** For logs and dialogs, e.g. {@code 缺字 2 处：U+E000 ×2}. */
    public synchronized String summary() {
        if (total == 0) return Texts.get("export.skipped.none");
        StringBuilder sb = new StringBuilder();
        counts.forEach((cp, n) -> sb.append(String.format("U+%04X", cp)).append(Character.isISOControl(cp) ? "" : "「" + Character.toString(cp) + "」")
                .append(" ×").append(n).append(' '));
        return Texts.get("export.skipped", total, sb.toString().trim());
    }
}

package org.annalist.importer.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers Word prints before numbered paragraphs: one counter per list and level, deeper levels restarting
 * after a higher one, the level text's %1…%9 placeholders replaced in the level's format.
 */
final class ListCounter {
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, int[]> lists = new HashMap<>();
    /** The w:num/level pairs met so far: a start override applies where its w:num is first used. */
    private final java.util.Set<String> used = new java.util.HashSet<>();

    /** The number Word shows before a paragraph at {@code level} of {@code list}: its text and its counter's value. */
    record Number(String text, int value) {
    }

    /**
     * Counts a paragraph at {@code level} (0–8) of a list read by {@link WordNumbering}: a level starts at its
     * w:start (and again at a w:num's w:startOverride where that w:num is first used), deeper levels start again as
     * their w:lvlRestart says (by default after any higher level), and the level text's %1…%9 are each replaced in
     * their own level's format. A level text that names a deeper level is
     * shown without that number (Word drops such text); no level text shows nothing.
     */
    Number next(WordNumbering.ListDef list, int level) {
        // counter + 1, so that 0 means "not started" (a level's start may be 0)
        int[] c = lists.computeIfAbsent(list.key(), k -> new int[9]);
        WordNumbering.Level[] levels = list.levels();
        WordNumbering.Level lvl = levels[level];
        boolean overridden = list.startOverrides()[level] >= 0 && used.add(list.numId() + "/" + level);
        c[level] = c[level] == 0 || overridden ? lvl.start() + 1 : c[level] + 1;
        for (int k = level + 1; k < 9; k++) {
            int restart = levels[k] == null ? -1 : levels[k].restart();
            if (restart < 0 || restart > 0 && level + 1 <= restart) c[k] = 0;
        }
        if (lvl.text() == null) return new Number("", c[level] - 1);
        StringBuilder sb = new StringBuilder();
        String t = lvl.text();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
                int k = t.charAt(++i) - '1';
                if (k > level) continue;
                WordNumbering.Level at = levels[k] != null ? levels[k] : lvl;
                int value = c[k] == 0 ? at.start() : c[k] - 1;
                sb.append(NumberFormats.format(value, lvl.legal() ? "decimal" : at.format()));
            } else {
                sb.append(ch);
            }
        }
        return new Number(sb.toString(), c[level] - 1);
    }

    String next(String listId, int level, String fmt, String levelText, BigInteger start) {
        int[] c = counters.computeIfAbsent(listId, k -> new int[9]);
        level = Math.max(0, Math.min(8, level));
        if (c[level] == 0 && start != null) c[level] = start.intValue() - 1;
        c[level]++;
        for (int i = level + 1; i < 9; i++) c[i] = 0;
        if (levelText == null) return "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levelText.length(); i++) {
            char ch = levelText.charAt(i);
            if (ch == '%' && i + 1 < levelText.length() && Character.isDigit(levelText.charAt(i + 1))) {
                int k = levelText.charAt(++i) - '1';
                sb.append(NumberFormats.format(k >= 0 && k < 9 ? Math.max(1, c[k]) : 1, fmt));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}

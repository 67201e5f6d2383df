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

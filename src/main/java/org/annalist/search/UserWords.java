package org.annalist.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The user dictionary of the ranking field: the names of the 人物与地名 lists (names, variants, 字/号, old names), each
 * kept as one word where ICU's dictionary would cut it (张自忠 → 张 / 自忠). Read at every full comparison of the index
 * with the archive (start, every few minutes, after an authority list changed); the same object serves the index and
 * the queries, so both cut a name alike. Items indexed before a name was added keep their old words until they change
 * or the index is rebuilt; finding them never depends on it (the character-pair field finds every name).
 */
final class UserWords {
    private volatile Set<String> words = Set.of();
    private volatile int longest;

    /** Replaces the dictionary; names of fewer than two characters are left to ICU. */
    void set(Collection<String> names) {
        Set<String> next = new HashSet<>();
        int max = 0;
        for (String n : names) {
            if (n == null) continue;
            String w = ChineseFolding.fold(n.strip());
            if (w.codePointCount(0, w.length()) < 2) continue;
            next.add(w);
            max = Math.max(max, w.length());
        }
        words = Set.copyOf(next);
        longest = max;
    }

    /** The end of the longest dictionary word that starts at {@code from} in {@code text}, or -1. */
    int longestAt(CharSequence text, int from) {
        Set<String> w = words;
        for (int len = Math.min(longest, text.length() - from); len >= 2; len--) {
            if (w.contains(text.subSequence(from, from + len).toString())) return from + len;
        }
        return -1;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}

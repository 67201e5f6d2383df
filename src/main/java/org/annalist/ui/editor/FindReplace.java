package org.annalist.ui.editor;

import java.util.Locale;
import java.util.OptionalInt;

/** Finding and replacing plain text in the editor (no patterns: editors search for words). */
public final class FindReplace {
    private FindReplace() {
    }

    /** The next occurrence at or after {@code from}, wrapping round to the start; empty when none. */
    public static OptionalInt next(String text, String query, int from, boolean ignoreCase) {
        if (query.isEmpty()) return OptionalInt.empty();
        String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        String q = ignoreCase ? query.toLowerCase(Locale.ROOT) : query;
        int i = t.indexOf(q, Math.max(0, Math.min(from, t.length())));
        if (i < 0) i = t.indexOf(q);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The previous occurrence before {@code from}, wrapping round to the end. */
    public static OptionalInt previous(String text, String query, int from, boolean ignoreCase) {
        if (query.isEmpty()) return OptionalInt.empty();
        String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        String q = ignoreCase ? query.toLowerCase(Locale.ROOT) : query;
        int i = from <= 0 ? -1 : t.lastIndexOf(q, from - 1);
        if (i < 0) i = t.lastIndexOf(q);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The text with every occurrence replaced, and how many there were. */
    public record Replaced(String text, int count) {
    }

    public static Replaced all(String text, String query, String replacement, boolean ignoreCase) {
        if (query.isEmpty()) return new Replaced(text, 0);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        int from = 0;
        String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        String q = ignoreCase ? query.toLowerCase(Locale.ROOT) : query;
        for (int i = t.indexOf(q); i >= 0; i = t.indexOf(q, from)) {
            sb.append(text, from, i).append(replacement);
            from = i + query.length();
            count++;
        }
        sb.append(text.substring(from));
        return new Replaced(sb.toString(), count);
    }

    /** Which match the one at {@code at} is (1-based) and how many the text holds. */
    public record Position(int ordinal, int total) {
    }

    public static Position position(String text, String query, int at, boolean ignoreCase) {
        if (query.isEmpty()) return new Position(0, 0);
        String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        String q = ignoreCase ? query.toLowerCase(Locale.ROOT) : query;
        int total = 0;
        int ordinal = 0;
        // matches do not overlap, as replacing all of them would count them
        for (int i = t.indexOf(q); i >= 0; i = t.indexOf(q, i + q.length())) {
            total++;
            if (i <= at) ordinal = total;
        }
        return new Position(ordinal, total);
    }
}

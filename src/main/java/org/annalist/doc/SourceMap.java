package org.annalist.doc;

import java.util.Arrays;

/**
 * Where each character of a text stood in the source it was read from, so that a place in the printed page can
 * be traced back to the editor's text and the other way round (Typst carries a span on every glyph the same
 * way). A source position is a {@code long} key: the offset in the parsed text plus the origin the parse was
 * given ({@link Markdown#parse(String, long)}: an item's body gets an origin of its own, so keys of different
 * items never meet). Stored as segments: {@code pairs} holds (index in the text, key of that character) with
 * each following character one key further, until the next segment; a key of -1 marks characters that were
 * not in the source (a space joining two lines, brackets the program adds where the source has none). Immutable.
 */
public final class SourceMap {
    /** No character of the text is from the source. */
    public static final SourceMap NONE = new SourceMap(new long[0]);

    private final long[] pairs;

    private SourceMap(long[] pairs) {
        this.pairs = pairs;
    }

    /** A text read as it stands from the source, its first character at {@code key} (NONE if key < 0). */
    public static SourceMap at(long key) {
        return key < 0 ? NONE : new SourceMap(new long[]{0, key});
    }

    /** From (index, key) pairs as {@link #pairs()} gives them. */
    public static SourceMap ofPairs(long[] pairs) {
        if (pairs == null || pairs.length == 0) return NONE;
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("odd pairs");
        return new SourceMap(pairs.clone());
    }

    public boolean isNone() {
        return pairs.length == 0;
    }

    /** The key of the character at {@code index} of the text, or -1. */
    public long keyAt(int index) {
        long key = -1;
        for (int p = 0; p < pairs.length && pairs[p] <= index; p += 2) {
            key = pairs[p + 1] < 0 ? -1 : pairs[p + 1] + (index - pairs[p]);
        }
        return key;
    }

    /** The (index, key) pairs, a copy. */
    public long[] pairs() {
        return pairs.clone();
    }

    /** The map of the text's characters {@code [from, to)}. */
    public SourceMap slice(int from, int to) {
        if (pairs.length == 0 || from >= to) return NONE;
        Builder b = new Builder();
        long first = keyAt(from);
        b.add(0, first);
        for (int p = 0; p < pairs.length; p += 2) {
            if (pairs[p] > from && pairs[p] < to) b.add((int) (pairs[p] - from), pairs[p + 1]);
        }
        return b.build();
    }

    /** This text of {@code length} characters followed by {@code next}. */
    public SourceMap append(int length, SourceMap next) {
        if (next.pairs.length == 0 && pairs.length == 0) return NONE;
        Builder b = new Builder();
        b.addAll(this, 0);
        if (next.pairs.length == 0 || next.pairs[0] != 0) b.add(length, -1);
        b.addAll(next, length);
        return b.build();
    }

    /** Collects segments, dropping those that only continue the previous one. */
    public static final class Builder {
        private long[] pairs = new long[8];
        private int n;

        /** From text index {@code index} on, keys run from {@code key} (-1: not from the source). */
        public Builder add(int index, long key) {
            if (key < 0) key = -1;
            if (n > 0) {
                long lastIndex = pairs[n - 2];
                long lastKey = pairs[n - 1];
                if (lastIndex == index) {
                    n -= 2; // replaced by the later segment at the same index
                } else if (lastKey < 0 ? key < 0 : key == lastKey + (index - lastIndex)) {
                    return this;
                }
            }
            if (n == 0 && key < 0) {
                // leading characters not from the source need no segment, unless more follow
                if (index == 0) return this;
            }
            if (n + 2 > pairs.length) pairs = Arrays.copyOf(pairs, pairs.length * 2);
            pairs[n++] = index;
            pairs[n++] = key;
            return this;
        }

        /** The segments of {@code map}, its indexes moved by {@code offset}. */
        public Builder addAll(SourceMap map, int offset) {
            for (int p = 0; p < map.pairs.length; p += 2) add((int) map.pairs[p] + offset, map.pairs[p + 1]);
            return this;
        }

        public SourceMap build() {
            return n == 0 ? NONE : new SourceMap(Arrays.copyOf(pairs, n));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceMap m && Arrays.equals(m.pairs, pairs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pairs);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SourceMap[");
        for (int p = 0; p < pairs.length; p += 2) {
            if (p > 0) sb.append(' ');
            sb.append(pairs[p]).append('@').append(pairs[p + 1]);
        }
        return sb.append(']').toString();
    }
}

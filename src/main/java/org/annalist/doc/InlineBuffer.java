package org.annalist.doc;

import java.util.ArrayList;
import java.util.List;

/** Collects inlines so that adjacent text is merged and empty text never appears: trees then compare with equals. */
final class InlineBuffer {
    private final List<Inline> items = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private SourceMap.Builder sources = new SourceMap.Builder();

    /** Text the program adds (a space joining two lines): not from the source. */
    void text(CharSequence s) {
        text(s, SourceMap.NONE);
    }

    /** Text read from the source, its first character at {@code key}. */
    void text(CharSequence s, long key) {
        text(s, SourceMap.at(key));
    }

    void text(CharSequence s, SourceMap source) {
        if (s.length() == 0) return;
        sources.add(pending.length(), -1);
        sources.addAll(source, pending.length());
        pending.append(s);
    }

    void add(Inline inline) {
        if (inline instanceof Inline.Text t) {
            text(t.text(), t.source());
            return;
        }
        flush();
        items.add(inline);
    }

    void addAll(List<Inline> inlines) {
        inlines.forEach(this::add);
    }

    /** The last visible character so far, or {@link Chars#NONE}. */
    char lastChar() {
        if (!pending.isEmpty()) return pending.charAt(pending.length() - 1);
        for (int i = items.size() - 1; i >= 0; i--) {
            String s = Inlines.plainText(List.of(items.get(i)));
            if (!s.isEmpty()) return s.charAt(s.length() - 1);
        }
        return Chars.NONE;
    }

    List<Inline> build() {
        flush();
        return List.copyOf(items);
    }

    private void flush() {
        if (!pending.isEmpty()) {
            items.add(new Inline.Text(pending.toString(), sources.build()));
            pending.setLength(0);
            sources = new SourceMap.Builder();
        }
    }
}

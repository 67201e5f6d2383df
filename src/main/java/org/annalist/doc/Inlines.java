package org.annalist.doc;

import java.util.List;

/** Helpers on inline lists. */
public final class Inlines {
    private Inlines() {
    }

    /**
     * The text a reader sees, without markup: line breaks become {@code '\n'}, footnotes are left out, and
     * an entry title keeps the 【】 it is printed with.
     */
    public static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        append(inlines, sb);
        return sb.toString();
    }

    /** The inlines nested in this one (a note's blocks are not inlines: empty), or an empty list. */
    public static List<Inline> children(Inline inline) {
        if (inline instanceof Inline.Emph e) return e.content();
        if (inline instanceof Inline.Strong s) return s.content();
        if (inline instanceof Inline.Superscript s) return s.content();
        if (inline instanceof Inline.Subscript s) return s.content();
        if (inline instanceof Inline.Link l) return l.content();
        if (inline instanceof Inline.IndexTerm t) return t.content();
        if (inline instanceof Inline.Span s) return s.content();
        if (inline instanceof Inline.EntryTitle t) return t.content();
        return List.of();
    }

    /** Visits every inline of the list and, depth first, everything nested in it (not a note's blocks). */
    public static void walk(List<Inline> inlines, java.util.function.Consumer<Inline> visit) {
        for (Inline inline : inlines) {
            visit.accept(inline);
            walk(children(inline), visit);
        }
    }

    static void append(List<Inline> inlines, StringBuilder sb) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) sb.append(t.text());
            else if (inline instanceof Inline.Emph e) append(e.content(), sb);
            else if (inline instanceof Inline.Strong s) append(s.content(), sb);
            else if (inline instanceof Inline.Superscript s) append(s.content(), sb);
            else if (inline instanceof Inline.Subscript s) append(s.content(), sb);
            else if (inline instanceof Inline.LineBreak) sb.append('\n');
            else if (inline instanceof Inline.Link l) append(l.content(), sb);
            else if (inline instanceof Inline.IndexTerm t) append(t.content(), sb);
            else if (inline instanceof Inline.Span s) append(s.content(), sb);
            else if (inline instanceof Inline.EntryTitle t) {
                sb.append('【');
                append(t.content(), sb);
                sb.append('】');
            }
            // Inline.Note: footnote text is not part of the running text.
        }
    }
}

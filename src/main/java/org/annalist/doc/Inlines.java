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

package org.annalist.doc;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of a tree with the source key of each of its characters, in reading order (notes where they stand). */
final class SourceTrace {
    private SourceTrace() {
    }

    /** One line per text: its characters and their keys. */
    static List<String> of(Document doc) {
        List<String> out = new ArrayList<>();
        for (Inline.Text t : texts(doc)) {
            StringBuilder sb = new StringBuilder(t.text()).append(" ←");
            for (int i = 0; i < t.text().length(); i++) sb.append(' ').append(t.source().keyAt(i));
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * Each character traced to the source is the character found there (an entity's character to its {@code &},
     * an escaped one to itself), and at least {@code minShare} of the text's characters are traced at all.
     */
    static void assertPointsAtItsCharacters(String source, long origin, Document doc) {
        for (Inline.Text t : texts(doc)) {
            for (int i = 0; i < t.text().length(); i++) {
                long key = t.source().keyAt(i);
                if (key < 0) continue;
                assertThat(key - origin).as("%s[%d] in %s", t.text(), i, source).isBetween(0L, (long) source.length() - 1);
                char there = source.charAt((int) (key - origin));
                if (there == '&') continue;
                assertThat(there).as("%s[%d] → %d in %s", t.text(), i, key, source).isEqualTo(t.text().charAt(i));
            }
        }
    }

    static List<Inline.Text> texts(Document doc) {
        List<Inline.Text> out = new ArrayList<>();
        blocks(doc.blocks(), out);
        return out;
    }

    private static void blocks(List<Block> blocks, List<Inline.Text> out) {
        for (Block b : blocks) block(b, out);
    }

    private static void block(Block b, List<Inline.Text> out) {
        if (b instanceof Block.Heading h) inlines(h.content(), out);
        else if (b instanceof Block.Paragraph p) inlines(p.content(), out);
        else if (b instanceof Block.BlockQuote q) blocks(q.content(), out);
        else if (b instanceof Block.BulletList l) l.items().forEach(i -> blocks(i, out));
        else if (b instanceof Block.OrderedList l) l.items().forEach(i -> blocks(i, out));
        else if (b instanceof Block.Table t) {
            for (Block.Row r : t.rows()) for (Block.Cell c : r.cells()) inlines(c.content(), out);
            inlines(t.caption(), out);
        } else if (b instanceof Block.Figure f) inlines(f.caption(), out);
    }

    private static void inlines(List<Inline> inlines, List<Inline.Text> out) {
        for (Inline in : inlines) {
            if (in instanceof Inline.Text t) out.add(t);
            else if (in instanceof Inline.Emph e) inlines(e.content(), out);
            else if (in instanceof Inline.Strong s) inlines(s.content(), out);
            else if (in instanceof Inline.Superscript s) inlines(s.content(), out);
            else if (in instanceof Inline.Subscript s) inlines(s.content(), out);
            else if (in instanceof Inline.Link l) inlines(l.content(), out);
            else if (in instanceof Inline.Note n) blocks(n.content(), out);
            else if (in instanceof Inline.IndexTerm t) inlines(t.content(), out);
            else if (in instanceof Inline.EntryTitle t) inlines(t.content(), out);
            else if (in instanceof Inline.Span s) inlines(s.content(), out);
        }
    }
}

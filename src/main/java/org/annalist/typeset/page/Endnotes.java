package org.annalist.typeset.page;

import org.annalist.doc.Attr;
import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;

import java.util.ArrayList;
import java.util.List;

/**
 * 尾注: endnotes are set at the end of their item (条目 or 篇), not at the page foot. In the text each becomes a raised
 * [1] [2] … numbered within the item; after the item's last block come a "注释" line and the notes, each a
 * paragraph with the {@code endnote} class in its attributes, which the realizer sets in the 脚注 style. An item ends
 * where the next one starts (a 篇名, a 【条目】, a heading at or above the item's level) and at the end of the book.
 */
final class Endnotes {
    static final String CLASS = "endnote";
    static final String LABEL = "注释";

    private final List<Block> out = new ArrayList<>();
    private final List<List<Block>> pending = new ArrayList<>();
    /** The heading level the current item sits at: a heading at or above it ends the item; 0 outside items. */
    private int itemLevel;
    private int lastHeading;

    private Endnotes() {
    }

    /** The document with endnotes moved to the ends of their items; the same document when it has none. */
    static Document gather(Document doc) {
        if (!has(doc.blocks())) return doc;
        Endnotes e = new Endnotes();
        for (Block b : doc.blocks()) e.block(b);
        e.flush();
        return doc.withBlocks(e.out);
    }

    private static boolean has(List<Block> blocks) {
        boolean[] found = {false};
        for (Block b : blocks) visitNotes(b, n -> found[0] |= n.endnote());
        return found[0];
    }

    private static void visitNotes(Block b, java.util.function.Consumer<Inline.Note> visit) {
        List<List<Inline>> inlines = new ArrayList<>();
        if (b instanceof Block.Paragraph p) inlines.add(p.content());
        else if (b instanceof Block.ArticleHead a) inlines.add(a.content());
        else if (b instanceof Block.Heading h) inlines.add(h.content());
        else if (b instanceof Block.Table t) t.rows().forEach(r -> r.cells().forEach(c -> inlines.add(c.content())));
        else if (b instanceof Block.BlockQuote q) q.content().forEach(x -> visitNotes(x, visit));
        else if (b instanceof Block.BulletList l) l.items().forEach(i -> i.forEach(x -> visitNotes(x, visit)));
        else if (b instanceof Block.OrderedList l) l.items().forEach(i -> i.forEach(x -> visitNotes(x, visit)));
        for (List<Inline> list : inlines) org.annalist.doc.Inlines.walk(list, in -> {
            if (in instanceof Inline.Note n) visit.accept(n);
        });
    }

    private void block(Block b) {
        if (b instanceof Block.Heading h) {
            if (itemLevel > 0 && h.level() <= itemLevel) {
                flush();
                itemLevel = 0;
            }
            lastHeading = h.level();
        } else if (b instanceof Block.ArticleHead a && a.part() == Block.ArticleHead.Part.TITLE) {
            flush();
            itemLevel = a.level() == 0 ? 1 : a.level();
        } else if (b instanceof Block.Paragraph p && !p.content().isEmpty() && p.content().get(0) instanceof Inline.EntryTitle) {
            flush();
            itemLevel = Math.max(1, lastHeading);
        }
        out.add(marked(b));
    }

    private void flush() {
        if (pending.isEmpty()) return;
        out.add(new Block.Paragraph(List.of(new Inline.Text(LABEL)), Attr.ofClass(CLASS)));
        for (int i = 0; i < pending.size(); i++) {
            boolean first = true;
            for (Block nb : pending.get(i)) {
                if (!(nb instanceof Block.Paragraph np)) continue;
                List<Inline> c = new ArrayList<>();
                if (first) c.add(new Inline.Text("[" + (i + 1) + "]\u3000"));
                c.addAll(np.content());
                out.add(new Block.Paragraph(c, Attr.ofClass(CLASS)));
                first = false;
            }
        }
        pending.clear();
    }

    /** The block with each endnote replaced by its raised number, the note kept for the item's end. */
    private Block marked(Block b) {
        if (b instanceof Block.Paragraph p) return p.withContent(inlines(p.content()));
        if (b instanceof Block.Heading h) return h.withContent(inlines(h.content()));
        if (b instanceof Block.ArticleHead a) return a.withContent(inlines(a.content()));
        if (b instanceof Block.BlockQuote q) return new Block.BlockQuote(q.content().stream().map(this::marked).toList());
        if (b instanceof Block.BulletList l) return new Block.BulletList(items(l.items()));
        if (b instanceof Block.OrderedList l) return l.withItems(items(l.items()));
        if (b instanceof Block.Table t) {
            List<Block.Row> rows = new ArrayList<>();
            for (Block.Row r : t.rows()) {
                rows.add(new Block.Row(r.cells().stream().map(c -> new Block.Cell(inlines(c.content()), c.colSpan(), c.rowSpan())).toList()));
            }
            return new Block.Table(t.columns(), t.headerRows(), rows, t.caption());
        }
        return b;
    }

    private List<List<Block>> items(List<List<Block>> items) {
        List<List<Block>> r = new ArrayList<>();
        for (List<Block> item : items) r.add(item.stream().map(this::marked).toList());
        return r;
    }

    private List<Inline> inlines(List<Inline> in) {
        List<Inline> r = new ArrayList<>();
        for (Inline i : in) {
            if (i instanceof Inline.Note n && n.endnote()) {
                pending.add(n.content());
                r.add(new Inline.Superscript(List.of(new Inline.Text("[" + pending.size() + "]"))));
            } else if (i instanceof Inline.Strong s) {
                r.add(new Inline.Strong(inlines(s.content())));
            } else if (i instanceof Inline.Emph e) {
                r.add(new Inline.Emph(inlines(e.content())));
            } else if (i instanceof Inline.Span s) {
                r.add(new Inline.Span(s.attr(), inlines(s.content())));
            } else if (i instanceof Inline.Link l) {
                r.add(new Inline.Link(inlines(l.content()), l.target()));
            } else {
                r.add(i);
            }
        }
        return r;
    }
}

package org.annalist.doc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every heading (a {@link Block.Heading}, a 篇名) an id of its own and every index mark a key of its own, so
 * that two outputs of the same tree — our typesetting and the Word file — can say "this heading, this mark" to each
 * other: where the typesetter set a heading or a mark is found again by its id or key, never by searching the set
 * text. A heading keeps the id it has (a section's {@code section-12}, an article's {@code item-34}) unless another
 * heading has it already; one without gets {@code h-N}; marks get {@code ix-N} in the order they stand.
 */
public final class SourceKeys {
    /** The prefix of a heading id made here. */
    public static final String HEADING = "h-";
    /** The prefix of an index mark's key made here. */
    public static final String INDEX = "ix-";

    private final Set<String> ids = new HashSet<>();
    private int headings;
    private int marks;

    private SourceKeys() {
    }

    /** A document stamped: the tree with its ids and keys, how many headings and index marks it has. */
    public record Stamped(Document doc, int headings, int marks) {
    }

    /** The document with ids on all its headings and keys on all its index marks. */
    public static Stamped stamp(Document doc) {
        SourceKeys k = new SourceKeys();
        Document stamped = doc.withBlocks(k.blocks(doc.blocks()));
        return new Stamped(stamped, k.ids.size(), k.marks);
    }

    private List<Block> blocks(List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        for (Block b : in) out.add(block(b));
        return out;
    }

    private Block block(Block b) {
        Block mapped = Blocks.mapContent(b, this::inlines, this::blocks);
        if (mapped instanceof Block.Heading h) return new Block.Heading(h.level(), h.content(), h.attr().withId(id(h.attr())));
        if (mapped instanceof Block.ArticleHead a && a.part() == Block.ArticleHead.Part.TITLE) return a.withAttr(a.attr().withId(id(a.attr())));
        return mapped;
    }

    private String id(Attr attr) {
        String id = attr.id();
        if (!id.isEmpty() && ids.add(id)) return id;
        String made;
        do {
            made = HEADING + (++headings);
        } while (!ids.add(made));
        return made;
    }

    private List<Inline> inlines(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        for (Inline i : in) out.add(inline(i));
        return out;
    }

    private Inline inline(Inline i) {
        if (i instanceof Inline.IndexTerm t) {
            String key = INDEX + (++marks);
            return new Inline.IndexTerm(inlines(t.content()), t.entry(), t.reading(), key);
        }
        if (i instanceof Inline.Note n) return new Inline.Note(blocks(n.content()), n.endnote());
        if (i instanceof Inline.Emph e) return new Inline.Emph(inlines(e.content()));
        if (i instanceof Inline.Strong s) return new Inline.Strong(inlines(s.content()));
        if (i instanceof Inline.Superscript s) return new Inline.Superscript(inlines(s.content()));
        if (i instanceof Inline.Subscript s) return new Inline.Subscript(inlines(s.content()));
        if (i instanceof Inline.Link l) return new Inline.Link(inlines(l.content()), l.target());
        if (i instanceof Inline.EntryTitle t) return new Inline.EntryTitle(inlines(t.content()));
        if (i instanceof Inline.Span s) return new Inline.Span(s.attr(), inlines(s.content()));
        return i;
    }
}

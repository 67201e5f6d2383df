package org.annalist.importer.text;

import java.util.List;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;

/** Test helpers to read the plain text out of a document tree. */
final class Blocks {
    private Blocks() {
    }

    static String text(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) sb.append(t.text());
            else throw new AssertionError("unexpected inline " + i);
        }
        return sb.toString();
    }

    static String text(Block b) {
        if (b instanceof Block.Heading h) return text(h.content());
        if (b instanceof Block.Paragraph p) return text(p.content());
        throw new AssertionError("unexpected block " + b);
    }

    static List<Block.Heading> headings(Document d) {
        return d.blocks().stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b).toList();
    }

    static List<Block.Paragraph> paragraphs(Document d) {
        return d.blocks().stream().filter(b -> b instanceof Block.Paragraph).map(b -> (Block.Paragraph) b).toList();
    }

    /** All text of the document, one block a line. */
    static String all(Document d) {
        StringBuilder sb = new StringBuilder();
        for (Block b : d.blocks()) sb.append(text(b)).append('\n');
        return sb.toString();
    }
}

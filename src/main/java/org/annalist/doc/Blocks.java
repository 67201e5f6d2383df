package org.annalist.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Helpers on blocks. */
public final class Blocks {
    private Blocks() {
    }

    /**
     * The block with its inline content mapped by {@code inlines} and the blocks it holds (a quote's, each list
     * item's) by {@code blocks}, in reading order: a table's cells row by row, then its caption; a figure's caption.
     * A heading keeps its level and attributes; a block without content (a rule, a note definition) is returned as
     * it is. What walks a document tree to change its text (resolving suggestions, stamping keys) shares this.
     */
    public static Block mapContent(Block b, UnaryOperator<List<Inline>> inlines, UnaryOperator<List<Block>> blocks) {
        if (b instanceof Block.Heading h) return h.withContent(inlines.apply(h.content()));
        if (b instanceof Block.Paragraph p) return p.withContent(inlines.apply(p.content()));
        if (b instanceof Block.ArticleHead a) return a.withContent(inlines.apply(a.content()));
        if (b instanceof Block.BlockQuote q) return new Block.BlockQuote(blocks.apply(q.content()));
        if (b instanceof Block.BulletList l) return new Block.BulletList(items(l.items(), blocks));
        if (b instanceof Block.OrderedList l) return l.withItems(items(l.items(), blocks));
        if (b instanceof Block.Figure f) return new Block.Figure(f.source(), inlines.apply(f.caption()), f.spanning(), f.place());
        if (b instanceof Block.Table t) {
            List<Block.Row> rows = new ArrayList<>();
            for (Block.Row r : t.rows()) {
                List<Block.Cell> cells = new ArrayList<>();
                for (Block.Cell c : r.cells()) cells.add(new Block.Cell(inlines.apply(c.content()), c.colSpan(), c.rowSpan()));
                rows.add(new Block.Row(cells));
            }
            return new Block.Table(t.columns(), t.headerRows(), rows, inlines.apply(t.caption()));
        }
        return b;
    }

    private static List<List<Block>> items(List<List<Block>> items, UnaryOperator<List<Block>> blocks) {
        List<List<Block>> out = new ArrayList<>(items.size());
        for (List<Block> item : items) out.add(blocks.apply(item));
        return out;
    }

    /**
     * The visible text of a block without markup or footnotes. Nested blocks and list items are separated by
     * {@code '\n'}; table cells by {@code '\t'} and rows by {@code '\n'}, followed by the caption if any. A
     * figure gives its caption, a rule the empty string.
     */
    public static String plainText(Block block) {
        StringBuilder sb = new StringBuilder();
        append(block, sb);
        return sb.toString();
    }

    /** The visible text of several blocks, one block a line. */
    public static String plainText(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        appendAll(blocks, sb);
        return sb.toString();
    }

    private static void appendAll(List<Block> blocks, StringBuilder sb) {
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) sb.append('\n');
            append(blocks.get(i), sb);
        }
    }

    private static void append(Block block, StringBuilder sb) {
        if (block instanceof Block.Heading h) {
            Inlines.append(h.content(), sb);
        } else if (block instanceof Block.Paragraph p) {
            Inlines.append(p.content(), sb);
        } else if (block instanceof Block.ArticleHead a) {
            Inlines.append(a.content(), sb);
        } else if (block instanceof Block.BlockQuote q) {
            appendAll(q.content(), sb);
        } else if (block instanceof Block.BulletList l) {
            items(l.items(), sb);
        } else if (block instanceof Block.OrderedList l) {
            items(l.items(), sb);
        } else if (block instanceof Block.Table t) {
            for (int r = 0; r < t.rows().size(); r++) {
                if (r > 0) sb.append('\n');
                List<Block.Cell> cells = t.rows().get(r).cells();
                for (int c = 0; c < cells.size(); c++) {
                    if (c > 0) sb.append('\t');
                    Inlines.append(cells.get(c).content(), sb);
                }
            }
            if (!t.caption().isEmpty()) {
                if (!t.rows().isEmpty()) sb.append('\n');
                Inlines.append(t.caption(), sb);
            }
        } else if (block instanceof Block.Figure f) {
            Inlines.append(f.caption(), sb);
        }
        // Block.Rule has no text.
    }

    private static void items(List<List<Block>> items, StringBuilder sb) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append('\n');
            appendAll(items.get(i), sb);
        }
    }
}

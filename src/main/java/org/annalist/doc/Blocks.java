package org.annalist.doc;

import java.util.List;

/** Helpers on blocks. */
public final class Blocks {
    private Blocks() {
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

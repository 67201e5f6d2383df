package org.annalist.doc;

import java.util.List;

/**
 * A whole document: what it says about itself ({@link Meta}: title, 版权页, structure) and its body, a sequence of
 * blocks (pandoc's {@code Pandoc Meta [Block]}). Immutable.
 */
public record Document(Meta meta, List<Block> blocks) {
    public Document {
        if (meta == null) meta = Meta.EMPTY;
        blocks = List.copyOf(blocks);
    }

    /** Blocks without metadata (an item's body, a fragment). */
    public Document(List<Block> blocks) {
        this(Meta.EMPTY, blocks);
    }

    public static Document of(Block... blocks) {
        return new Document(List.of(blocks));
    }

    /** The same metadata with other blocks. */
    public Document withBlocks(List<Block> newBlocks) {
        return new Document(meta, newBlocks);
    }

    public Document withMeta(Meta newMeta) {
        return new Document(newMeta, blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }
}

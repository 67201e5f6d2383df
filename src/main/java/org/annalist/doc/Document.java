package org.annalist.doc;

import java.util.List;

/** A whole document body: a sequence of blocks. Immutable. */
public record Document(List<Block> blocks) {
    public Document {
        blocks = List.copyOf(blocks);
    }

    public static Document of(Block... blocks) {
        return new Document(List.of(blocks));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }
}

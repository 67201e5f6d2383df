package org.annalist.doc;

import java.util.List;

/**
 * What a document says about itself beside its blocks (pandoc's {@code Meta}): the book's title (书名) and
 * subtitle, its 版权页 data, and — for a publication assembled from the archive — the structure of its sections
 * (类目/分目/子目), each with the id its heading carries in the blocks. Empty strings and lists where nothing is
 * known; a Markdown book file gives the title (and subtitle) from its {@code %} lines.
 */
public record Meta(String title, String subtitle, Imprint imprint, List<Part> structure) {
    public static final Meta EMPTY = new Meta("", "", Imprint.NONE, List.of());

    public Meta {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        if (imprint == null) imprint = Imprint.NONE;
        structure = List.copyOf(structure);
    }

    /** A title alone. */
    public static Meta titled(String title) {
        return new Meta(title, "", Imprint.NONE, List.of());
    }

    public Meta withTitle(String newTitle, String newSubtitle) {
        return new Meta(newTitle, newSubtitle, imprint, structure);
    }

    public Meta withImprint(Imprint newImprint) {
        return new Meta(title, subtitle, newImprint, structure);
    }

    public Meta withStructure(List<Part> newStructure) {
        return new Meta(title, subtitle, imprint, newStructure);
    }

    /** The title, or {@code fallback} when there is none. */
    public String titleOr(String fallback) {
        return title.isEmpty() ? fallback : title;
    }

    /**
     * One section of the publication: {@code id} as its heading's block id ({@code section-12}), {@code kind} as the
     * editors name it (类目, 分目, 子目, 栏目), {@code depth} 1 at the top, its title, the ids of its items' first
     * blocks ({@code item-34}) in order, and its sub-sections.
     */
    public record Part(String id, String kind, int depth, String title, List<String> items, List<Part> children) {
        public Part {
            if (depth < 1) throw new IllegalArgumentException("depth " + depth);
            items = List.copyOf(items);
            children = List.copyOf(children);
        }
    }
}

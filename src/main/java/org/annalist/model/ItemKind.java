package org.annalist.model;

/** What an item is. */
public enum ItemKind implements Labels.Labelled {
    /** 条目: a yearbook entry, a short titled statement run into its text. */
    ENTRY("条目"),
    /** 篇: an article (文史 article, 专文, 特载) with its own title and byline. */
    ARTICLE("篇");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ItemKind parse(String s) {
        return Labels.parse(ItemKind.class, s, "model.label.itemKind");
    }
}

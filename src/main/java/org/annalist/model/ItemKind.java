package org.annalist.model;

/** What an item is. */
public enum ItemKind {
    /** 条目: a yearbook entry, a short titled statement run into its text. */
    ENTRY("条目"),
    /** 篇: an article (文史 article, 专文, 特载) with its own title and byline. */
    ARTICLE("篇");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ItemKind parse(String s) {
        for (ItemKind k : values()) {
            if (k.name().equalsIgnoreCase(s.trim()) || k.label.equals(s.trim())) return k;
        }
        throw new IllegalArgumentException("未知的稿件类型：" + s + "（应为 条目 或 篇）");
    }
}

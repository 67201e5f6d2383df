package org.annalist.model;

/** The level of a node in a publication's section tree. */
public enum SectionLevel implements Labels.Labelled {
    /** 类目 (or 栏目): top level of a 年鉴, printed across both columns at a new page. */
    CATEGORY("类目"),
    /** 分目: second level. */
    SUBCATEGORY("分目"),
    /** 子目: third level. */
    SUBSUBCATEGORY("子目"),
    /** 专辑/栏目 of a 文史 辑. */
    COLUMN("栏目");

    private final String label;

    SectionLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static SectionLevel parse(String s) {
        if (s != null && s.strip().equals("专辑")) return COLUMN;
        return Labels.parse(SectionLevel.class, s, "model.label.sectionLevel");
    }
}

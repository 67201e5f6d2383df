package org.annalist.typeset.font;

/** The typographic roles a template assigns fonts to. */
public enum FontRole {
    /** 宋体: body text. */
    SONG("宋"),
    /** 黑体: headings, 条目 titles. */
    HEI("黑"),
    /** 楷体: bylines, quotations, captions. */
    KAI("楷"),
    /** 仿宋: documents, notes. */
    FANG("仿"),
    /** Latin letters and digits inside Chinese text. */
    LATIN("西文");

    private final String label;

    FontRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

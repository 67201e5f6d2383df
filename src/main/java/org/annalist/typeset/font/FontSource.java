package org.annalist.typeset.font;

/** Where a face of a role's chain came from, in the order they are tried. */
public enum FontSource {
    TEMPLATE("模板指定"),
    USER("用户字体文件夹"),
    SYSTEM("系统字体"),
    SHIPPED("随程序附带");

    private final String label;

    FontSource(String label) {
        this.label = label;
    }

    /** As the font report says it. */
    public String label() {
        return label;
    }
}

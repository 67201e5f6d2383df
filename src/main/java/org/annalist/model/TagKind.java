package org.annalist.model;

/** What a tag names. */
public enum TagKind {
    PERSON("人物"), EVENT("事件");

    private final String label;

    TagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static TagKind parse(String s) {
        for (TagKind k : values()) {
            if (k.name().equalsIgnoreCase(s.trim()) || k.label.equals(s.trim())) return k;
        }
        throw new IllegalArgumentException("未知的标签类型：" + s + "（应为 人物 或 事件）");
    }
}

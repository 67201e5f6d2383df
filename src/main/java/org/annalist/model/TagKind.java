package org.annalist.model;

/** What a tag names. */
public enum TagKind implements Labels.Labelled {
    PERSON("人物"), EVENT("事件");

    private final String label;

    TagKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static TagKind parse(String s) {
        return Labels.parse(TagKind.class, s, "model.label.tagKind");
    }
}

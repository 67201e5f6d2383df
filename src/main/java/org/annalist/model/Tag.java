package org.annalist.model;

/** A 人物 or 事件 tag on an item. */
public record Tag(TagKind kind, String name) {
    public Tag {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("标签为空");
    }
}

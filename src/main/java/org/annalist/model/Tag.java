package org.annalist.model;

import org.annalist.i18n.LocalizedException;

/** A 人物 or 事件 tag on an item. */
public record Tag(TagKind kind, String name) {
    public Tag {
        if (name == null || name.isBlank()) throw new LocalizedException("model.tag.empty");
    }
}

package org.annalist.typeset.font;

import org.annalist.i18n.Texts;

/** Where a face of a role's chain came from, in the order they are tried. */
public enum FontSource {
    TEMPLATE("font.source.template"),
    USER("font.source.user"),
    SYSTEM("font.source.system"),
    SHIPPED("font.source.shipped");

    private final String key;

    FontSource(String key) {
        this.key = key;
    }

    /** As the font report says it, in the language of messages. */
    public String label() {
        return Texts.get(key);
    }
}

package org.annalist.model;

import org.annalist.i18n.LocalizedException;

/**
 * A person credited on an item, with the office printed in the byline
 * (南京市政协主席 in "南京市政协主席 王立平"); {@code affiliation} may be null.
 */
public record Credit(String name, Role role, String affiliation) {
    public Credit {
        if (name == null || name.isBlank()) throw new LocalizedException("model.credit.noName");
    }
}

package org.annalist.service;

import org.annalist.i18n.Localized;
import org.annalist.i18n.LocalizedException;

/** A step of 三审三校 refused by one of the {@link ReviewRule}s; nothing was written. */
public final class ReviewRefusedException extends LocalizedException {
    private final ReviewRule rule;

    public ReviewRefusedException(ReviewRule rule, Object... args) {
        super(Localized.of(rule.key(), args));
        this.rule = rule;
    }

    public ReviewRule rule() {
        return rule;
    }
}

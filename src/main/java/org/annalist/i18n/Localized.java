package org.annalist.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A message for a person as a key of {@code org/annalist/i18n/messages.properties} and its arguments, rendered only
 * when shown, in the language of the reader. An argument that is itself {@code Localized} is rendered in the same
 * language; anything else (a file name, a number, the editor's own text) is shown as it is.
 */
public final class Localized {
    private final String key;
    private final Object[] args;

    private Localized(String key, Object[] args) {
        this.key = Objects.requireNonNull(key, "key");
        this.args = args.clone();
    }

    public static Localized of(String key, Object... args) {
        return new Localized(key, args == null ? new Object[0] : args);
    }

    /**
     * What went wrong with an operation, as an argument of a message: the cause's own message for the editor if it
     * has one (rendered in the same language), else its raw message, which is a technical detail.
     */
    public static Object reason(Throwable e) {
        return e instanceof Localizable l ? l.localized() : String.valueOf(e.getMessage());
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The text in the language chosen with {@link Texts#use(Locale)}. */
    public String text() {
        return text(Texts.locale());
    }

    public String text(Locale locale) {
        return Texts.format(locale, key, args);
    }

    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Localized l && l.key.equals(key) && Arrays.equals(l.args, args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }
}

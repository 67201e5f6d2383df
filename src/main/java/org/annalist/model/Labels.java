package org.annalist.model;

import org.annalist.i18n.LocalizedException;
import org.annalist.i18n.Localized;
import org.annalist.i18n.Texts;

/** Reading the enums of the model from their names or their Chinese labels, as editors write them. */
final class Labels {
    private Labels() {
    }

    /** An enum constant with a Chinese label. */
    interface Labelled {
        String label();
    }

    /**
     * The constant whose name (any case) or label equals {@code text}.
     *
     * @throws IllegalArgumentException for the editor ({@code what} is a message key), naming the accepted labels
     */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text, String what) {
        String t = text == null ? "" : text.strip();
        java.util.List<String> accepted = new java.util.ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t) || e.label().equals(t)) return e;
            accepted.add(e.label());
        }
        throw new LocalizedException("model.unknownLabel", Localized.of(what), text, Texts.list(accepted));
    }
}

package org.annalist.i18n;

/**
 * An unchecked problem with a message for the editor, for the places that have no exception type of their own. It is
 * an {@code IllegalArgumentException} because nearly all of them are: a value the editor gave (a length in a
 * template, a field of a form, a picture file) that cannot be used; code that catches those keeps working.
 */
public class LocalizedException extends IllegalArgumentException implements Localizable {
    private final Localized message;

    public LocalizedException(Localized message) {
        this(message, null);
    }

    public LocalizedException(Localized message, Throwable cause) {
        super(message.key(), cause);
        this.message = message;
    }

    public LocalizedException(String key, Object... args) {
        this(Localized.of(key, args));
    }

    @Override
    public Localized localized() {
        return message;
    }

    @Override
    public String getMessage() {
        return message.text();
    }
}

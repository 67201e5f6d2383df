package org.annalist.i18n;

/** An unchecked problem with a message for the editor, for the places that have no exception type of their own. */
public class LocalizedException extends RuntimeException implements Localizable {
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

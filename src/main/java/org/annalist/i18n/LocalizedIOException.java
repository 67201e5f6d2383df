package org.annalist.i18n;

import java.io.IOException;

/** An input or output problem with a message for the editor (an unreadable font, an unwritable output file). */
public class LocalizedIOException extends IOException implements Localizable {
    private final Localized message;

    public LocalizedIOException(Localized message) {
        this(message, null);
    }

    public LocalizedIOException(Localized message, Throwable cause) {
        super(message.key(), cause);
        this.message = message;
    }

    public LocalizedIOException(String key, Object... args) {
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

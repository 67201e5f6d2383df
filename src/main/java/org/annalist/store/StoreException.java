package org.annalist.store;

import org.annalist.i18n.Localizable;
import org.annalist.i18n.Localized;

/**
 * A failure of the archive, with a message meant for the editor (a key of the i18n bundle). The technical cause, if
 * any, stays reachable through {@link #getCause()}.
 */
public class StoreException extends RuntimeException implements Localizable {
    private final Localized message;

    public StoreException(Localized message) {
        this(message, null);
    }

    public StoreException(Localized message, Throwable cause) {
        super(message.key(), cause);
        this.message = message;
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

package org.annalist.service;

import org.annalist.i18n.Localizable;
import org.annalist.i18n.Localized;

/**
 * The archive could not be opened (held by another program, not an archive, no permission, damaged): nothing was
 * done. The message is for the editor and names the database file; the command line exits with code 3.
 */
public final class ArchiveUnavailableException extends RuntimeException implements Localizable {
    private final Localized message;

    public ArchiveUnavailableException(Localized message, Throwable cause) {
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

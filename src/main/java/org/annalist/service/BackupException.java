package org.annalist.service;

import org.annalist.i18n.Localizable;
import org.annalist.i18n.Localized;

/** A backup could not be written, read or restored; the message names the file and the problem. */
public final class BackupException extends RuntimeException implements Localizable {
    private final Localized message;

    public BackupException(Localized message, Throwable cause) {
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

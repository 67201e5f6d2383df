package org.annalist.service;

import org.annalist.i18n.Localizable;
import org.annalist.i18n.Localized;

/**
 * The archive could not be opened (held by another program, not an archive, no permission, damaged): nothing was
 * done. The message is for the editor and names the database file; the command line exits with code 3.
 */
public final class ArchiveUnavailableException extends RuntimeException implements Localizable {
    private final Localized message;
    private final java.nio.file.Path goodBackup;

    public ArchiveUnavailableException(Localized message, Throwable cause) {
        this(message, cause, null);
    }

    /** The archive is damaged and {@code goodBackup} (may be null) is the newest whole backup to restore it from. */
    public ArchiveUnavailableException(Localized message, Throwable cause, java.nio.file.Path goodBackup) {
        super(message.key(), cause);
        this.message = message;
        this.goodBackup = goodBackup;
    }

    /** The newest whole backup, when the archive could not be opened because it is damaged; else null. */
    public java.nio.file.Path goodBackup() {
        return goodBackup;
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

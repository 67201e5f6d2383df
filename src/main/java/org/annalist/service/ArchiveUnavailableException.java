package org.annalist.service;

/**
 * The archive could not be opened (held by another program, not an archive, no permission, damaged): nothing was
 * done. The message is for the editor and names the database file; the command line exits with code 3.
 */
public final class ArchiveUnavailableException extends RuntimeException {
    public ArchiveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.annalist.store;

/**
 * A failure of the archive, with a message meant for the editor (in Chinese). The technical cause, if
 * any, stays reachable through {@link #getCause()}.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

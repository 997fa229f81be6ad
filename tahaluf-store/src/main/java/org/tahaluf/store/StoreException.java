package org.tahaluf.store;

/** A store that cannot be opened, migrated, read or written: the message names the store and the cause. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.dais.store;

/**
 * A store that cannot be used as asked, for a reason the user can fix (it is locked by a running
 * server, or was built under another base). The message names the store and says what to do; the
 * command line prints it as it is, without a stack trace.
 */
public final class StoreRefusal extends RuntimeException {
    public StoreRefusal(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreRefusal(String message) {
        super(message);
    }
}

package org.gridpatrol.client;

/**
 * No answer: the connection was refused or broke, the request timed out, or the calling thread
 * was interrupted while waiting (its interrupt flag is set again). Safe to retry later: every
 * mobile call is idempotent or harmless to repeat.
 */
public final class ServerUnreachable extends GridPatrolException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being done
     * @param cause   the I/O failure or interruption
     */
    public ServerUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.gridpatrol.desktop.connection.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import javax.swing.event.ChangeListener;

/**
 * The GridPatrol server this desktop talks to, over HTTP and JSON. Found through the
 * Lookup; every call blocks, so call it off the event dispatch thread.
 */
public interface ServerConnection {

    /** @return the server's base address, e.g. {@code http://127.0.0.1:8080} */
    URI server();

    /** @return the account signed in, or null before sign-in */
    String account();

    /** @return true once a sign-in succeeded */
    default boolean signedIn() {
        return account() != null;
    }

    /**
     * Runs a task now if signed in, and again after every later sign-in — for windows
     * that may open before or after the first sign-in.
     *
     * @param task what to do with the server (called on the signing-in thread or the caller's)
     */
    default void whenSignedIn(Runnable task) {
        addChangeListener(e -> task.run());
        if (signedIn()) {
            task.run();
        }
    }

    /**
     * Signs in: remembers the server and, when the server has authentication, obtains a
     * bearer token for the account. A server without {@code /auth/login} (404) is used
     * without a token.
     *
     * @param server   base address
     * @param account  the account
     * @param password its password; cleared after use
     * @throws ServerException when the server refuses or cannot be reached
     */
    void signIn(URI server, String account, char[] password);

    /**
     * Sets a new password for an account the server refused with
     * {@code auth.password-change-required} (first login, reset, expiry); works before sign-in.
     *
     * @param server      base address
     * @param account     the account
     * @param password    its current password; cleared after use
     * @param newPassword the new password; cleared after use
     * @throws ServerException when the server refuses (e.g. the password policy's sentence) or cannot be reached
     */
    void changePassword(URI server, String account, char[] password, char[] newPassword);

    /**
     * @param path a path under {@code /api/v1}, with its query, e.g. {@code /grids?bbox=…}
     * @param type what to read the answer as
     * @param <T>  the answer's type
     * @return the answer
     * @throws ServerException on any answer but 2xx
     */
    <T> T get(String path, TypeReference<T> type);

    /**
     * A conditional GET: answers {@code null} body when the server says 304 for the ETag.
     *
     * @param path a path under {@code /api/v1}
     * @param etag the ETag of the copy held, or null
     * @return the answer with its ETag
     */
    Conditional getIfChanged(String path, String etag);

    /**
     * @param path a path under {@code /api/v1}
     * @param body what to send as JSON
     * @param type what to read the answer as
     * @param <T>  the answer's type
     * @return the answer
     */
    <T> T post(String path, Object body, TypeReference<T> type);

    /**
     * @param path a path under {@code /api/v1}
     * @param body what to send as JSON
     * @param type what to read the answer as
     * @param <T>  the answer's type
     * @return the answer
     */
    <T> T put(String path, Object body, TypeReference<T> type);

    /**
     * Deletes a resource.
     *
     * @param path a path under {@code /api/v1}
     * @param type what to read the answer as
     * @param <T>  the answer's type
     * @return the answer
     * @throws ServerException on any answer but 2xx
     */
    <T> T delete(String path, TypeReference<T> type);

    /**
     * Reads an answer as it comes: a photo, an XLSX or PDF file.
     *
     * @param path   a path under {@code /api/v1}
     * @param accept the media type wanted, e.g. {@code image/jpeg} or {@code application/pdf}
     * @return the answer's bytes
     * @throws ServerException on any answer but 2xx
     */
    byte[] download(String path, String accept);

    /** @return the JSON mapper the connection uses (Java time as ISO-8601) */
    ObjectMapper mapper();

    /**
     * @param listener told (on any thread) after a sign-in changed the server or account
     */
    void addChangeListener(ChangeListener listener);

    /** @param listener no longer told */
    void removeChangeListener(ChangeListener listener);

    /**
     * The answer to a conditional GET.
     *
     * @param body the body, or null when it did not change (304)
     * @param etag the ETag to send next time
     */
    record Conditional(byte[] body, String etag) {
        /** @return true when the server said the copy held is current */
        public boolean unchanged() {
            return body == null;
        }
    }
}

package org.gridpatrol.server.integration;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.gridpatrol.server.problem.ProblemException;

/**
 * Where a client stopped reading a feed: the position of the last row it got (the transaction that
 * last wrote it, or its day) and its id. Opaque to clients (base64url of {@code c1:<xid>:<id>}) so its form can
 * change with a new prefix.
 *
 * @param position the row's {@code changed_xid} in a change feed, the epoch day in a per-day feed
 * @param id  the row's id
 */
public record FeedCursor(long position, long id) {
    /** Before every row. */
    public static final FeedCursor START = new FeedCursor(0, 0);

    private static final String VERSION = "c1:";

    /** @return the cursor as a client sends it back */
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + position + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @param text a cursor from an earlier page, or null or blank for the start
     * @return the cursor
     * @throws ProblemException 400 {@code cursor.invalid} when it is not one this server gave
     */
    public static FeedCursor decode(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII);
            if (!plain.startsWith(VERSION)) {
                throw invalid();
            }
            String[] parts = plain.substring(VERSION.length()).split(":");
            if (parts.length != 2) {
                throw invalid();
            }
            long position = Long.parseLong(parts[0]);
            long id = Long.parseLong(parts[1]);
            if (position < 0 || id < 0) {
                throw invalid();
            }
            return new FeedCursor(position, id);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest("cursor.invalid",
                "the cursor is not one this server gave; send the 'next' of an earlier page, or none to start");
    }
}

package org.gridpatrol.client;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.gridpatrol.model.mobile.MessagePage;
import org.gridpatrol.model.mobile.MobileMessage;

/**
 * An officer's message stream as a phone reads it: each {@link #next()} long-polls from the cursor
 * and moves it past what it returns. Save {@link #cursor()} and start a new feed from it after a
 * restart: nothing is lost, nothing comes twice. Not thread-safe: one reader per feed.
 *
 * <pre>{@code
 * MessageFeed feed = new MessageFeed(phone, () -> session.accessToken(), savedCursor, 25);
 * for (MobileMessage m : feed.next()) { ... }   // STRATEGY: apply m.body().get("strategy")
 * }</pre>
 */
public final class MessageFeed {
    private final GridPatrolClient client;
    private final Supplier<String> accessToken;
    private final int waitSeconds;
    private long cursor;

    /**
     * @param client      the phone's client
     * @param accessToken gives the current access token (it may be refreshed between polls)
     * @param cursor      the last message id already handled, 0 for none
     * @param waitSeconds how long one poll may wait, below the transport's timeout
     */
    public MessageFeed(GridPatrolClient client, Supplier<String> accessToken, long cursor, int waitSeconds) {
        this.client = Objects.requireNonNull(client, "client");
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        this.cursor = cursor;
        this.waitSeconds = waitSeconds;
    }

    /**
     * @return the next messages, oldest first; empty when none came within the wait
     * @throws ProblemAnswer     when the server refuses (the cursor stays)
     * @throws ServerUnreachable when there is no answer (the cursor stays)
     */
    public List<MobileMessage> next() {
        MessagePage page = client.messages(accessToken.get(), cursor, waitSeconds);
        cursor = page.cursor();
        return page.messages();
    }

    /** @return the id of the last message returned: where a new feed resumes */
    public long cursor() {
        return cursor;
    }
}

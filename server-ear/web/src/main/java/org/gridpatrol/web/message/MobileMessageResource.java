package org.gridpatrol.web.message;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.TimeUnit;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.mobile.MessagePage;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.message.MessageBell;
import org.gridpatrol.server.message.MobileMessages;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/**
 * {@code GET /api/v1/mobile/messages?after=<id>&wait=<s>}: the signed-in officer's messages, by
 * long-poll. Answers at once with the messages after the cursor when there are any; otherwise holds
 * the request up to {@code wait} seconds (default 25, at most 60, 0 = do not wait) and answers as
 * soon as one arrives, or empty when the wait runs out. The phone sends the answer's {@code cursor}
 * as {@code after} next time, so a reconnect loses nothing; a waiting request holds no thread.
 */
@Path("/mobile/messages")
public class MobileMessageResource {
    static final int WAIT_DEFAULT_S = 25;
    static final int WAIT_MAX_S = 60;

    @Inject
    private MobileMessages messages;
    @Inject
    private MessageBell bell;
    @Inject
    private CallerScope callers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    public void poll(@QueryParam("after") String after, @QueryParam("wait") String wait, @Suspended AsyncResponse answer) {
        long officer = callers.identity().device().officerId();
        Long cursor = QueryParams.id("after", after);
        if (cursor != null && cursor < 0) {
            throw ProblemException.badRequest("messages.cursor-invalid", "after is a message id we sent, or 0");
        }
        int seconds = QueryParams.integer("wait", wait, WAIT_DEFAULT_S);
        if (seconds < 0 || seconds > WAIT_MAX_S) {
            throw ProblemException.badRequest("messages.wait-out-of-range", "wait is 0 to " + WAIT_MAX_S + " seconds");
        }
        long from = cursor == null ? 0 : cursor;
        messages.delivered(officer, from);
        MessagePage page = messages.after(officer, from);
        if (!page.messages().isEmpty() || seconds == 0) {
            answer.resume(page);
            return;
        }
        Waiter waiter = new Waiter(officer, from, answer);
        answer.setTimeoutHandler(late -> {
            bell.forget(officer, waiter);
            late.resume(messages.after(officer, from));
        });
        answer.setTimeout(seconds, TimeUnit.SECONDS);
        bell.await(officer, waiter);
    }

    /** Woken by the bell: answers when something is there, else waits on. */
    private final class Waiter implements Runnable {
        private final long officer;
        private final long from;
        private final AsyncResponse answer;

        Waiter(long officer, long from, AsyncResponse answer) {
            this.officer = officer;
            this.from = from;
            this.answer = answer;
        }

        @Override
        public void run() {
            if (answer.isDone()) {
                return;
            }
            MessagePage page = messages.after(officer, from);
            if (page.messages().isEmpty()) {
                bell.await(officer, this);
            } else {
                answer.resume(page);
            }
        }
    }
}

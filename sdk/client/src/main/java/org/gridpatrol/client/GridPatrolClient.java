package org.gridpatrol.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridpatrol.model.mobile.ClockEvent;
import org.gridpatrol.model.mobile.ClockReceipt;
import org.gridpatrol.model.mobile.FixBatch;
import org.gridpatrol.model.mobile.FixIn;
import org.gridpatrol.model.mobile.FixReceipt;
import org.gridpatrol.model.mobile.MessagePage;
import org.gridpatrol.model.mobile.MobileProfile;
import org.gridpatrol.model.mobile.Session;
import org.gridpatrol.model.mobile.PhonePasswordChange;
import org.gridpatrol.model.mobile.SignIn;
import org.gridpatrol.model.task.Task;
import org.gridpatrol.model.task.TaskStep;

/**
 * What an officer's phone calls: {@code /api/v1/mobile}. Sign in with badge, password and the
 * phone's registered device id, upload positions with the access token, refresh it before it
 * expires, sign out. Refusals arrive as {@link ProblemAnswer} (e.g. 401 {@code sign-in.refused},
 * {@code token.invalid}; 422 {@code fix.batch-size}), no answer as {@link ServerUnreachable};
 * a 503 is retried after its Retry-After by the {@link ApiTransport}. Thread-safe.
 *
 * <pre>{@code
 * GridPatrolClient phone = GridPatrolClient.connect("http://127.0.0.1:8080/api/v1");
 * Session s = phone.signIn("BS0001", "Patrol-2026!", "dev-BS0001");
 * FixReceipt r = phone.uploadPositions(s.accessToken(), fixes);   // drop the buffer up to r.ackedSeq()
 * }</pre>
 */
public final class GridPatrolClient {
    /** The most fixes one upload may carry. */
    public static final int MAX_FIXES_PER_UPLOAD = 1_000;

    private final ApiTransport api;

    /**
     * @param api the transport to the server
     */
    public GridPatrolClient(ApiTransport api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * @param apiBase e.g. {@code http://127.0.0.1:8080/api/v1}
     * @return a client with the transport's defaults
     */
    public static GridPatrolClient connect(String apiBase) {
        return new GridPatrolClient(ApiTransport.to(apiBase));
    }

    /** @return the transport this client sends through */
    public ApiTransport transport() {
        return api;
    }

    /**
     * {@code POST mobile/sign-in}.
     *
     * @param request badge number, password and the phone's registered device id
     * @return the access and refresh tokens, and who signed in
     * @throws ProblemAnswer 401 {@code sign-in.refused}, {@code sign-in.inactive} or
     *                       {@code sign-in.device-not-registered}; 400 {@code sign-in.incomplete};
     *                       403 {@code password.change-required}: call {@link #changePassword} first
     */
    public Session signIn(SignIn request) {
        return api.post("mobile/sign-in", null, request, Session.class);
    }

    /**
     * {@code POST mobile/sign-in}.
     *
     * @param badgeNo  the officer's badge number
     * @param password his password
     * @param deviceId the phone's registered device id
     * @return the tokens
     * @throws ProblemAnswer when the server refuses (see {@link #signIn(SignIn)})
     */
    public Session signIn(String badgeNo, String password, String deviceId) {
        return signIn(new SignIn(badgeNo, password, deviceId));
    }

    /**
     * {@code POST mobile/password}: the officer sets his own password from his phone (first
     * sign-in, a reset by the security administrator, or an expired password). Every token of the
     * account ends; sign in again with the new password.
     *
     * @param request badge number, device id, current and new password
     * @throws ProblemAnswer 422 {@code password.policy} (too short, too few character classes, one
     *                       of the last five); 401 as {@link #signIn(SignIn)} for a wrong password
     */
    public void changePassword(PhonePasswordChange request) {
        api.post("mobile/password", null, request, Void.class);
    }

    /**
     * {@code POST mobile/refresh}: new tokens for the same device; the old refresh token stops working.
     *
     * @param refreshToken the refresh token of the current session
     * @return the new session
     * @throws ProblemAnswer 401 {@code token.invalid} when it is unknown, expired or revoked: sign in again
     */
    public Session refresh(String refreshToken) {
        return api.post("mobile/refresh", null, Map.of("refreshToken", refreshToken), Session.class);
    }

    /**
     * {@code POST mobile/sign-out}: revokes every token of this device.
     *
     * @param accessToken the access token of the session
     * @throws ProblemAnswer 401 when the token is no longer valid
     */
    public void signOut(String accessToken) {
        api.post("mobile/sign-out", accessToken, null, Void.class);
    }

    /**
     * {@code POST mobile/positions}: stores fixes idempotently by device seq; answered after the
     * database commit. Refused fixes are listed in the receipt, the others are stored all the same.
     *
     * @param accessToken the session's access token
     * @param fixes       1 to {@value #MAX_FIXES_PER_UPLOAD} fixes, in any order
     * @return the receipt: drop buffered fixes up to {@link FixReceipt#ackedSeq()}
     * @throws IllegalArgumentException when the batch is empty or too big (nothing is sent)
     * @throws ProblemAnswer            401 {@code token.invalid}: refresh or sign in; 503 after the retries
     */
    public FixReceipt uploadPositions(String accessToken, List<FixIn> fixes) {
        if (fixes == null || fixes.isEmpty() || fixes.size() > MAX_FIXES_PER_UPLOAD) {
            throw new IllegalArgumentException("send 1 to " + MAX_FIXES_PER_UPLOAD + " fixes, not "
                    + (fixes == null ? 0 : fixes.size()));
        }
        return api.post("mobile/positions", accessToken, new FixBatch(fixes), FixReceipt.class);
    }

    /**
     * {@code POST mobile/clock}: clocks the officer in or out where he stands. The server checks the
     * position against his grids and the time against his shifts (late, early leave) and says what
     * it flagged.
     *
     * @param accessToken the session's access token
     * @param event       the clock-in or clock-out, by the phone's clock
     * @return the time recorded, whether he stood in his own grid, and the flags raised
     * @throws ProblemAnswer 401 {@code token.invalid}; 422 for a bad event
     */
    public ClockReceipt clock(String accessToken, ClockEvent event) {
        return api.post("mobile/clock", accessToken, event, ClockReceipt.class);
    }

    /**
     * {@code GET mobile/profile}: the officer, his grids and shifts of today, whether clocking in
     * needs a face check, and the location strategy the phone must follow.
     *
     * @param accessToken the session's access token
     * @return the profile
     * @throws ProblemAnswer 401 {@code token.invalid}: refresh or sign in
     */
    public MobileProfile profile(String accessToken) {
        return api.get("mobile/profile", accessToken, MobileProfile.class);
    }

    /**
     * {@code GET mobile/messages?after=&wait=}: long-poll for the officer's messages (alarms, strategy
     * changes, notices, tasks). Answers at once when there are messages after the cursor, else when
     * one arrives or the wait runs out (then empty). Keep {@code waitSeconds} below the transport's
     * request timeout (30 s by default). {@link MessageFeed} keeps the cursor between calls.
     *
     * @param accessToken the session's access token
     * @param after       the last message id the phone has (0 for none)
     * @param waitSeconds 0 to 60
     * @return the messages, oldest first, and the cursor to send next
     * @throws ProblemAnswer 400 {@code messages.wait-out-of-range}; 401 {@code token.invalid}
     */
    public MessagePage messages(String accessToken, long after, int waitSeconds) {
        return api.get("mobile/messages?after=" + after + "&wait=" + waitSeconds, accessToken, MessagePage.class);
    }

    /**
     * {@code GET mobile/tasks?state=}: the officer's own tasks, for a phone that lost its local copy.
     *
     * @param accessToken the phone's access token
     * @param state       {@code ASSIGNED}, {@code ACCEPTED}, {@code COMPLETED}, or null for all
     * @return up to 500 of his tasks, newest first
     */
    public List<Task> tasks(String accessToken, String state) {
        return api.get(state == null ? "mobile/tasks" : "mobile/tasks?state=" + state, accessToken,
                new TypeReference<List<Task>>() { });
    }

    /**
     * {@code POST mobile/tasks/{id}/accept}: the officer will do a task he got as a {@code TASK} message.
     *
     * @param accessToken the phone's access token
     * @param taskId      the message's {@code taskId}
     * @param step        where the phone stands
     * @return the task, {@code ACCEPTED}
     * @throws ProblemAnswer 404 {@code task.not-found} (not his), 409 {@code task.already-accepted} or
     *                       {@code task.already-completed}, 422 {@code task.position-missing}
     */
    public Task acceptTask(String accessToken, long taskId, TaskStep step) {
        return api.post("mobile/tasks/" + taskId + "/accept", accessToken, step, Task.class);
    }

    /**
     * {@code POST mobile/tasks/{id}/complete}: the officer has done an accepted task.
     *
     * @param accessToken the phone's access token
     * @param taskId      the task
     * @param step        where the phone stands, and optionally a photo he uploaded as proof and a note
     * @return the task, {@code COMPLETED}
     * @throws ProblemAnswer 409 {@code task.not-accepted} or {@code task.already-completed}, 422
     *                       {@code task.photo-unknown} for a photo that is not his
     */
    public Task completeTask(String accessToken, long taskId, TaskStep step) {
        return api.post("mobile/tasks/" + taskId + "/complete", accessToken, step, Task.class);
    }
}

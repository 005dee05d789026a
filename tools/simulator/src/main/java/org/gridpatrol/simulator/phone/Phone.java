package org.gridpatrol.simulator.phone;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.gridpatrol.client.GridPatrolClient;
import org.gridpatrol.client.ProblemAnswer;
import org.gridpatrol.client.ServerUnreachable;
import org.gridpatrol.model.mobile.ClockEvent;
import org.gridpatrol.model.mobile.ClockReceipt;
import org.gridpatrol.model.mobile.FixIn;
import org.gridpatrol.model.mobile.FixReceipt;
import org.gridpatrol.model.mobile.PhonePasswordChange;
import org.gridpatrol.model.mobile.Session;
import org.gridpatrol.simulator.patrol.Sample;

/**
 * One officer's phone app: numbers its fixes (seq from 1), buffers them, uploads the oldest
 * (at most 1,000 a request) and drops them only up to the seq the server acknowledges. When the
 * server is away (no answer, or 503) it backs off — the Retry-After when there is one, otherwise
 * 1, 2, 4 … 60 s with jitter — and keeps buffering; a 401 makes it sign in again.
 *
 * <p>The server's idempotency is by device and seq, and this device may have uploaded in an earlier
 * run: when the server answers that it holds other fixes under the seqs sent
 * ({@code fix.seq-conflict}) and acknowledges past them, the phone renumbers what it still holds
 * from there on (a phone reinstalled with its numbering reset would have to do the same).
 *
 * <p>When sign-in answers 403 {@code password.change-required} (a password set by an administrator,
 * or expired) the phone sets the new password through {@code POST /mobile/password}, as its user
 * would, says so, and signs in with it.
 *
 * <p>The run's generator calls {@link #record} and {@link #claimUpload}; an upload thread calls
 * {@link #upload}; the two meet under this object's lock.
 */
public final class Phone {

    static final int MAX_BUFFER = 200_000;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    private static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);

    private final String badge;
    private final String deviceId;
    private String password;
    private final String newPassword;
    private final Consumer<String> notes;
    private final MobileApi api;
    private final Traffic traffic;
    private final LongSupplier wallMillis;
    private final Random random;

    private final Deque<FixIn> buffer = new ArrayDeque<>();
    private long nextSeq = 1;
    private Session session;
    private boolean inFlight;
    private long notBeforeWall;
    private int failures;
    private Instant nextUploadAt = Instant.MIN;
    private String lastError;

    public Phone(String badge, String deviceId, String password, MobileApi api, Traffic traffic, LongSupplier wallMillis,
                 Random random) {
        this(badge, deviceId, password, password + "-new", line -> { }, api, traffic, wallMillis, random);
    }

    /**
     * @param newPassword what to set when the server says the password must change
     * @param notes       where the phone says what its user would have seen (a password change)
     */
    public Phone(String badge, String deviceId, String password, String newPassword, Consumer<String> notes,
                 MobileApi api, Traffic traffic, LongSupplier wallMillis, Random random) {
        this.badge = badge;
        this.deviceId = deviceId;
        this.password = password;
        this.newPassword = newPassword;
        this.notes = notes;
        this.api = api;
        this.traffic = traffic;
        this.wallMillis = wallMillis;
        this.random = random;
    }

    public String badge() {
        return badge;
    }

    /** Signs in (again), setting a new password first when the server asks for one; throws what the server answers. */
    public synchronized Session signIn() {
        try {
            session = api.signIn(badge, password, deviceId);
        } catch (ProblemAnswer e) {
            if (e.status() != 403 || !"password.change-required".equals(e.code())) {
                throw e;
            }
            api.changePassword(new PhonePasswordChange(badge, deviceId, password, newPassword));
            password = newPassword;
            Object reason = e.problem().extensions() == null ? null : e.problem().extensions().get("reason");
            notes.accept(badge + ": sign-in answered 403 password.change-required"
                    + (reason != null ? " (" + reason + ")" : "") + "; the phone set the --new-password value and signs in with it");
            session = api.signIn(badge, password, deviceId);
        }
        traffic.signIns.incrementAndGet();
        return session;
    }

    /** @return the password the phone signs in with now */
    synchronized String password() {
        return password;
    }

    public synchronized Session session() {
        return session;
    }

    /**
     * Clocks the officer in where he stands, at {@code at} by the phone's clock (a phone that started
     * its shift before the run clocked in then).
     *
     * @return what the server flagged
     */
    public ClockReceipt clockIn(Instant at, double lon, double lat, double accuracy) {
        return api.clock(token(), new ClockEvent("IN", at, lon, lat, accuracy, "WGS84", null, null, null));
    }

    /** Clocks the officer out where he stands, at {@code at} by the phone's clock (his shift has ended). */
    public ClockReceipt clockOut(Instant at, double lon, double lat, double accuracy) {
        return api.clock(token(), new ClockEvent("OUT", at, lon, lat, accuracy, "WGS84", null, null, null));
    }

    /** Takes a fix: numbers it and buffers it. */
    public synchronized void record(Sample s) {
        buffer.addLast(new FixIn(nextSeq++, s.time(), s.lon(), s.lat(), s.accuracy(), s.speed(), s.bearing(),
                s.altitude(), s.provider(), s.mock(), "WGS84"));
        traffic.made.incrementAndGet();
        if (buffer.size() > MAX_BUFFER) {
            buffer.removeFirst();
            traffic.lost.incrementAndGet();
        }
    }

    /** @return the fixes held, not yet acknowledged */
    public synchronized int buffered() {
        return buffer.size();
    }

    /** @return the last failure, for the log */
    public synchronized String lastError() {
        return lastError;
    }

    /**
     * Whether to upload now, and if so marks the upload under way: nothing in flight, not backing
     * off, not held (offline), and either the interval has passed or a batch's worth is waiting.
     *
     * @param simNow      the phone's clock
     * @param heldUntil   no upload before this (simulated time)
     * @param interval    time between uploads (simulated)
     * @param batchEnough upload at once when this many are waiting
     */
    public synchronized boolean claimUpload(Instant simNow, Instant heldUntil, Duration interval, int batchEnough) {
        if (inFlight || buffer.isEmpty() || simNow.isBefore(heldUntil) || wallMillis.getAsLong() < notBeforeWall) {
            return false;
        }
        if (buffer.size() < batchEnough && simNow.isBefore(nextUploadAt)) {
            return false;
        }
        inFlight = true;
        nextUploadAt = simNow.plus(interval);
        return true;
    }

    /** Spreads the phones' first uploads over the interval, as phones started at different times would. */
    public synchronized void firstUploadAt(Instant at) {
        nextUploadAt = at;
    }

    /** One upload of the oldest buffered fixes; call after {@link #claimUpload} said yes. */
    public void upload() {
        List<FixIn> batch;
        synchronized (this) {
            batch = new ArrayList<>(buffer).subList(0, Math.min(buffer.size(), GridPatrolClient.MAX_FIXES_PER_UPLOAD));
        }
        try {
            if (batch.isEmpty()) {
                return;
            }
            String token = token();
            FixReceipt receipt = api.upload(token, batch);
            traffic.uploads.incrementAndGet();
            traffic.sent.addAndGet(batch.size());
            traffic.stored.addAndGet(receipt.stored());
            traffic.duplicates.addAndGet(receipt.duplicates());
            traffic.rejected.addAndGet(receipt.rejected().size());
            synchronized (this) {
                accept(batch, receipt);
                failures = 0;
                if (batch.size() == GridPatrolClient.MAX_FIXES_PER_UPLOAD && !buffer.isEmpty()) {
                    nextUploadAt = Instant.MIN; // a backlog: go on at once
                }
            }
        } catch (ProblemAnswer e) {
            if (e.status() == 401) {
                synchronized (this) {
                    session = null;
                }
                traffic.refused.incrementAndGet();
                backOff(Duration.ofSeconds(1), e.getMessage());
            } else if (e.status() == 503) {
                traffic.unavailable.incrementAndGet();
                backOff(e.retryAfter().orElse(null), e.getMessage());
            } else {
                traffic.refused.incrementAndGet();
                backOff(null, e.getMessage());
            }
        } catch (ServerUnreachable e) {
            traffic.unreachable.incrementAndGet();
            backOff(null, e.getMessage());
        } finally {
            synchronized (this) {
                inFlight = false;
            }
        }
    }

    /** A valid access token: signs in when there is none, refreshes one about to expire. */
    private String token() {
        Session s;
        synchronized (this) {
            s = session;
        }
        if (s == null) {
            return signIn().accessToken();
        }
        if (s.accessExpiresAt() != null
                && s.accessExpiresAt().minus(REFRESH_BEFORE).toEpochMilli() < wallMillis.getAsLong()) {
            try {
                Session fresh = api.refresh(s.refreshToken());
                traffic.signIns.incrementAndGet();
                synchronized (this) {
                    session = fresh;
                }
                return fresh.accessToken();
            } catch (ProblemAnswer e) {
                return signIn().accessToken();
            }
        }
        return s.accessToken();
    }

    /**
     * Applies a receipt: drops what is acknowledged; renumbers after seq conflicts; lets go of a
     * batch the server holds but whose watermark is stuck below it (a hole left by an earlier run),
     * or the same batch would be sent for ever.
     */
    void accept(List<FixIn> batch, FixReceipt receipt) {
        long acked = receipt.ackedSeq();
        Set<Long> conflicts = receipt.rejected().stream().filter(r -> "fix.seq-conflict".equals(r.code()))
                .map(FixReceipt.Rejection::seq).collect(Collectors.toSet());
        long firstSent = batch.get(0).seq();
        long maxSent = batch.get(batch.size() - 1).seq();
        List<FixIn> pending = new ArrayList<>();
        while (!buffer.isEmpty() && buffer.peekFirst().seq() <= acked) {
            FixIn f = buffer.removeFirst();
            if (f.seq() <= maxSent && !conflicts.contains(f.seq())) {
                traffic.acked.incrementAndGet();
            } else {
                pending.add(f); // refused for its seq, or not sent yet but under the server's watermark
            }
        }
        if (!pending.isEmpty()) {
            if (acked >= maxSent) {
                // the server's numbering of this device is ahead of ours: go on after it, in time order
                List<FixIn> rest = new ArrayList<>(pending);
                rest.addAll(buffer);
                buffer.clear();
                long seq = acked + 1;
                for (FixIn f : rest) {
                    buffer.addLast(renumbered(f, seq++));
                }
                nextSeq = seq;
            } else {
                // part of the batch landed after the old fixes: renumbering these would put them out of time order
                traffic.lost.addAndGet(pending.size());
            }
        } else if (acked < firstSent - 1 && conflicts.isEmpty()
                && receipt.stored() + receipt.duplicates() + receipt.rejected().size() >= batch.size()) {
            for (int i = 0; i < batch.size() && !buffer.isEmpty() && buffer.peekFirst().seq() <= maxSent; i++) {
                buffer.removeFirst();
                traffic.acked.incrementAndGet();
            }
        }
    }

    private static FixIn renumbered(FixIn f, long seq) {
        return new FixIn(seq, f.time(), f.lon(), f.lat(), f.accuracy(), f.speed(), f.bearing(), f.altitude(),
                f.provider(), f.mock(), f.crs());
    }

    private void backOff(Duration asked, String why) {
        synchronized (this) {
            failures++;
            Duration wait = asked != null ? asked
                    : Duration.ofMillis(Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(failures - 1, 6)));
            long jitter = (long) (wait.toMillis() * 0.2 * random.nextDouble());
            notBeforeWall = wallMillis.getAsLong() + wait.toMillis() + jitter;
            lastError = why;
        }
    }

    /** For tests: the seqs held. */
    synchronized List<Long> heldSeqs() {
        return buffer.stream().map(FixIn::seq).toList();
    }
}

package org.gridpatrol.simulator.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.gridpatrol.client.ProblemAnswer;
import org.gridpatrol.client.ServerUnreachable;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.mobile.ClockEvent;
import org.gridpatrol.model.mobile.ClockReceipt;
import org.gridpatrol.model.mobile.FixIn;
import org.gridpatrol.model.mobile.FixReceipt;
import org.gridpatrol.model.mobile.PhonePasswordChange;
import org.gridpatrol.model.mobile.Session;
import org.gridpatrol.simulator.patrol.Sample;
import org.junit.jupiter.api.Test;

class PhoneTest {

    private static final Instant T0 = Instant.parse("2026-11-27T00:30:00Z");
    private final Traffic traffic = new Traffic();
    private final long[] wall = {1_000_000};
    private final List<List<FixIn>> sent = new ArrayList<>();
    private int signIns;
    private final List<ClockEvent> clocked = new ArrayList<>();
    private Function<List<FixIn>, FixReceipt> server = batch -> receipt(batch.get(batch.size() - 1).seq(), batch.size());

    /** The account as the server holds it. */
    private String accountPassword = "pw";
    private String mustChangeBecause;
    private final List<PhonePasswordChange> changes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private final MobileApi api = new MobileApi() {
        @Override
        public Session signIn(String badgeNo, String password, String deviceId) {
            if (!password.equals(accountPassword)) {
                throw new ProblemAnswer(Problem.of(401, "auth.failed", "Sign-in failed", "wrong badge or password"), null);
            }
            if (mustChangeBecause != null) {
                throw new ProblemAnswer(Problem.of(403, "password.change-required", "Password change required",
                        "set your own").with("reason", mustChangeBecause), null);
            }
            signIns++;
            return new Session("acc" + signIns, T0.plus(Duration.ofDays(1)), "ref", T0.plus(Duration.ofDays(30)),
                    100001, "n", deviceId);
        }

        @Override
        public Session refresh(String refreshToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FixReceipt upload(String accessToken, List<FixIn> fixes) {
            sent.add(List.copyOf(fixes));
            return server.apply(fixes);
        }

        @Override
        public ClockReceipt clock(String accessToken, ClockEvent event) {
            clocked.add(event);
            return new ClockReceipt(event.kind(), event.at(), true, List.of());
        }

        @Override
        public void changePassword(PhonePasswordChange change) {
            assertEquals(accountPassword, change.oldPassword());
            changes.add(change);
            accountPassword = change.newPassword();
            mustChangeBecause = null;
        }
    };

    private final Phone phone = new Phone("BS0001", "dev-BS0001", "pw", api, traffic, () -> wall[0], new Random(1));

    private static FixReceipt receipt(long acked, int stored) {
        return new FixReceipt(acked, stored, 0, List.of());
    }

    private void take(int n) {
        for (int i = 0; i < n; i++) {
            phone.record(new Sample(T0.plusSeconds(5L * traffic.made.get()), 117.36, 32.93, 8, 1.2, 90.0, 21, "fused", false));
        }
    }

    private boolean claim(Instant simNow) {
        return phone.claimUpload(simNow, Instant.MIN, Duration.ofSeconds(30), Integer.MAX_VALUE);
    }

    @Test
    void uploadsEveryThirtySecondsAndDropsOnlyWhatIsAcknowledged() {
        phone.signIn();
        take(6);
        assertTrue(claim(T0));
        server = batch -> receipt(4, batch.size()); // stored all, watermark at 4
        phone.upload();
        assertEquals(List.of(5L, 6L), phone.heldSeqs());
        assertEquals(4, traffic.acked.get());
        assertFalse(claim(T0.plusSeconds(29)), "not before the interval");
        assertTrue(claim(T0.plusSeconds(30)));
        server = batch -> receipt(6, 0);
        phone.upload();
        assertEquals(List.of(), phone.heldSeqs());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), sent.get(0).stream().map(FixIn::seq).toList());
        assertEquals(List.of(5L, 6L), sent.get(1).stream().map(FixIn::seq).toList());
    }

    @Test
    void aPasswordTheServerWantsChangedIsChangedOnThePhoneAndSignInGoesOn() {
        mustChangeBecause = "SET_FOR_YOU";
        Phone p = new Phone("BS0001", "dev-BS0001", "pw", "pw-2", notes::add, api, traffic, () -> wall[0],
                new Random(1));

        Session s = p.signIn();

        assertEquals("acc1", s.accessToken());
        assertEquals(1, changes.size());
        assertEquals("BS0001", changes.get(0).badgeNo());
        assertEquals("dev-BS0001", changes.get(0).deviceId());
        assertEquals("pw-2", changes.get(0).newPassword());
        assertEquals("pw-2", p.password(), "later sign-ins (after a 401) use the new password");
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("password.change-required") && notes.get(0).contains("SET_FOR_YOU"), notes.get(0));
        assertFalse(notes.get(0).contains("pw-2"), "a password is never printed");
        p.signIn();
        assertEquals(1, changes.size(), "once changed, sign-in goes straight through");
    }

    @Test
    void anExpiredPasswordIsChangedToTheDefaultNewOne() {
        mustChangeBecause = "EXPIRED";
        phone.signIn();
        assertEquals("pw-new", changes.get(0).newPassword());
    }

    @Test
    void aWrongPasswordIsNotChangedButRefused() {
        accountPassword = "other";
        ProblemAnswer refused = org.junit.jupiter.api.Assertions.assertThrows(ProblemAnswer.class, phone::signIn);
        assertEquals(401, refused.status());
        assertTrue(changes.isEmpty());
    }

    @Test
    void clockingOutSendsOutWithTheTimeGiven() {
        Instant shiftEnd = T0.plus(Duration.ofHours(5));
        phone.clockOut(shiftEnd, 117.36, 32.93, 10);
        assertEquals("OUT", clocked.get(0).kind());
        assertEquals(shiftEnd, clocked.get(0).at());
    }

    @Test
    void clockingInSignsInFirstAndSendsTheTimeAndPlaceGiven() {
        Instant shiftStart = T0.minus(Duration.ofHours(2));
        phone.clockIn(shiftStart, 117.36, 32.93, 12);
        assertEquals(1, signIns, "a phone without a session signs in before it clocks in");
        ClockEvent sentEvent = clocked.get(0);
        assertEquals("IN", sentEvent.kind());
        assertEquals(shiftStart, sentEvent.at());
        assertEquals(117.36, sentEvent.lon());
        assertEquals(12.0, sentEvent.accuracy());
    }

    @Test
    void noAnswerBacksOffAndKeepsEverything() {
        phone.signIn();
        take(3);
        server = batch -> {
            throw new ServerUnreachable("refused", new java.io.IOException("connection refused"));
        };
        assertTrue(claim(T0));
        phone.upload();
        assertEquals(3, phone.buffered());
        assertEquals(1, traffic.unreachable.get());
        assertFalse(claim(T0.plusSeconds(60)), "backing off (1 s and jitter, real time)");
        wall[0] += 1300;
        assertTrue(claim(T0.plusSeconds(60)));
        phone.upload();
        assertFalse(claim(T0.plusSeconds(120)));
        wall[0] += 1900;
        assertFalse(claim(T0.plusSeconds(120)), "second failure: 2 s");
        wall[0] += 600;
        assertTrue(claim(T0.plusSeconds(120)));
    }

    @Test
    void unavailableWaitsForItsRetryAfter() {
        phone.signIn();
        take(1);
        server = batch -> {
            throw new ProblemAnswer(Problem.of(503, "database.unavailable", "Service Unavailable", "away"),
                    Duration.ofSeconds(20));
        };
        assertTrue(claim(T0));
        phone.upload();
        wall[0] += 19_000;
        assertFalse(claim(T0.plusSeconds(60)));
        wall[0] += 5_000;
        assertTrue(claim(T0.plusSeconds(60)));
        assertEquals(1, traffic.unavailable.get());
    }

    @Test
    void aRefusedTokenMeansSigningInAgain() {
        phone.signIn();
        take(1);
        server = batch -> {
            throw new ProblemAnswer(new Problem(null, null, 401, "gone", "token.invalid", null, null, Map.of()), null);
        };
        claim(T0);
        phone.upload();
        server = batch -> receipt(1, 1);
        wall[0] += 2000;
        assertTrue(claim(T0.plusSeconds(60)));
        phone.upload();
        assertEquals(2, signIns);
        assertEquals(0, phone.buffered());
    }

    @Test
    void anEarlierRunsNumbersMakeThePhoneGoOnAfterThem() {
        phone.signIn();
        take(3);
        // the server holds seqs 1..5000 from an earlier run: ours conflict, its watermark is 5000
        server = batch -> new FixReceipt(5000, 0, 0, batch.stream()
                .map(f -> new FixReceipt.Rejection(0, f.seq(), "fix.seq-conflict", "other content")).toList());
        claim(T0);
        phone.upload();
        assertEquals(List.of(5001L, 5002L, 5003L), phone.heldSeqs());
        take(1);
        assertEquals(List.of(5001L, 5002L, 5003L, 5004L), phone.heldSeqs(), "new fixes follow on");
        server = batch -> receipt(5004, batch.size());
        wall[0] += 1;
        assertTrue(claim(T0.plusSeconds(30)));
        phone.upload();
        assertEquals(0, phone.buffered());
        assertEquals(4, traffic.acked.get());
        List<FixIn> resent = sent.get(1);
        for (int i = 1; i < resent.size(); i++) {
            assertTrue(resent.get(i).time().isAfter(resent.get(i - 1).time()), "time order kept");
        }
    }

    @Test
    void aBatchTheServerHoldsBehindAStuckWatermarkIsLetGo() {
        phone.signIn();
        take(2);
        server = batch -> new FixReceipt(-1, batch.size(), 0, List.of()); // stored, but the watermark has a hole below
        claim(T0);
        phone.upload();
        assertEquals(0, phone.buffered());
    }

    @Test
    void aBacklogIsSentAtOnceInBatchesOfAThousand() {
        phone.signIn();
        take(2500);
        assertTrue(claim(T0));
        phone.upload();
        assertEquals(1000, sent.get(0).size());
        assertTrue(claim(T0.plusSeconds(1)), "more than a batch left: no waiting for the interval");
        phone.upload();
        assertTrue(claim(T0.plusSeconds(2)));
        phone.upload();
        assertEquals(500, sent.get(2).size());
        assertEquals(0, phone.buffered());
    }
}

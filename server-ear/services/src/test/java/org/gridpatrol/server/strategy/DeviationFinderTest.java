package org.gridpatrol.server.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.model.strategy.LocationStrategy;
import org.gridpatrol.model.strategy.StrategyCompliance.Deviation;
import org.junit.jupiter.api.Test;

class DeviationFinderTest {
    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");
    private static final LocationStrategy PRECISE = StrategyRules.PRECISE; // 5 s, 10 m, 30 s

    /** Fixes every {@code fixEvery} s with that accuracy, uploaded in batches every {@code uploadEvery} s. */
    private static List<DeviationFinder.Sample> track(int fixes, int fixEvery, int uploadEvery, double accuracy) {
        List<DeviationFinder.Sample> samples = new ArrayList<>();
        for (int i = 0; i < fixes; i++) {
            long t = (long) i * fixEvery;
            long uploaded = (t / uploadEvery + 1) * uploadEvery;
            samples.add(new DeviationFinder.Sample(T0.plusSeconds(t), T0.plusSeconds(uploaded).plusMillis(300), accuracy));
        }
        return samples;
    }

    private static List<String> rules(List<Deviation> deviations) {
        return deviations.stream().map(Deviation::rule).toList();
    }

    @Test
    void aPhoneKeepingItsStrategyHasNoDeviation() {
        assertEquals(List.of(), DeviationFinder.find(track(30, 5, 30, 8), PRECISE));
    }

    @Test
    void fixesFourTimesRarerThanWantedBreakTheFixInterval() {
        List<Deviation> found = DeviationFinder.find(track(30, 20, 30, 8), PRECISE);
        assertEquals(List.of("FIX_INTERVAL"), rules(found));
        assertEquals(5, found.get(0).wanted());
        assertEquals(20, found.get(0).measured());
    }

    @Test
    void batchesHeldTenMinutesBreakTheUploadInterval() {
        List<Deviation> found = DeviationFinder.find(track(30, 5, 600, 8), PRECISE);
        assertEquals(List.of("UPLOAD_INTERVAL"), rules(found));
        assertTrue(found.get(0).measured() > 500, found.toString());
    }

    @Test
    void coarseFixesBreakTheAccuracy() {
        assertEquals(List.of("ACCURACY"), rules(DeviationFinder.find(track(30, 5, 30, 45), PRECISE)));
    }

    @Test
    void justUnderTwiceTheWantedIntervalIsTolerated() {
        assertEquals(List.of(), DeviationFinder.find(track(30, 9, 30, 8), PRECISE));
    }

    @Test
    void oneLongPauseAmongRegularFixesDoesNotDecide() {
        List<DeviationFinder.Sample> samples = new ArrayList<>(track(10, 5, 30, 8));
        samples.addAll(track(10, 5, 30, 8).stream()
                .map(s -> new DeviationFinder.Sample(s.time().plusSeconds(7200), s.receivedAt().plusSeconds(7200), s.accuracy()))
                .toList());
        assertEquals(List.of(), DeviationFinder.find(samples, PRECISE));
    }

    @Test
    void aPowerSavingStrategyAcceptsWhatPreciseRefuses() {
        assertEquals(List.of(), DeviationFinder.find(track(30, 30, 300, 45), StrategyRules.POWER_SAVING));
        assertEquals(List.of("FIX_INTERVAL", "UPLOAD_INTERVAL", "ACCURACY"),
                rules(DeviationFinder.find(track(30, 30, 300, 45), PRECISE)));
    }

    @Test
    void tooFewFixesGiveNoVerdict() {
        assertNull(DeviationFinder.find(track(DeviationFinder.MIN_FIXES - 1, 60, 600, 90), PRECISE));
    }

    /** The same track, its fixes from {@code from} on (by index) taken off duty. */
    private static List<DeviationFinder.Sample> offDutyFrom(List<DeviationFinder.Sample> track, int from) {
        List<DeviationFinder.Sample> samples = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            DeviationFinder.Sample s = track.get(i);
            samples.add(new DeviationFinder.Sample(s.time(), s.receivedAt(), s.accuracy(), i < from));
        }
        return samples;
    }

    private static final LocationStrategy ALWAYS_PRECISE = new LocationStrategy("PRECISE", 5, 10, 30, false);

    @Test
    void fixesRecordedOffDutyBreakAStrategyThatRecordsOnlyOnDuty() {
        List<Deviation> found = DeviationFinder.find(offDutyFrom(track(30, 5, 30, 8), 20), PRECISE);
        assertEquals(List.of("OFF_DUTY_FIXES"), rules(found));
        assertEquals(0, found.get(0).wanted());
        assertEquals(10, found.get(0).measured());
    }

    @Test
    void theSameFixesOffDutyAreFineWhenTheStrategyRecordsAlways() {
        assertEquals(List.of(), DeviationFinder.find(offDutyFrom(track(30, 5, 30, 8), 20), ALWAYS_PRECISE));
    }

    @Test
    void aPhoneStoppingAFewSecondsAfterClockOutIsTolerated() {
        assertEquals(List.of(), DeviationFinder.find(offDutyFrom(track(30, 5, 30, 8), 30 - DeviationFinder.OFF_DUTY_TOLERANCE),
                PRECISE));
    }

    @Test
    void offDutyOnlyTheOffDutyRuleIsJudgedNotTheMissingIntervals() {
        // all fixes off duty, sparse and coarse: the only deviation is that there are any
        assertEquals(List.of("OFF_DUTY_FIXES"), rules(DeviationFinder.find(offDutyFrom(track(10, 60, 600, 90), 0), PRECISE)));
        // off-duty fixes within the tolerance and too few on-duty ones: no verdict
        assertNull(DeviationFinder.find(offDutyFrom(track(5, 5, 30, 8), 3), PRECISE));
    }
}

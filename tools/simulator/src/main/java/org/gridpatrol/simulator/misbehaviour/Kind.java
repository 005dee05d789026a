package org.gridpatrol.simulator.misbehaviour;

import java.time.Duration;

/**
 * The misbehaviour the simulator can script, the alarm type the server should answer each with,
 * and how long an officer patrols normally after one before the next may start: the alarm's
 * clearing dwell and a margin, so one episode's alarm has closed before another begins.
 */
public enum Kind {
    /** Walk into a neighbour grid, 100 m deep, for 3–5 min. */
    CROSS_ZONE("CROSS_ZONE", Duration.ofMinutes(10), Duration.ofMinutes(2)),
    /** Stay more than 100 m from all own grids for 12–15 min. */
    OFF_POST("OFF_POST", Duration.ofMinutes(15), Duration.ofMinutes(10)),
    /** Stand still for 35 min. */
    STILL("STILL", Duration.ofMinutes(35), Duration.ofMinutes(30)),
    /** Send nothing for 15 min, then the backlog. */
    OFFLINE("LOST_CONTACT", Duration.ofMinutes(10), Duration.ofMinutes(11)),
    /** Fixes flagged as coming from a mock-location app for 2 min. */
    MOCK("FAKE_LOCATION", Duration.ofMinutes(10), Duration.ZERO),
    /** One jump of 5 km for 30 s, then back. */
    TELEPORT("FAKE_LOCATION", Duration.ofMinutes(10), Duration.ofSeconds(10));

    private final String alarmType;
    private final Duration cooldown;
    private final Duration needs;

    Kind(String alarmType, Duration cooldown, Duration needs) {
        this.alarmType = alarmType;
        this.cooldown = cooldown;
        this.needs = needs;
    }

    /**
     * @return how long the condition must last before the server's default thresholds raise the
     *         alarm (lost contact: 10 min of silence and the server's once-a-minute check)
     */
    public Duration needs() {
        return needs;
    }

    /** @return the type of alarm that should follow */
    public String alarmType() {
        return alarmType;
    }

    /** @return normal patrol after the episode before another may start */
    public Duration cooldown() {
        return cooldown;
    }
}

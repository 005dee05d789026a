package org.gridpatrol.engine.alarm;

/** The evidence that makes positions untrustworthy; the cause of a FAKE_LOCATION alarm. */
public enum FakeSign {
    /** The device says the position came from a mock-location provider. */
    MOCK_PROVIDER,
    /** Consecutive positions imply a speed no officer reaches. */
    IMPOSSIBLE_SPEED,
    /** A jump of at least the teleport distance at an impossible speed, and the track stays there. */
    TELEPORT,
    /** Many fixes in a row with exactly the same coordinates: real receivers always wobble. */
    NO_NOISE,
    /** The device's time runs against its own sequence numbers: the clock was set back. */
    TIME_BACKWARDS,
    /** The device's time is ahead of the server's receive time by more than the allowed skew. */
    CLOCK_SKEW
}

package org.gridpatrol.simulator.run;

/** How the simulated clock relates to the real one. */
public enum Mode {
    /** Phones' clocks are the real clock: the demo. */
    REALTIME,
    /** Phones' clocks run {@code --speed} times fast, starting in the past so no fix is ever dated in the future. */
    ACCELERATED,
    /** As many fixes per second as asked ({@code --rate}), clocks running as fast as that takes. */
    LOAD
}

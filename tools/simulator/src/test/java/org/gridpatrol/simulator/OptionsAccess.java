package org.gridpatrol.simulator;

/** Lets tests in other packages parse a command line. */
public final class OptionsAccess {

    private OptionsAccess() {
    }

    public static Options parse(String... args) {
        return Options.parse(args);
    }
}

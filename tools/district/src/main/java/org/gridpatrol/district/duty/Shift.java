package org.gridpatrol.district.duty;

import java.time.LocalTime;
import java.util.List;

/** A shift (班次) with its weekly windows, as stored in {@code shift} and {@code shift_window}. */
public record Shift(long id, String name, long orgUnitId, List<Window> windows) {

    /** ISO weekday (1 = Monday); end at or before start crosses midnight. */
    public record Window(long id, int weekday, LocalTime start, LocalTime end) {
    }
}

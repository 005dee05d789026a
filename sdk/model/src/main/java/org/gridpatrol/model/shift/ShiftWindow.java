package org.gridpatrol.model.shift;

import java.time.LocalTime;

/**
 * One working window of a shift, in the bureau's local time. A window whose end is not after its
 * start crosses midnight and ends on the next day (equal: 24 hours); it belongs to the weekday it starts on.
 *
 * @param weekday ISO weekday the window starts on, 1 = Monday ... 7 = Sunday
 * @param start   local start time, inclusive
 * @param end     local end time, exclusive
 */
public record ShiftWindow(Integer weekday, LocalTime start, LocalTime end) {
}

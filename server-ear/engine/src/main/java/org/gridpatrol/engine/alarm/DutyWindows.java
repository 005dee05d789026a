package org.gridpatrol.engine.alarm;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A duty calendar made of explicit half-open windows [from, to), e.g. a day's shifts. */
public final class DutyWindows implements DutyCalendar {

    /** One duty window, from inclusive, to exclusive. */
    public record Window(Instant from, Instant to) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("empty duty window " + from + " .. " + to);
            }
        }

        boolean holds(Instant t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    private final List<Window> windows;

    public DutyWindows(List<Window> windows) {
        this.windows = windows.stream().sorted(Comparator.comparing(Window::from)).toList();
    }

    public static DutyWindows of(Instant from, Instant to) {
        return new DutyWindows(List.of(new Window(from, to)));
    }

    public List<Window> windows() {
        return windows;
    }

    @Override
    public boolean onDuty(Instant time) {
        for (Window w : windows) {
            if (w.holds(time)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Instant dutyEndBetween(Instant onDutyAt, Instant offDutyAt) {
        for (Window w : windows) {
            if (w.holds(onDutyAt) && !w.to().isAfter(offDutyAt)) {
                return w.to();
            }
        }
        return DutyCalendar.super.dutyEndBetween(onDutyAt, offDutyAt);
    }
}

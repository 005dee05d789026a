package org.gridpatrol.server.shift;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The holiday calendar as one org unit sees it: for each day, the rule of the most specific
 * calendar entry that applies to the unit (its own, then its parent's, ... then the global one).
 */
@FunctionalInterface
public interface HolidayCalendar {

    /** A calendar without holidays: every day follows its own weekday. */
    HolidayCalendar NONE = day -> Optional.empty();

    /**
     * @param day a local calendar day
     * @return the rule for that day, or empty when it is an ordinary day
     */
    Optional<DayRule> ruleFor(LocalDate day);

    /**
     * One row of the holiday table.
     *
     * @param day         the day
     * @param orgUnitPath path of the org unit it belongs to ({@code /1/4/}), or null for a global entry
     * @param rule        what it says
     */
    record Entry(LocalDate day, String orgUnitPath, DayRule rule) {
    }

    /**
     * @param unitPath the path of the unit whose calendar this is
     * @param entries  rows of the holiday table; those of other branches of the tree are ignored
     * @return the unit's calendar: per day, the entry of the deepest unit on the way from the root to it
     */
    static HolidayCalendar forUnit(String unitPath, Collection<Entry> entries) {
        Map<LocalDate, Entry> chosen = new HashMap<>();
        for (Entry entry : entries) {
            String path = entry.orgUnitPath();
            if (path != null && !unitPath.startsWith(path)) {
                continue;
            }
            chosen.merge(entry.day(), entry, (a, b) -> depth(b) > depth(a) ? b : a);
        }
        return day -> Optional.ofNullable(chosen.get(day)).map(Entry::rule);
    }

    private static int depth(Entry entry) {
        return entry.orgUnitPath() == null ? 0 : entry.orgUnitPath().length();
    }
}

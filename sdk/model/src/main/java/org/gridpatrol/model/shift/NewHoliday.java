package org.gridpatrol.model.shift;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/v1/holidays}.
 *
 * @param orgUnitId the org unit whose subtree it applies to; null: every unit
 * @param day       the calendar day
 * @param name      e.g. 国庆节
 * @param kind      HOLIDAY (the default when null) or WORKDAY
 * @param asWeekday for a WORKDAY, the ISO weekday whose windows apply; must be null for a HOLIDAY
 */
public record NewHoliday(Long orgUnitId, LocalDate day, String name, HolidayKind kind, Integer asWeekday) {
}

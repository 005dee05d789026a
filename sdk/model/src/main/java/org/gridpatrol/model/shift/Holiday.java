package org.gridpatrol.model.shift;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A day of the holiday calendar.
 *
 * @param id        its id
 * @param orgUnitId the org unit whose subtree it applies to; null: every unit
 * @param day       the calendar day, in the bureau's local time
 * @param name      e.g. 国庆节
 * @param kind      HOLIDAY, or WORKDAY for a make-up working day
 * @param asWeekday for a WORKDAY, the ISO weekday whose windows apply (1 = Monday); null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Holiday(long id, Long orgUnitId, LocalDate day, String name, HolidayKind kind, Integer asWeekday) {
}

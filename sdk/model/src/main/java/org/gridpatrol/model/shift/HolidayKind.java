package org.gridpatrol.model.shift;

/** What a calendar day does to shift windows. */
public enum HolidayKind {
    /** No shift window applies that day. */
    HOLIDAY,
    /** A make-up working day (调休上班): the windows of another weekday apply. */
    WORKDAY
}

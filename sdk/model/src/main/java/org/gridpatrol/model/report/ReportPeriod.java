package org.gridpatrol.model.report;

/** The length of a report's period, in the bureau's calendar: a day, a week from Monday, a month from the 1st. */
public enum ReportPeriod {
    DAY, WEEK, MONTH
}

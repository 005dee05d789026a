package org.gridpatrol.model.report;

import java.util.List;

/**
 * One officer's line of a duty report.
 *
 * @param officerId    the officer
 * @param badgeNo      his badge number
 * @param name         his name
 * @param squadId      his squad
 * @param rank         1 = most time inside his own grids (then most mileage) among the report's officers
 * @param previousRank his rank in the previous period
 * @param current      figures of the period
 * @param previous     figures of the previous period of the same length (coverage not measured)
 * @param alarms       alarms of the period by type
 * @param grids        coverage of each of his grids in the period
 */
public record OfficerReport(long officerId, String badgeNo, String name, long squadId, int rank, int previousRank,
                            DutyFigures current, DutyFigures previous, List<AlarmTally> alarms, List<GridShare> grids) {
}

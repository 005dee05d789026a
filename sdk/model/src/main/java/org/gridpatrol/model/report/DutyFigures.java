package org.gridpatrol.model.report;

/**
 * An officer's duty figures over one period.
 *
 * @param onDutyS               seconds clocked in
 * @param insideS               seconds on duty inside his own grids (a fix stands for at most 5 minutes)
 * @param outsideS              seconds on duty outside them
 * @param mileageM              metres walked (cleaned track, stops counted at their centre)
 * @param checkpointsDone       checkpoint visits that counted
 * @param checkpointsMissed     checkpoints missed (alarms)
 * @param checkpointsOutOfOrder checkpoints visited out of a forced order (alarms)
 * @param alarms                alarms that started in the period
 * @param alarmS                their duration in seconds (open ones up to the period's end or now)
 * @param late                  late arrivals
 * @param earlyLeave            early leaves
 * @param absent                absences
 * @param coverage              mean covered share of his grids' area, 0..1; null without grids and in the
 *                              previous period's figures (not measured again)
 */
public record DutyFigures(long onDutyS, long insideS, long outsideS, double mileageM, int checkpointsDone,
                          int checkpointsMissed, int checkpointsOutOfOrder, int alarms, long alarmS, int late,
                          int earlyLeave, int absent, Double coverage) {
}

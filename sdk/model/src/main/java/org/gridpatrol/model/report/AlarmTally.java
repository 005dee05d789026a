package org.gridpatrol.model.report;

/**
 * An officer's alarms of one type in a period, with how they were disposed of.
 *
 * @param type       alarm type, e.g. OFF_POST
 * @param count      how many started in the period
 * @param durationS  their total duration in seconds (open ones up to the period's end or now)
 * @param confirmed  handled as confirmed
 * @param excused    handled as excused
 * @param falseAlarm handled as false alarms
 * @param unhandled  not handled yet
 */
public record AlarmTally(String type, int count, long durationS, int confirmed, int excused, int falseAlarm,
                         int unhandled) {
}

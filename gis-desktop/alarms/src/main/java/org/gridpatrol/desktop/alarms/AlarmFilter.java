package org.gridpatrol.desktop.alarms;

import org.gridpatrol.model.alarm.AlarmView;

/**
 * Which alarms the table shows.
 *
 * @param type  only this type (e.g. {@code OFF_POST}), or null for all
 * @param state only this state ({@code OPEN}, {@code ACKNOWLEDGED}, {@code HANDLED}), or null for all
 */
public record AlarmFilter(String type, String state) {
    /** Every alarm. */
    public static final AlarmFilter ALL = new AlarmFilter(null, null);

    /** @return true when the alarm passes */
    public boolean test(AlarmView alarm) {
        return (type == null || type.equals(alarm.type())) && (state == null || state.equals(alarm.state()));
    }
}

/**
 * The alarm rules as per-officer state machines. {@link org.gridpatrol.engine.alarm.AlarmEngine}
 * takes fixes (in uploads) and clock ticks and returns the alarms opened and closed; an
 * officer's state is a small record ({@link org.gridpatrol.engine.alarm.OfficerSnapshot}) the
 * services persist so that a restart neither repeats nor loses an alarm.
 *
 * <p>A fix goes: order check ▸ duty ▸ jump filter ▸ cross-zone, off-post and still rules ▸
 * fake-location evidence (see {@code OfficerWatch}). Times are always the fixes' own times.
 */
package org.gridpatrol.engine.alarm;

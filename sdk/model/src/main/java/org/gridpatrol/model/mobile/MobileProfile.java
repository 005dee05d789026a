package org.gridpatrol.model.mobile;

import java.util.List;
import org.gridpatrol.model.duty.DutyGrid;
import org.gridpatrol.model.shift.Shift;
import org.gridpatrol.model.strategy.StrategyInForce;

/**
 * Answer of {@code GET /api/v1/mobile/profile}: what the phone needs to know about its officer today.
 *
 * @param officerId         the officer
 * @param badgeNo           his badge number
 * @param name              his name
 * @param squadId           his squad
 * @param squadName         its name
 * @param gridsToday        the grids he is assigned to at some time today (bureau time)
 * @param shifts            the shifts of those assignments
 * @param faceCheckRequired whether a clock-in today needs a selfie with a face check
 * @param locationStrategy  the location strategy in force for him
 */
public record MobileProfile(long officerId, String badgeNo, String name, long squadId, String squadName,
                            List<DutyGrid> gridsToday, List<Shift> shifts, boolean faceCheckRequired,
                            StrategyInForce locationStrategy) {
}

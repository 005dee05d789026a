package org.gridpatrol.server.mobile;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.gridpatrol.model.duty.AssignedThrough;
import org.gridpatrol.model.duty.DutyGrid;
import org.gridpatrol.model.mobile.MobileProfile;
import org.gridpatrol.model.shift.Shift;
import org.gridpatrol.server.facecheck.FaceCheckRule;
import org.gridpatrol.server.scope.Caller;
import org.gridpatrol.server.shift.BureauZone;
import org.gridpatrol.server.shift.ShiftService;
import org.gridpatrol.server.strategy.LocationStrategies;

/**
 * The signed-in officer's own profile for his phone: who he is, the grids he is assigned to today
 * (bureau time), their shifts, whether clocking in needs a face check, and the location strategy
 * in force.
 */
@Stateless
public class MobileProfiles {
    private static final String TODAY = """
            SELECT a.id, a.grid_id, g.name, a.shift_id, a.officer_id IS NOT NULL
              FROM officer o
              JOIN assignment a ON (a.officer_id = o.id OR a.squad_id = o.squad_id)
              JOIN grid g ON g.id = a.grid_id
             WHERE o.id = ? AND a.valid_from < ? AND (a.valid_to IS NULL OR a.valid_to > ?)
               AND (g.retired_at IS NULL OR g.retired_at > ?)
             ORDER BY a.grid_id, a.id""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;
    @Inject
    private ShiftService shifts;
    @Inject
    private LocationStrategies strategies;

    /** @return the profile of the officer the phone signed in for */
    public MobileProfile of(DeviceIdentity who) {
        ZoneId zone = BureauZone.get();
        Instant now = Instant.now();
        LocalDate day = LocalDate.ofInstant(now, zone);
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        try (Connection db = dataSource.getConnection()) {
            List<DutyGrid> grids = new ArrayList<>();
            Set<Long> shiftIds = new LinkedHashSet<>();
            try (PreparedStatement query = db.prepareStatement(TODAY)) {
                query.setLong(1, who.officerId());
                query.setTimestamp(2, Timestamp.from(end));
                query.setTimestamp(3, Timestamp.from(start));
                query.setTimestamp(4, Timestamp.from(start));
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        Long shift = row.getObject(4, Long.class);
                        grids.add(new DutyGrid(row.getLong(2), row.getString(3), row.getLong(1),
                                row.getBoolean(5) ? AssignedThrough.OFFICER : AssignedThrough.SQUAD, shift));
                        if (shift != null) {
                            shiftIds.add(shift);
                        }
                    }
                }
            }
            List<Shift> shiftsToday = shiftIds.stream().map(id -> shifts.get(Caller.unrestricted(), id)).toList();
            try (PreparedStatement query = db.prepareStatement("""
                    SELECT o.badge_no, o.name, o.squad_id, u.name FROM officer o JOIN org_unit u ON u.id = o.squad_id
                     WHERE o.id = ?""")) {
                query.setLong(1, who.officerId());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    long squad = row.getLong(3);
                    return new MobileProfile(who.officerId(), row.getString(1), row.getString(2), squad, row.getString(4),
                            grids, shiftsToday, FaceCheckRule.required(db, who.officerId(), now),
                            strategies.inForce(db, who.officerId(), squad));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the officer's profile failed", e);
        }
    }
}

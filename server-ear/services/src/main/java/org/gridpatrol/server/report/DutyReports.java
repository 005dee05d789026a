package org.gridpatrol.server.report;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.gridpatrol.model.report.DutyFigures;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.OfficerReport;
import org.gridpatrol.model.report.ReportPeriod;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.gridpatrol.server.shift.BureauZone;

/**
 * Duty reports of an org unit's officers over a day, week or month: facts read set-wise for the
 * period and the one before, figures computed per officer on the other cores while the next
 * officers' fixes are read (pure computation), then ranked by time inside own grids, then mileage.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DutyReports {
    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * @param caller    who asks: the org unit must be in his scope (else 404)
     * @param orgUnitId the org unit whose subtree is reported
     * @param period    DAY, WEEK or MONTH
     * @param date      a day of the period, in the bureau's calendar
     * @param progress  told after each officer; a cancelled progress stops the report
     * @return the report, officers by rank
     */
    public DutyReport report(Caller caller, long orgUnitId, ReportPeriod period, LocalDate date, ReportProgress progress) {
        if (period == null || date == null) {
            throw ProblemException.badRequest("report.bad-period", "send period (DAY, WEEK or MONTH) and date (YYYY-MM-DD)");
        }
        PeriodWindow window = PeriodWindow.of(period, date, BureauZone.get());
        Instant now = Instant.now();
        try (Connection db = dataSource.getConnection()) {
            String[] unit = orgUnit(db, caller, orgUnitId);
            ReportOfficers officers = ReportOfficers.read(db, unit[0], window.previousFrom(), window.to());
            List<Long> ids = officers.ids();
            DutyFacts previous = DutyFacts.events(db, ids, window.previousFrom(), window.from(), now);
            DutyFacts current = DutyFacts.events(db, ids, window.from(), window.to(), now);
            Map<Long, OfficerFigures.Result[]> results = FiguresWhileReading.of(db, officers, current, previous, window, now, progress);
            Map<Long, Integer> previousRank = ranks(officers.officers, id -> results.get(id)[1].figures());
            Map<Long, Integer> rank = ranks(officers.officers, id -> results.get(id)[0].figures());
            List<OfficerReport> lines = new ArrayList<>();
            for (ReportOfficers.Officer o : officers.officers) {
                OfficerFigures.Result[] r = results.get(o.id());
                lines.add(new OfficerReport(o.id(), o.badgeNo(), o.name(), o.squadId(), rank.get(o.id()), previousRank.get(o.id()),
                        r[0].figures(), r[1].figures(), current.alarms.getOrDefault(o.id(), List.of()), r[0].grids()));
            }
            lines.sort(Comparator.comparingInt(OfficerReport::rank));
            return new DutyReport(orgUnitId, unit[1], period, window.first(), window.from(), window.to(), window.previousFrom(),
                    now, lines);
        } catch (SQLException e) {
            throw new IllegalStateException("could not make the duty report of org unit " + orgUnitId, e);
        }
    }

    private static Map<Long, Integer> ranks(List<ReportOfficers.Officer> officers,
                                            java.util.function.LongFunction<DutyFigures> figures) {
        List<Long> order = new ArrayList<>(officers.stream().map(ReportOfficers.Officer::id).toList());
        order.sort(Comparator.<Long>comparingLong(id -> -figures.apply(id).insideS())
                .thenComparingDouble(id -> -figures.apply(id).mileageM()).thenComparingLong(id -> id));
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i + 1);
        }
        return rank;
    }

    /** @return path and name of the org unit, when the caller sees it */
    private static String[] orgUnit(Connection db, Caller caller, long orgUnitId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT path, name FROM org_unit WHERE id = ?")) {
            query.setLong(1, orgUnitId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !caller.sees(row.getString(1))) {
                    throw ProblemException.notFound("org-unit.unknown", "there is no org unit " + orgUnitId);
                }
                return new String[] {row.getString(1), row.getString(2)};
            }
        }
    }
}

package org.gridpatrol.server.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.engine.coverage.Coverage;
import org.gridpatrol.engine.coverage.CoverageMeter;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.report.OnDuty;
import org.gridpatrol.engine.report.TimeInside;
import org.gridpatrol.engine.track.TrackCleaner;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.report.DutyFigures;
import org.gridpatrol.model.report.GridShare;
import org.gridpatrol.server.coverage.PatrolTracks;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * One officer's figures over one period, from the facts read for it: pure computation, so the
 * officers of a report can be measured side by side.
 */
final class OfficerFigures {
    /** The longest time one fix stands for when splitting time inside and outside. */
    static final long MAX_GAP_S = 300;
    /** The buffer of the coverage in reports. */
    static final double BUFFER_M = 20;

    /** The figures and, when asked for, the coverage of each grid. */
    record Result(DutyFigures figures, List<GridShare> grids) {
    }

    private OfficerFigures() {
    }

    /**
     * @param withCoverage measure each grid's coverage (the current period); the previous period's
     *                     comparison leaves it out, which halves the cost of a report
     */
    static Result of(long officer, List<ReportOfficers.OwnGrid> grids, DutyFacts facts, Instant from, Instant to,
                     Instant now, boolean withCoverage) {
        List<Fix> track = facts.tracks.getOrDefault(officer, List.of());
        List<OnDuty.Period> duty = OnDuty.periods(facts.clocks.getOrDefault(officer, List.of()), from, to, now);
        Geometry own = grids.isEmpty() ? null : UnaryUnionOp.union(grids.stream().map(ReportOfficers.OwnGrid::geometry).toList());
        TimeInside.Split split = new TimeInside(own, MAX_GAP_S).split(track, duty);
        TrackCleaner cleaner = TrackCleaner.walking();
        double mileage = TrackCleaner.mileage(track, cleaner.stops(track));
        List<GridShare> shares = new ArrayList<>();
        double sum = 0;
        CoverageMeter meter = CoverageMeter.withBuffer(BUFFER_M);
        List<double[][]> lines = track.isEmpty() ? List.of() : List.<double[][]>of(PatrolTracks.lonLat(track));
        for (ReportOfficers.OwnGrid grid : withCoverage ? grids : List.<ReportOfficers.OwnGrid>of()) {
            Coverage c = meter.measure(grid.geometry(), lines, List.of());
            sum += c.areaShare();
            shares.add(new GridShare(grid.id(), grid.name(), c.gridAreaM2(), c.coveredAreaM2(), c.areaShare(),
                    GeoJson.write(grid.geometry()), c.covered().isEmpty() ? null : GeoJson.write(c.covered())));
        }
        int alarms = facts.alarms.getOrDefault(officer, List.of()).stream().mapToInt(t -> t.count()).sum();
        long alarmS = facts.alarms.getOrDefault(officer, List.of()).stream().mapToLong(t -> t.durationS()).sum();
        DutyFigures figures = new DutyFigures(OnDuty.seconds(duty), split.insideS(), split.outsideS(), mileage,
                facts.visits.getOrDefault(officer, 0), facts.count(officer, "CHECKPOINT_MISSED"),
                facts.count(officer, "CHECKPOINT_ORDER"), alarms, alarmS, facts.count(officer, "LATE"),
                facts.count(officer, "EARLY_LEAVE"), facts.count(officer, "ABSENT"),
                shares.isEmpty() ? null : sum / shares.size());
        return new Result(figures, shares);
    }
}

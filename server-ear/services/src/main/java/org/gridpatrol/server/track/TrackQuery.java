package org.gridpatrol.server.track;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.track.TrackCleaner;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.track.Track;
import org.gridpatrol.model.track.TrackPhoto;
import org.gridpatrol.model.track.TrackVisit;
import org.gridpatrol.server.alarm.AlarmQuery;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * An officer's track over a window, as a replay needs it: raw fixes, the cleaned and
 * simplified line, stops, mileage, the alarms, checkpoint visits and photos on it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TrackQuery {
    static final Duration MAX_WINDOW = Duration.ofDays(7);
    /** Metres per degree of latitude: a tolerance in degrees from it never moves a point further than asked. */
    private static final double METRES_PER_DEGREE = 111_320.0;

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private AlarmQuery alarms;

    /**
     * @param caller     who asks: the officer must be in his scope
     * @param officerId  the officer
     * @param from       start of the window
     * @param to         end of the window, at most seven days after the start
     * @param toleranceM how far simplification may move a point, in metres (0 keeps every kept fix)
     * @return the track
     */
    public Track track(Caller caller, long officerId, Instant from, Instant to, double toleranceM) {
        if (from == null || to == null || !from.isBefore(to) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw ProblemException.badRequest("track.bad-window", "send from < to, at most " + MAX_WINDOW.toDays() + " days apart");
        }
        if (!(toleranceM >= 0 && toleranceM <= 100)) {
            throw ProblemException.badRequest("track.bad-tolerance", "tolerance is 0 to 100 metres");
        }
        List<Track.TrackPoint> raw = new ArrayList<>();
        List<Fix> fixes = new ArrayList<>();
        List<TrackVisit> visits;
        List<TrackPhoto> photos;
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement officer = db.prepareStatement(
                    "SELECT u.path FROM officer o JOIN org_unit u ON u.id = o.squad_id WHERE o.id = ?")) {
                officer.setLong(1, officerId);
                try (ResultSet row = officer.executeQuery()) {
                    if (!row.next() || !caller.sees(row.getString(1))) {
                        throw ProblemException.notFound("officer.not-found", "there is no officer " + officerId);
                    }
                }
            }
            try (PreparedStatement query = db.prepareStatement("""
                    SELECT seq, fix_time, lon, lat, accuracy_m, mock, speed_mps FROM fix
                     WHERE officer_id = ? AND fix_time >= ? AND fix_time < ? ORDER BY fix_time, seq""")) {
                query.setLong(1, officerId);
                query.setTimestamp(2, Timestamp.from(from));
                query.setTimestamp(3, Timestamp.from(to));
                query.setFetchSize(5000);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        Instant time = row.getTimestamp(2).toInstant();
                        Track.TrackPoint point = new Track.TrackPoint(row.getLong(1), time, row.getDouble(3),
                                row.getDouble(4), row.getDouble(5), row.getBoolean(6));
                        raw.add(point);
                        double speed = row.getDouble(7);
                        fixes.add(new Fix(time, point.lon(), point.lat(), point.accuracy(), row.wasNull() ? Double.NaN : speed,
                                "gps", point.mock(), point.seq()));
                    }
                }
            }
            visits = TrackMarks.visits(db, officerId, from, to);
            photos = TrackMarks.photos(db, officerId, from, to);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the track of officer " + officerId, e);
        }
        TrackCleaner cleaner = TrackCleaner.walking();
        List<Fix> kept = cleaner.withoutJumps(fixes);
        List<TrackCleaner.Stay> stays = cleaner.stops(kept);
        List<Track.Stop> stops = stays.stream()
                .map(s -> new Track.Stop(s.lon(), s.lat(), s.first().time(), s.last().time())).toList();
        return new Track(officerId, from, to, raw, line(kept, toleranceM), toleranceM, stops, TrackCleaner.mileage(kept, stays),
                alarms.find(caller, new AlarmQuery.Filter(from, to, officerId, null, null, null), 0, 1000), visits, photos);
    }

    private static com.fasterxml.jackson.databind.JsonNode line(List<Fix> kept, double toleranceM) {
        if (kept.size() < 2) {
            return null;
        }
        Coordinate[] coordinates = kept.stream().map(f -> new Coordinate(f.lon(), f.lat())).toArray(Coordinate[]::new);
        Geometry line = GeoJson.factory().createLineString(coordinates);
        if (toleranceM > 0) {
            line = DouglasPeuckerSimplifier.simplify(line, toleranceM / METRES_PER_DEGREE);
        }
        return GeoJson.write(line);
    }
}

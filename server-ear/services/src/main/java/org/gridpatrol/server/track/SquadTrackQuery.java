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
import org.gridpatrol.model.track.SquadTracks;
import org.gridpatrol.model.track.Track;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * The tracks of a squad (or any org unit's subtree) for side-by-side replay: every officer of it
 * who sent fixes in the window, each track as {@link TrackQuery} gives it. Capped at a day and
 * {@value #MAX_OFFICERS} officers, so one request cannot hold the server for minutes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SquadTrackQuery {
    static final Duration MAX_WINDOW = Duration.ofDays(1);
    static final int MAX_OFFICERS = 100;

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private TrackQuery tracks;

    /**
     * @param squadId    the org unit whose subtree's officers to replay
     * @param toleranceM simplification tolerance, as for one officer
     * @throws ProblemException 400 {@code track.squad-window-too-large} beyond a day, 422
     *                          {@code track.squad-too-large} beyond {@value #MAX_OFFICERS} officers, 404 out of scope
     */
    public SquadTracks tracks(Caller caller, long squadId, Instant from, Instant to, double toleranceM) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw ProblemException.badRequest("track.bad-window", "send from < to");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw ProblemException.badRequest("track.squad-window-too-large",
                    "a squad's tracks are read at most " + MAX_WINDOW.toHours() + " hours at a time; ask for a shorter window");
        }
        List<Long> officers = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement unit = db.prepareStatement("SELECT path FROM org_unit WHERE id = ?")) {
                unit.setLong(1, squadId);
                try (ResultSet row = unit.executeQuery()) {
                    if (!row.next() || !caller.sees(row.getString(1))) {
                        throw ProblemException.notFound("org-unit.unknown", "there is no org unit " + squadId);
                    }
                }
            }
            try (PreparedStatement query = db.prepareStatement("""
                    SELECT o.id FROM officer o JOIN org_unit u ON u.id = o.squad_id
                     WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'
                       AND EXISTS (SELECT 1 FROM fix f WHERE f.officer_id = o.id AND f.fix_time >= ? AND f.fix_time < ?)
                     ORDER BY o.id LIMIT ?""")) {
                query.setLong(1, squadId);
                query.setTimestamp(2, Timestamp.from(from));
                query.setTimestamp(3, Timestamp.from(to));
                query.setInt(4, MAX_OFFICERS + 1);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        officers.add(row.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the officers of org unit " + squadId, e);
        }
        if (officers.size() > MAX_OFFICERS) {
            throw ProblemException.unprocessable("track.squad-too-large", "more than " + MAX_OFFICERS
                    + " officers patrolled in that window; ask for a smaller unit or one officer at a time", null);
        }
        List<Track> each = new ArrayList<>();
        for (long officer : officers) {
            each.add(tracks.track(caller, officer, from, to, toleranceM));
        }
        return new SquadTracks(squadId, from, to, each);
    }
}

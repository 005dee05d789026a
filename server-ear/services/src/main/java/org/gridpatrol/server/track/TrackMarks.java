package org.gridpatrol.server.track;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.model.track.TrackPhoto;
import org.gridpatrol.model.track.TrackVisit;

/**
 * What an officer left along his track besides fixes: checkpoint visits and photos, for the
 * replay's timeline and map. The caller has already checked the officer is in scope.
 */
final class TrackMarks {
    private TrackMarks() {
    }

    static List<TrackVisit> visits(Connection db, long officerId, Instant from, Instant to) throws SQLException {
        List<TrackVisit> visits = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT v.id, v.checkpoint_id, c.name, v.plan_id, v.at, v.source, v.lon, v.lat, v.counted, v.reason
                  FROM checkpoint_visit v JOIN checkpoint c ON c.id = v.checkpoint_id
                 WHERE v.officer_id = ? AND v.at >= ? AND v.at < ? ORDER BY v.at, v.id""")) {
            window(query, officerId, from, to);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    visits.add(new TrackVisit(row.getLong(1), row.getLong(2), row.getString(3), row.getObject(4, Long.class),
                            row.getTimestamp(5).toInstant(), row.getString(6), row.getObject(7, Double.class),
                            row.getObject(8, Double.class), row.getBoolean(9), row.getString(10)));
                }
            }
        }
        return visits;
    }

    static List<TrackPhoto> photos(Connection db, long officerId, Instant from, Instant to) throws SQLException {
        List<TrackPhoto> photos = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT id, kind, taken_at, lon, lat FROM photo
                 WHERE officer_id = ? AND taken_at >= ? AND taken_at < ? ORDER BY taken_at, id""")) {
            window(query, officerId, from, to);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    photos.add(new TrackPhoto(id, row.getString(2), row.getTimestamp(3).toInstant(),
                            row.getObject(4, Double.class), row.getObject(5, Double.class), "/photos/" + id + "/marked"));
                }
            }
        }
        return photos;
    }

    private static void window(PreparedStatement query, long officerId, Instant from, Instant to) throws SQLException {
        query.setLong(1, officerId);
        query.setTimestamp(2, Timestamp.from(from));
        query.setTimestamp(3, Timestamp.from(to));
    }
}

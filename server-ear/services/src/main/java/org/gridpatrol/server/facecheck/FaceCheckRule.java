package org.gridpatrol.server.facecheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.gridpatrol.model.mobile.ClockEvent;
import org.gridpatrol.server.problem.ProblemException;

/**
 * Face check on clock-in (人脸打卡): a clock-in needs one when an assignment of the officer (his
 * own or his squad's) valid then names an active shift that requires it. A clock-in without a
 * selfie or without the phone's verdict is then accepted but flagged.
 */
public final class FaceCheckRule {
    private static final String REQUIRED = """
            SELECT EXISTS (
              SELECT 1 FROM officer o
                JOIN assignment a ON (a.officer_id = o.id OR a.squad_id = o.squad_id)
                JOIN shift s ON s.id = a.shift_id AND s.active AND s.face_check_required
               WHERE o.id = ? AND a.valid_from <= ? AND (a.valid_to IS NULL OR ? < a.valid_to))""";

    private FaceCheckRule() {
    }

    /** @return whether a clock-in of the officer at that time needs a face check */
    public static boolean required(Connection db, long officerId, Instant at) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(REQUIRED)) {
            query.setLong(1, officerId);
            query.setTimestamp(2, Timestamp.from(at));
            query.setTimestamp(3, Timestamp.from(at));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    /** @return true when the event carries no selfie or no verdict from the phone's face match */
    public static boolean missing(ClockEvent event) {
        return event.selfiePhotoId() == null || event.faceVerdict() == null || "NOT_CHECKED".equals(event.faceVerdict());
    }

    /**
     * @throws ProblemException 422 {@code clock.selfie-unknown} when the selfie named is not a
     *                          SELFIE photo this officer uploaded
     */
    public static void checkSelfie(Connection db, long officerId, Long photoId) throws SQLException {
        if (photoId == null) {
            return;
        }
        try (PreparedStatement query = db.prepareStatement(
                "SELECT 1 FROM photo WHERE id = ? AND officer_id = ? AND kind = 'SELFIE'")) {
            query.setLong(1, photoId);
            query.setLong(2, officerId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw ProblemException.unprocessable("clock.selfie-unknown",
                            "selfiePhotoId " + photoId + " is not a selfie this officer uploaded", null);
                }
            }
        }
    }
}

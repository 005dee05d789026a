package org.gridpatrol.server.facecheck;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.gridpatrol.model.shift.FaceCheck;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.gridpatrol.server.shift.ShiftService;

/** Whether a shift requires a face check on clock-in; the shift must be in the caller's scope. */
@Stateless
public class ShiftFaceChecks {
    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;
    @Inject
    private ShiftService shifts;

    public FaceCheck get(Caller caller, long shiftId) {
        shifts.get(caller, shiftId);
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("SELECT face_check_required FROM shift WHERE id = ?")) {
            query.setLong(1, shiftId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new FaceCheck(row.getBoolean(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading shift " + shiftId + " failed", e);
        }
    }

    public FaceCheck set(Caller caller, long shiftId, FaceCheck request) {
        if (request == null || request.required() == null) {
            throw ProblemException.unprocessable("shift.face-check-missing", "send {\"required\": true|false}", null);
        }
        shifts.get(caller, shiftId);
        try (Connection db = dataSource.getConnection();
             PreparedStatement update = db.prepareStatement(
                     "UPDATE shift SET face_check_required = ? WHERE id = ? AND face_check_required <> ?")) {
            update.setBoolean(1, request.required());
            update.setLong(2, shiftId);
            update.setBoolean(3, request.required());
            update.executeUpdate();
            return new FaceCheck(request.required());
        } catch (SQLException e) {
            throw new IllegalStateException("updating shift " + shiftId + " failed", e);
        }
    }
}

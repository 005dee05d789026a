package org.gridpatrol.it;

import static org.gridpatrol.it.District.cell;
import static org.gridpatrol.it.District.draft;

import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * An officer's beat for tests: his own unit grid A, a neighbour's grid B just east of
 * it, an assignment of A to him with no shift (always on duty), and a signed-in phone.
 *
 * @param officer   the officer and his phone
 * @param own       grid A's id
 * @param neighbour grid B's id
 * @param origin    south-west corner of A, lon/lat
 * @param token     the phone's access token
 */
record PatrolBeat(District.Officer officer, long own, long neighbour, double[] origin, String token) {
    /** Side of each grid in degrees (~370 m × 440 m there). */
    static final double SIDE = 0.004;

    static PatrolBeat create() throws Exception {
        District.Officer officer = District.officer();
        double[] o = District.origin();
        long own = Api.post("/grids", draft("UNIT_GRID", "本网格", District.code(), officer.squadId(),
                cell(o[0], o[1], SIDE, SIDE), null)).body().path("id").asLong();
        long neighbour = Api.post("/grids", draft("UNIT_GRID", "邻网格", District.code(), officer.squadId(),
                cell(o[0] + SIDE, o[1], SIDE, SIDE), null)).body().path("id").asLong();
        try (Connection db = PrivateDatabase.connect();
             PreparedStatement assign = db.prepareStatement(
                     "INSERT INTO assignment (officer_id, grid_id, valid_from) VALUES (?, ?, now() - interval '1 day')")) {
            assign.setLong(1, officer.id());
            assign.setLong(2, own);
            assign.executeUpdate();
        }
        String token = Api.post("/mobile/sign-in", "{\"badgeNo\":\"" + officer.badge() + "\",\"password\":\""
                + officer.password() + "\",\"deviceId\":\"" + officer.deviceUid() + "\"}").body().path("accessToken").asText();
        return new PatrolBeat(officer, own, neighbour, o, token);
    }
}

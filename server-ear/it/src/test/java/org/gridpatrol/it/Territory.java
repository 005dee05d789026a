package org.gridpatrol.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A bureau with two squads, A and B, each holding what a supervisor works with: an officer with
 * an account and a registered phone, a grid, an assignment, a shift, a holiday and an alarm. Made
 * directly in the database, so it stands whatever the API allows.
 */
public final class Territory {
    /** What one squad holds, by row id; the officer can sign in on his phone. */
    public record Squad(long id, District.Officer officer, long device, long grid, long assignment, long shift,
                        long holiday, long alarm) {
    }

    public final long bureau;
    public final Squad a;
    public final Squad b;

    private Territory(long bureau, Squad a, Squad b) {
        this.bureau = bureau;
        this.a = a;
        this.b = b;
    }

    /** @return a new bureau with squads A and B */
    public static Territory create() throws SQLException {
        long bureau = District.orgUnit();
        try (Connection db = PrivateDatabase.connect()) {
            return new Territory(bureau, squad(db, bureau, 0), squad(db, bureau, 1));
        }
    }

    /** @return a new squad A, with its officer, grid and alarm, under the given unit (a brigade, say) */
    public static Squad squadUnder(long parent) throws SQLException {
        try (Connection db = PrivateDatabase.connect()) {
            return squad(db, parent, 0);
        }
    }

    private static Squad squad(Connection db, long bureau, int n) throws SQLException {
        String tag = Long.toString(System.nanoTime(), 36);
        long squad = insert(db, "INSERT INTO org_unit (parent_id, kind, name, code) VALUES (?, 'SQUAD', ?, ?) RETURNING id",
                bureau, (n == 0 ? "甲" : "乙") + "中队 " + tag, "SQ-" + tag);
        String password = "Patrol-" + tag + "!";
        long user = insert(db, "INSERT INTO app_user (username, display_name, password_hash, org_unit_id, must_change_password)"
                + " VALUES (?, ?, ?, ?, false) RETURNING id", "u" + tag, "队员 " + tag,
                org.gridpatrol.server.account.PasswordHash.hash(password), squad);
        long officer = insert(db, "INSERT INTO officer (badge_no, name, squad_id, user_id) VALUES (?, ?, ?, ?) RETURNING id",
                "B" + tag, "队员 " + tag, squad, user);
        long device = insert(db, "INSERT INTO device (device_uid, officer_id, model, os) VALUES (?, ?, 'P40', 'Android 13') RETURNING id",
                "dev-" + tag, officer);
        double lon = 117.30 + (System.nanoTime() % 1000) * 0.0001;
        long grid = insert(db, "INSERT INTO grid (kind, name, org_unit_id, geom) VALUES ('RESPONSIBILITY_ZONE', ?, ?,"
                + " ST_Multi(ST_MakeEnvelope(?, 32.90, ? + 0.001, 32.901, 4326))) RETURNING id", "网格 " + tag, squad, lon, lon);
        long assignment = insert(db, "INSERT INTO assignment (officer_id, grid_id, valid_from) VALUES (?, ?, now() - interval '1 day')"
                + " RETURNING id", officer, grid);
        long shift = insert(db, "INSERT INTO shift (name, org_unit_id) VALUES (?, ?) RETURNING id", "白班 " + tag, squad);
        long holiday = insert(db, "INSERT INTO holiday (org_unit_id, day, name) VALUES (?, DATE '2026-10-01' + ?, '国庆') RETURNING id",
                squad, n);
        long alarm = insert(db, "INSERT INTO alarm (type, officer_id, grid_id, org_unit_id, started_at) VALUES ('STILL', ?, ?, ?, now() - interval '1 hour')"
                + " RETURNING id", officer, grid, squad);
        return new Squad(squad, new District.Officer(officer, device, squad, "B" + tag, password, "dev-" + tag), device,
                grid, assignment, shift, holiday, alarm);
    }

    static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** @return a phone's access token for the squad's officer */
    public static String signIn(District.Officer officer) {
        Api.Answer answer = Api.anonymous().post("/mobile/sign-in", Fixtures.json("badgeNo", officer.badge(),
                "password", officer.password(), "deviceId", officer.deviceUid()));
        if (answer.status() != 200) {
            throw new IllegalStateException(answer.raw().body());
        }
        return answer.body().path("accessToken").asText();
    }
}

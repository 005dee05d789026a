package org.gridpatrol.it;

import static org.gridpatrol.it.District.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The world of a golden scenario made real: an officer with a phone in a new squad, the scenario's
 * grids moved west by a whole number of degrees of longitude (which keeps every distance, so the
 * scripted times still hold, and keeps scenarios apart), a shift whose windows are the scenario's
 * duty windows moved to the days around now, and the officer's grids assigned to him on it.
 *
 * @param officer the officer and his phone
 * @param grids   the scenario's grid ids to the server's
 * @param token   the phone's access token
 */
record ScenarioWorld(District.Officer officer, Map<Long, Long> grids, String token) {

    /** The bureau's zone, in which shift windows are local times (the server's default). */
    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");

    static ScenarioWorld build(JsonNode scenario, double lonShift, Duration timeShift) throws SQLException {
        District.Officer officer = District.officer();
        Map<Long, Long> grids = new HashMap<>();
        for (JsonNode g : scenario.path("grids")) {
            JsonNode geometry = g.path("geometry").deepCopy();
            moveLon(geometry.path("coordinates"), lonShift);
            Api.Answer made = Api.post("/grids", draft("UNIT_GRID", "场景网格 " + g.path("id").asLong(), District.code(),
                    officer.squadId(), geometry.toString(), "\"acceptWarnings\":true"));
            if (made.status() != 201) {
                throw new IllegalStateException("grid " + g.path("id") + ": " + made.raw().body());
            }
            grids.put(g.path("id").asLong(), made.body().path("id").asLong());
        }
        try (Connection db = PrivateDatabase.connect()) {
            Long shift = shift(db, officer.squadId(), scenario.path("officer").path("duty"), timeShift);
            for (JsonNode own : scenario.path("officer").path("ownGrids")) {
                Territory.insert(db, "INSERT INTO assignment (officer_id, grid_id, shift_id, valid_from)"
                        + " VALUES (?, ?, ?, now() - interval '7 days') RETURNING id", officer.id(),
                        grids.get(own.asLong()), shift);
            }
        }
        return new ScenarioWorld(officer, grids, Territory.signIn(officer));
    }

    /** A shift with one window per duty window, on the weekday and local time it now falls on; none: always on duty. */
    private static Long shift(Connection db, long squad, JsonNode duty, Duration timeShift) throws SQLException {
        if (duty.isEmpty()) {
            return null;
        }
        long shift = Territory.insert(db, "INSERT INTO shift (name, org_unit_id) VALUES (?, ?) RETURNING id",
                "场景班次 " + System.nanoTime(), squad);
        for (JsonNode w : duty) {
            ZonedDateTime from = Instant.parse(w.path("from").asText()).plus(timeShift).atZone(BUREAU);
            ZonedDateTime to = Instant.parse(w.path("to").asText()).plus(timeShift).atZone(BUREAU);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO shift_window (shift_id, weekday, start_time,"
                    + " end_time) VALUES (?, ?, ?::time, ?::time)")) {
                insert.setLong(1, shift);
                insert.setInt(2, from.getDayOfWeek().getValue());
                insert.setString(3, from.toLocalTime().toString());
                insert.setString(4, to.toLocalTime().toString());
                insert.executeUpdate();
            }
        }
        return shift;
    }

    /** Moves every position of a GeoJSON coordinates array by the longitude shift. */
    private static void moveLon(JsonNode coordinates, double lonShift) {
        if (coordinates.isArray() && coordinates.size() > 0 && coordinates.get(0).isNumber()) {
            ((ArrayNode) coordinates).set(0, coordinates.get(0).asDouble() + lonShift);
            return;
        }
        coordinates.forEach(c -> moveLon(c, lonShift));
    }
}

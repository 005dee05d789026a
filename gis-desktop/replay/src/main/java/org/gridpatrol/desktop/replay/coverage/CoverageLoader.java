package org.gridpatrol.desktop.replay.coverage;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.assignment.Assignment;
import org.gridpatrol.model.coverage.GridCoverage;
import org.gridpatrol.model.officer.Officer;

/**
 * Measures, through the server, how much of each replayed officer's grids his patrol
 * covered in the window: his grids are those assigned to him or to his squad at some
 * moment of it ({@code GET /assignments}), each measured with
 * {@code GET /grids/{id}/coverage?officer=&from=&to=&buffer=}.
 */
public final class CoverageLoader {
    /** How near a track must come, metres: the server's default. */
    public static final int BUFFER_M = 20;
    private static final TypeReference<List<Assignment>> ASSIGNMENTS = new TypeReference<>() {
    };
    private static final TypeReference<Officer> OFFICER = new TypeReference<>() {
    };
    private static final TypeReference<GridCoverage> COVERAGE = new TypeReference<>() {
    };
    // covered shapes come simplified from the server; this only guards against a broken answer
    private final GeoJson geoJson = new GeoJson(1_000_000);
    private final ServerConnection connection;

    /** @param connection the signed-in connection */
    public CoverageLoader(ServerConnection connection) {
        this.connection = connection;
    }

    /** @return the officers' covered area over their grids in [from, to); blocks */
    public CoveredArea load(List<Long> officers, Instant from, Instant to) {
        List<org.locationtech.jts.geom.Geometry> shapes = new ArrayList<>();
        int grids = 0;
        double area = 0;
        double covered = 0;
        for (long officer : officers) {
            for (long grid : grids(officer, from, to)) {
                GridCoverage coverage = connection.get("/grids/" + grid + "/coverage?officer=" + officer + "&from="
                        + encode(from) + "&to=" + encode(to) + "&buffer=" + BUFFER_M, COVERAGE);
                grids++;
                area += coverage.gridAreaM2();
                covered += coverage.coveredAreaM2();
                if (coverage.covered() != null && !coverage.covered().isNull()) {
                    shapes.add(geoJson.read(coverage.covered()));
                }
            }
        }
        return new CoveredArea(shapes, grids, area, covered);
    }

    private Set<Long> grids(long officer, Instant from, Instant to) {
        Set<Long> grids = new LinkedHashSet<>();
        List<Assignment> assignments = new ArrayList<>(connection.get("/assignments?officerId=" + officer, ASSIGNMENTS));
        long squad = connection.get("/officers/" + officer, OFFICER).squadId();
        assignments.addAll(connection.get("/assignments?squadId=" + squad, ASSIGNMENTS));
        for (Assignment a : assignments) {
            if (overlaps(a, from, to)) {
                grids.add(a.gridId());
            }
        }
        return grids;
    }

    /** @return whether the assignment was valid at some moment of [from, to) */
    static boolean overlaps(Assignment a, Instant from, Instant to) {
        return a.validFrom().isBefore(to) && (a.validTo() == null || a.validTo().isAfter(from));
    }

    private static String encode(Instant t) {
        return URLEncoder.encode(t.toString(), StandardCharsets.UTF_8);
    }
}

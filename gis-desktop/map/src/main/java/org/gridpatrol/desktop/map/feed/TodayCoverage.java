package org.gridpatrol.desktop.map.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.CoveredGrid;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.coverage.GridCoverage;

/**
 * Today's coverage of one grid by its squad: {@code GET /grids/{id}/coverage?squad=&from=&to=}
 * from the supervisor's midnight to now, with the server's 20 m buffer.
 */
public final class TodayCoverage {
    private static final TypeReference<GridCoverage> COVERAGE = new TypeReference<>() {
    };
    private final GeoJson geoJson = new GeoJson(1_000_000);
    private final ServerConnection connection;
    private final Clock clock;
    private final ZoneId zone;

    /** @param connection the server; @param clock the present; @param zone the supervisor's time zone */
    public TodayCoverage(ServerConnection connection, Clock clock, ZoneId zone) {
        this.connection = connection;
        this.clock = clock;
        this.zone = zone;
    }

    /** @return what the grid's squad covered of it since midnight; blocks */
    public CoveredGrid load(MapGrid grid) {
        Instant now = clock.instant();
        Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        GridCoverage answer = connection.get("/grids/" + grid.id() + "/coverage?squad=" + grid.orgUnitId()
                + "&from=" + encode(midnight) + "&to=" + encode(now) + "&buffer=20", COVERAGE);
        boolean any = answer.covered() != null && !answer.covered().isNull();
        return new CoveredGrid(grid.id(), any ? geoJson.read(answer.covered()) : null, answer.areaShare());
    }

    private static String encode(Instant t) {
        return URLEncoder.encode(t.toString(), StandardCharsets.UTF_8);
    }
}

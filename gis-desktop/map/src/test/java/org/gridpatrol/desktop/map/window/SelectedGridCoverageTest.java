package org.gridpatrol.desktop.map.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridpatrol.desktop.connection.http.HttpServerConnection;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.feed.TodayCoverage;
import org.gridpatrol.desktop.map.layers.CoveredAreaPainter;
import org.gridpatrol.desktop.map.layers.LayerOrder;
import org.gridpatrol.desktop.map.layers.MapLayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** The covered-area layer follows the selected grid while it is shown, asking a loopback server as the API answers. */
class SelectedGridCoverageTest {
    private static final String COVERAGE = "{\"gridId\":%d,\"officerIds\":[10],\"from\":\"2026-11-25T16:00:00Z\","
            + "\"to\":\"2026-11-26T03:30:00Z\",\"bufferM\":20,\"gridAreaM2\":40000,\"coveredAreaM2\":10000,"
            + "\"areaShare\":0.25,\"covered\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[117.35,32.92],[117.36,32.92],[117.36,32.93],[117.35,32.93],[117.35,32.92]]]}}";

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final GridCatalog catalog = new GridCatalog();
    private final LayerOrder order = new LayerOrder();
    private final CoveredAreaPainter painter = new CoveredAreaPainter();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        HttpServerConnection connection = new HttpServerConnection();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/auth/login", x -> answer(x, 404, ""));
        server.createContext("/api/v1/health", x -> answer(x, 200, "{\"status\":\"UP\",\"version\":\"1.0\"}"));
        server.createContext("/api/v1/grids", x -> {
            String path = x.getRequestURI().getPath();
            long id = Long.parseLong(path.split("/")[4]);
            answer(x, 200, String.format(COVERAGE, id));
        });
        server.start();
        connection.signIn(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "sup", "x".toCharArray());
        GeometryFactory geometry = new GeometryFactory();
        catalog.replace(List.of(new MapGrid(1, "UNIT_GRID", "西一网格", null, 3, 0, geometry.toGeometry(new Envelope(117.35, 117.37, 32.92, 32.94))),
                new MapGrid(2, "UNIT_GRID", "西二网格", null, 4, 0, geometry.toGeometry(new Envelope(117.37, 117.39, 32.92, 32.94)))));
        TodayCoverage today = new TodayCoverage(connection, Clock.fixed(Instant.parse("2026-11-26T03:30:00Z"), ZoneOffset.UTC),
                ZoneOffset.UTC);
        new SelectedGridCoverage(catalog, catalog::find, order, painter, today, () -> { });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange x, int status, String body) throws IOException {
        calls.add(x.getRequestURI().getPath() + "?" + x.getRequestURI().getQuery());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void waitFor(long gridId) throws InterruptedException {
        for (int i = 0; i < 300 && (painter.shown() == null || painter.shown().gridId() != gridId); i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void selectingAGridShowsItsSquadsCoverageAndSelectingNoneClearsIt() throws InterruptedException {
        catalog.select(1L);
        waitFor(1);
        assertNotNull(painter.shown());
        assertEquals(0.25, painter.shown().share(), 1e-9);
        assertEquals("/api/v1/grids/1/coverage?squad=3&from=2026-11-26T00:00:00Z&to=2026-11-26T03:30:00Z&buffer=20",
                calls.get(calls.size() - 1));
        catalog.select(2L);
        waitFor(2);
        assertEquals(2, painter.shown().gridId());
        catalog.select(null);
        assertNull(painter.shown());
    }

    @Test
    void whileTheLayerIsHiddenNothingIsAskedAndShowingItAsksForTheSelectedGrid() throws InterruptedException {
        order.setVisible(MapLayer.COVERAGE, false);
        int before = calls.size();
        catalog.select(2L);
        Thread.sleep(300);
        assertEquals(before, calls.size(), "no coverage asked while hidden");
        order.setVisible(MapLayer.COVERAGE, true);
        waitFor(2);
        assertEquals(2, painter.shown().gridId());
    }
}

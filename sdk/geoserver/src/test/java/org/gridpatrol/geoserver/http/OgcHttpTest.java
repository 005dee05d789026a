package org.gridpatrol.geoserver.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridpatrol.geoserver.ogc.CredentialsRequiredException;
import org.gridpatrol.geoserver.ogc.MapServiceUnreachableException;
import org.gridpatrol.geoserver.ogc.NotAMapServiceException;
import org.gridpatrol.geoserver.ogc.WmsCapabilities;
import org.junit.jupiter.api.Test;

class OgcHttpTest {
    static final String CAPS = "<WMT_MS_Capabilities version=\"1.1.1\"><Service><Title>T</Title></Service>"
            + "<Capability><Layer><Name>g</Name><SRS>EPSG:4326</SRS></Layer></Capability></WMT_MS_Capabilities>";

    static OgcHttp http(int attempts, int concurrency, Duration timeout) {
        return new OgcHttp(new OgcHttp.Settings(Duration.ofSeconds(2), timeout, attempts, concurrency, null, null));
    }

    @Test
    void a401IsAskedForCredentialsAndTheAccountIsSentWhenGiven() throws Exception {
        try (LocalServer server = new LocalServer(x -> {
            String auth = x.getRequestHeaders().getFirst("Authorization");
            if (auth == null) {
                x.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"GeoServer Realm\"");
                LocalServer.answer(x, 401, "text/plain", "HTTP Status 401 – Unauthorized");
            } else {
                LocalServer.answer(x, 200, "application/vnd.ogc.wms_xml", CAPS);
            }
        })) {
            CredentialsRequiredException e = assertThrows(CredentialsRequiredException.class,
                    () -> new WmsClient(http(3, 4, Duration.ofSeconds(5))).capabilities(server.url("/geoserver/wms"), "1.1.1"));
            assertTrue(e.chinese().contains("需要用户名和密码") && e.english().contains("HTTP 401"), e.getMessage());
            OgcHttp withAccount = new OgcHttp(OgcHttp.Settings.defaults().withCredentials("gis", "secret"));
            assertEquals("g", new WmsClient(withAccount).capabilities(server.url("/geoserver/wms"), "1.1.1").layers().get(0).name());
        }
    }

    @Test
    void a503IsRetriedAndTheThirdAnswerServes() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalServer server = new LocalServer(x -> {
            if (calls.incrementAndGet() < 3) {
                LocalServer.answer(x, 503, "text/plain", "busy");
            } else {
                LocalServer.answer(x, 200, "text/xml", CAPS);
            }
        })) {
            WmsCapabilities caps = new WmsClient(http(3, 4, Duration.ofSeconds(5))).capabilities(server.url("/wms"), "1.1.1");
            assertEquals("T", caps.title());
            assertEquals(3, calls.get());
        }
    }

    @Test
    void aWebPageIsNotAWmsAndA404IsNotRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalServer server = new LocalServer(x -> {
            calls.incrementAndGet();
            if (x.getRequestURI().getPath().equals("/missing")) {
                LocalServer.answer(x, 404, "text/html", "<html>Not found</html>");
            } else {
                LocalServer.answer(x, 200, "text/html", "<html><body>Welcome to the bureau intranet</body></html>");
            }
        })) {
            WmsClient wms = new WmsClient(http(3, 4, Duration.ofSeconds(5)));
            NotAMapServiceException page = assertThrows(NotAMapServiceException.class,
                    () -> wms.capabilities(server.url("/portal"), "1.3.0"));
            assertTrue(page.english().contains("HTML page"), page.english());
            MapServiceUnreachableException missing = assertThrows(MapServiceUnreachableException.class,
                    () -> wms.capabilities(server.url("/missing"), "1.3.0"));
            assertTrue(missing.english().contains("HTTP 404"), missing.english());
            assertEquals(2, calls.get(), "one request each: a 404 is not asked again");
        }
    }

    @Test
    void aSilentServerTimesOutWithAClearMessage() throws Exception {
        try (LocalServer server = new LocalServer(x -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalServer.answer(x, 200, "text/xml", CAPS);
        })) {
            MapServiceUnreachableException e = assertThrows(MapServiceUnreachableException.class,
                    () -> http(1, 4, Duration.ofMillis(300)).get(server.url("/slow")));
            assertTrue(e.english().contains("no answer within") && e.chinese().contains("无法访问"), e.getMessage());
        }
    }

    @Test
    void noMoreRequestsThanTheLimitAreInFlight() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (LocalServer server = new LocalServer(x -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            LocalServer.answer(x, 200, "image/png", new byte[] {1});
        })) {
            OgcHttp http = http(1, 2, Duration.ofSeconds(5));
            List<Callable<OgcHttp.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                calls.add(() -> http.get(server.url("/tile/" + n)));
            }
            var pool = Executors.newFixedThreadPool(8);
            for (var f : pool.invokeAll(calls)) {
                f.get();
            }
            pool.shutdown();
            assertEquals(2, most.get(), "8 parallel callers, at most 2 requests at the server");
        }
    }

    @Test
    void capabilitiesAreAskedOnceUntilTheyExpire() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalServer server = new LocalServer(x -> {
            calls.incrementAndGet();
            LocalServer.answer(x, 200, "text/xml", CAPS);
        })) {
            Instant[] now = {Instant.parse("2026-11-27T08:00:00Z")};
            Clock clock = new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now[0];
                }
            };
            WmsClient wms = new WmsClient(http(1, 4, Duration.ofSeconds(5)), new CapabilitiesCache<>(clock, Duration.ofMinutes(10)));
            WmsCapabilities first = wms.capabilities(server.url("/wms"), "1.1.1");
            now[0] = now[0].plusSeconds(599);
            assertSame(first, wms.capabilities(server.url("/wms"), "1.1.1"));
            assertEquals(1, calls.get());
            now[0] = now[0].plusSeconds(2);
            wms.capabilities(server.url("/wms"), "1.1.1");
            assertEquals(2, calls.get());
        }
    }
}

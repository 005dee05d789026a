package org.gridpatrol.geoserver.mapserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A tiny CGI host: each GET runs {@code mapserv} with the query string in {@code QUERY_STRING} and the
 * mapfile in {@code MS_MAPFILE}, and passes its CGI headers and body back as the HTTP answer. Enough to
 * put a real MapServer behind a real URL for the OGC clients under test.
 */
final class MapservCgiHost implements AutoCloseable {
    private final HttpServer server;
    private final String mapserv;
    private final Path config;

    MapservCgiHost(String mapserv, Path mapfile) throws IOException {
        this.mapserv = mapserv;
        this.config = mapfile.resolveSibling(mapfile.getFileName() + ".conf");
        java.nio.file.Files.writeString(config, "CONFIG\n  ENV\n    MS_MAPFILE \"" + mapfile + "\"\n  END\nEND\n");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/mapserv", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mapserv");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ProcessBuilder builder = new ProcessBuilder(mapserv).redirectError(ProcessBuilder.Redirect.DISCARD);
            Map<String, String> env = builder.environment();
            env.put("REQUEST_METHOD", "GET");
            env.put("QUERY_STRING", exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery());
            // MapServer 8 reads its settings (here only which mapfile) from a config file
            env.put("MAPSERVER_CONFIG_FILE", config.toString());
            env.put("SERVER_NAME", "127.0.0.1");
            env.put("SERVER_PORT", Integer.toString(server.getAddress().getPort()));
            env.put("SCRIPT_NAME", "/mapserv");
            Process process = builder.start();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            int split = headerEnd(output);
            String headers = new String(output, 0, Math.max(split, 0), StandardCharsets.ISO_8859_1);
            int status = 200;
            for (String line : headers.split("\r?\n")) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (name.equalsIgnoreCase("Status")) {
                    status = Integer.parseInt(value.split(" ")[0]);
                } else {
                    exchange.getResponseHeaders().add(name, value);
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int bodyStart = split < 0 ? 0 : split + (output[split] == '\r' ? 4 : 2);
            body.write(output, bodyStart, output.length - bodyStart);
            exchange.sendResponseHeaders(status, body.size() == 0 ? -1 : body.size());
            if (body.size() > 0) {
                exchange.getResponseBody().write(body.toByteArray());
            }
        }
    }

    private static int headerEnd(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == '\n' && b[i + 1] == '\n') {
                return i;
            }
            if (i + 3 < b.length && b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

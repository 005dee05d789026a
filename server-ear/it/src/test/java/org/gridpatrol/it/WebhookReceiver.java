package org.gridpatrol.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A bureau system's webhook endpoint, as an integrator would write it: checks the signature
 * (HMAC-SHA256 of {@code timestamp.body}) and answers 500 for the first {@code failures} posts.
 */
final class WebhookReceiver implements AutoCloseable {
    /** A post as received. */
    record Post(String body, String timestamp, String signature, String deliveryId, boolean signatureValid) {
    }

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    private volatile String secret;
    final List<Post> posts = new CopyOnWriteArrayList<>();

    WebhookReceiver(int failures) throws IOException {
        failuresLeft = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String timestamp = exchange.getRequestHeaders().getFirst("X-GridPatrol-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-GridPatrol-Signature");
            posts.add(new Post(body, timestamp, signature, exchange.getRequestHeaders().getFirst("X-GridPatrol-Delivery"),
                    verify(timestamp, body, signature)));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    private boolean verify(String timestamp, String body, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return signature != null && MessageDigest.isEqual(("sha256=" + HexFormat.of().formatHex(expected))
                    .getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))
                    && Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) < 300;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package com.example.guestbookoperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Serves the health probes ({@code /healthz}, {@code /readyz}) and the Prometheus
 * {@code /metrics} endpoint using the JDK's built-in HTTP server. Health and metrics use
 * separate ports, unless both are configured to the same non-zero port.
 */
public final class ManagementServer implements AutoCloseable {

    static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer healthServer;
    private final HttpServer metricsServer;

    private ManagementServer(HttpServer healthServer, HttpServer metricsServer) {
        this.healthServer = healthServer;
        this.metricsServer = metricsServer;
    }

    /**
     * Starts the endpoints. A port of 0 binds an ephemeral port.
     *
     * @param readiness returns true when the operator is ready to serve
     * @param metrics returns the metrics in the Prometheus text format
     */
    public static ManagementServer start(int healthPort, int metricsPort,
            BooleanSupplier readiness, Supplier<String> metrics) throws IOException {
        HttpServer health = HttpServer.create(new InetSocketAddress(healthPort), 0);
        HttpServer metricsServer = healthPort == metricsPort && healthPort != 0
                ? health
                : HttpServer.create(new InetSocketAddress(metricsPort), 0);
        health.createContext("/healthz", exchange -> respond(exchange, 200, "text/plain", "ok"));
        health.createContext("/readyz", exchange -> {
            boolean ready = readiness.getAsBoolean();
            respond(exchange, ready ? 200 : 503, "text/plain", ready ? "ok" : "not ready");
        });
        metricsServer.createContext("/metrics",
                exchange -> respond(exchange, 200, PROMETHEUS_CONTENT_TYPE, metrics.get()));
        health.start();
        if (metricsServer != health) {
            metricsServer.start();
        }
        return new ManagementServer(health, metricsServer);
    }

    public int healthPort() {
        return healthServer.getAddress().getPort();
    }

    public int metricsPort() {
        return metricsServer.getAddress().getPort();
    }

    @Override
    public void close() {
        healthServer.stop(0);
        if (metricsServer != healthServer) {
            metricsServer.stop(0);
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

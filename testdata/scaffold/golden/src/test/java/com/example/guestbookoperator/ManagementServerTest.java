package com.example.guestbookoperator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManagementServerTest {

    private final AtomicBoolean ready = new AtomicBoolean();
    private final HttpClient client = HttpClient.newHttpClient();
    private ManagementServer server;

    @BeforeEach
    void start() throws Exception {
        server = ManagementServer.start(0, 0, ready::get, () -> "# TYPE test_metric gauge\ntest_metric 1.0\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthzIsAlwaysOk() throws Exception {
        assertThat(get(server.healthPort(), "/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void readyzFollowsReadiness() throws Exception {
        assertThat(get(server.healthPort(), "/readyz").statusCode()).isEqualTo(503);
        ready.set(true);
        assertThat(get(server.healthPort(), "/readyz").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsServesPrometheusText() throws Exception {
        HttpResponse<String> response = get(server.metricsPort(), "/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ManagementServer.PROMETHEUS_CONTENT_TYPE);
        assertThat(response.body()).contains("test_metric 1.0");
    }

    @Test
    void healthAndMetricsUseSeparatePorts() {
        assertThat(server.healthPort()).isNotEqualTo(server.metricsPort());
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

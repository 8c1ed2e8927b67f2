package com.example.guestbookoperator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.RuntimeInfo;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of guestbook-operator.
 *
 * <p>Environment variables:
 * <ul>
 *   <li>{@code LEADER_ELECT}: set to {@code false} to disable leader election (local runs); default true</li>
 *   <li>{@code POD_NAMESPACE}: namespace of the leader election lease; default: the client's namespace</li>
 *   <li>{@code HEALTH_PORT}: port of /healthz and /readyz; default 8081</li>
 *   <li>{@code METRICS_PORT}: port of /metrics; default 8080 (may equal HEALTH_PORT)</li>
 *   <li>{@code WEBHOOK_PORT}, {@code WEBHOOK_CERT_DIR}: the admission webhooks' HTTPS port (default 9443) and
 *   certificate folder, once {@code op-boot create webhook} has added the webhook server</li>
 * </ul>
 */
public final class OperatorMain {

    static final String LEADER_ELECTION_LEASE_NAME = "guestbook-operator-leader-election";
    static final Duration GRACEFUL_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(OperatorMain.class);

    private OperatorMain() {
    }

    public static void main(String[] args) throws IOException {
        PrometheusMeterRegistry registry = newMeterRegistry();
        Optional<LeaderElectionConfiguration> leaderElection = leaderElection();
        Operator operator = newOperator(null, leaderElection, MicrometerMetrics.withoutPerResourceMetrics(registry));

        RuntimeInfo runtimeInfo = operator.getRuntimeInfo();
        // ready when every server answers: the operator's event sources, and what op-boot adds below
        List<BooleanSupplier> readiness = new ArrayList<>();
        readiness.add(() -> runtimeInfo.isStarted() && runtimeInfo.allEventSourcesAreHealthy());
        // the admission webhooks of Webhooks, on HTTPS (WEBHOOK_PORT, WEBHOOK_CERT_DIR); ready once it serves.
        // ENABLE_WEBHOOKS=false runs the reconcilers without it, as 'op-boot run' does on this machine
        if (WebhookServer.enabled(System.getenv())) {
            readiness.add(WebhookServer.fromEnvironment(Webhooks.all())::isServing);
        }
        // op-boot:scaffold:webhook-server
        ManagementServer.start(envInt("HEALTH_PORT", 8081), envInt("METRICS_PORT", 8080),
                () -> readiness.stream().allMatch(BooleanSupplier::getAsBoolean), registry::scrape);

        if (leaderElection.isEmpty()) {
            // JOSDK installs no hook when leader election is on (stopping the leader elector from a
            // shutdown hook would deadlock); the lease then expires and another replica takes over.
            operator.installShutdownHook(GRACEFUL_SHUTDOWN_TIMEOUT);
        }
        try {
            operator.start();
        } catch (RuntimeException e) {
            log.error("Failed to start the operator", e);
            System.exit(1);
        }
    }

    /**
     * The operator with every reconciler of {@link Reconcilers} registered, not yet started. Tests build it
     * against their own API server by passing its client; {@code null} uses the current kubeconfig or
     * in-cluster config. {@code metrics} hears of every reconciliation: Micrometer's here, and the
     * integration test's own as well, which is how it knows that each sample was reconciled.
     */
    public static Operator newOperator(KubernetesClient client,
            Optional<LeaderElectionConfiguration> leaderElection, Metrics metrics) {
        Operator operator = new Operator(overrider -> {
            if (client != null) {
                overrider.withKubernetesClient(client);
            }
            overrider.withMetrics(metrics);
            overrider.withReconciliationTerminationTimeout(GRACEFUL_SHUTDOWN_TIMEOUT);
            leaderElection.ifPresent(overrider::withLeaderElectionConfiguration);
        });
        Reconcilers.registerAll(operator);
        return operator;
    }

    private static Optional<LeaderElectionConfiguration> leaderElection() {
        if ("false".equalsIgnoreCase(System.getenv("LEADER_ELECT"))) {
            log.info("Leader election is disabled");
            return Optional.empty();
        }
        return Optional.of(LeaderElectionConfigurationBuilder
                .aLeaderElectionConfiguration(LEADER_ELECTION_LEASE_NAME)
                .withLeaseNamespace(System.getenv("POD_NAMESPACE")) // null: use the client's namespace
                .build());
    }

    private static PrometheusMeterRegistry newMeterRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    private static int envInt(String name, int defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
    }
}

package com.example.guestbookoperator.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.example.guestbookoperator.api.cache.v1alpha1.Memcached;
import com.example.guestbookoperator.api.cache.v1alpha1.MemcachedSpec;
import com.example.guestbookoperator.api.cache.v1alpha1.MemcachedStatus;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reconciler on its own, with a fixed clock and a client of fabric8's mock API server (CRUD mode: it
 * keeps what it is sent), so that what the reconciler writes through the client, such as Events, can be
 * read back. The operator against a real API server is OperatorIT's.
 */
@EnableKubernetesMockClient(crud = true)
class MemcachedReconcilerTest {

    private static final String OLD_TRANSITION_TIME = "2020-01-01T00:00:00Z";
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final MemcachedReconciler reconciler = new MemcachedReconciler(Clock.fixed(NOW, ZoneOffset.UTC));

    /** A client of a fresh mock API server for each test, set by {@code @EnableKubernetesMockClient}. */
    KubernetesClient client;

    @SuppressWarnings("unchecked")
    private final Context<Memcached> context = mock(Context.class);

    @BeforeEach
    void giveTheContextAClient() {
        when(context.getClient()).thenReturn(client);
    }

    @Test
    void reconcileSetsReadyConditionAndObservedGeneration() {
        UpdateControl<Memcached> control = reconciler.reconcile(newResource(2L), context);

        assertThat(control.isPatchStatus()).isTrue();
        MemcachedStatus status = control.getResource().orElseThrow().getStatus();
        assertThat(status.getObservedGeneration()).isEqualTo(2L);
        Condition ready = readyCondition(status);
        assertThat(ready.getStatus()).isEqualTo("True");
        assertThat(ready.getReason()).isEqualTo("Reconciled");
        assertThat(ready.getMessage()).isNotBlank();
        assertThat(ready.getObservedGeneration()).isEqualTo(2L);
        assertThat(ready.getLastTransitionTime()).isEqualTo(NOW.toString());
    }

    @Test
    void becomingReadyIsRecordedAsAnEvent() {
        reconciler.reconcile(newResource(2L), context);

        List<Event> events = client.v1().events().inNamespace("default").list().getItems();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getType()).isEqualTo("Normal");
            assertThat(event.getReason()).isEqualTo("Ready");
            assertThat(event.getInvolvedObject().getKind()).isEqualTo("Memcached");
            assertThat(event.getInvolvedObject().getName()).isEqualTo("memcached-v1alpha1-sample");
            assertThat(event.getLastTimestamp()).isEqualTo(NOW.toString());
        });
    }

    @Test
    void stayingReadyRecordsNoEvent() {
        Memcached resource = newResource(2L);
        resource.setStatus(statusWithReady("True", 2L));

        reconciler.reconcile(resource, context);

        assertThat(client.v1().events().inAnyNamespace().list().getItems()).isEmpty();
    }

    @Test
    void reconcileKeepsLastTransitionTimeWhenAlreadyReady() {
        Memcached resource = newResource(2L);
        resource.setStatus(statusWithReady("True", 2L));

        MemcachedStatus status = reconciler.reconcile(resource, context).getResource().orElseThrow().getStatus();

        assertThat(status.getConditions()).hasSize(1);
        assertThat(readyCondition(status).getLastTransitionTime()).isEqualTo(OLD_TRANSITION_TIME);
    }

    @Test
    void reconcileUpdatesLastTransitionTimeWhenStatusChanges() {
        Memcached resource = newResource(2L);
        resource.setStatus(statusWithReady("False", 2L));

        MemcachedStatus status = reconciler.reconcile(resource, context).getResource().orElseThrow().getStatus();

        Condition ready = readyCondition(status);
        assertThat(ready.getStatus()).isEqualTo("True");
        assertThat(ready.getLastTransitionTime()).isEqualTo(NOW.toString());
    }

    @Test
    void reconcileAfterGenerationBumpUpdatesObservedGeneration() {
        Memcached resource = newResource(3L);
        resource.setStatus(statusWithReady("True", 2L));

        MemcachedStatus status = reconciler.reconcile(resource, context).getResource().orElseThrow().getStatus();

        assertThat(status.getObservedGeneration()).isEqualTo(3L);
        assertThat(readyCondition(status).getObservedGeneration()).isEqualTo(3L);
        assertThat(readyCondition(status).getLastTransitionTime()).isEqualTo(OLD_TRANSITION_TIME);
    }

    private static Memcached newResource(long generation) {
        Memcached resource = new Memcached();
        resource.setMetadata(new ObjectMetaBuilder()
                .withName("memcached-v1alpha1-sample")
                .withGeneration(generation)
                .build());
        MemcachedSpec spec = new MemcachedSpec();
        spec.setFoo("bar");
        resource.setSpec(spec);
        return resource;
    }

    private static MemcachedStatus statusWithReady(String conditionStatus, long observedGeneration) {
        MemcachedStatus status = new MemcachedStatus();
        status.setObservedGeneration(observedGeneration);
        status.setConditions(List.of(new ConditionBuilder()
                .withType(MemcachedReconciler.CONDITION_READY)
                .withStatus(conditionStatus)
                .withReason("Previous")
                .withLastTransitionTime(OLD_TRANSITION_TIME)
                .withObservedGeneration(observedGeneration)
                .build()));
        return status;
    }

    private static Condition readyCondition(MemcachedStatus status) {
        return status.getConditions().stream()
                .filter(c -> MemcachedReconciler.CONDITION_READY.equals(c.getType()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Ready condition in " + status.getConditions()));
    }
}

package com.example.guestbookoperator;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records Kubernetes Events about the objects the reconcilers manage, as controller-runtime's
 * {@code EventRecorder} does for a kubebuilder operator: {@code kubectl describe} shows them under the
 * object and {@code kubectl get events} lists them. Neither fabric8 nor JOSDK has a recorder, so this
 * creates core/v1 Events (the API the recorder writes) through the client; the role 'op-boot generate
 * rbac' writes grants that (create and patch on events).
 *
 * <p>An Event is a note for people, not state: when the API server refuses one, the failure is logged
 * and reconciliation goes on.
 */
public final class Events {

    /** The type of an Event about something that went as expected. */
    public static final String NORMAL = "Normal";
    /** The type of an Event about something a person may need to look at. */
    public static final String WARNING = "Warning";
    /** Who reports the Events: their source and reporting component. */
    public static final String COMPONENT = "guestbook-operator";

    private static final Logger log = LoggerFactory.getLogger(Events.class);

    private Events() {
    }

    /**
     * Records an Event about {@code regarding}, in its namespace (Kubernetes keeps those about
     * cluster-scoped objects in {@code default}).
     *
     * @param type {@link #NORMAL} or {@link #WARNING}
     * @param reason why, in UpperCamelCase ({@code Ready}, {@code FailedCreate}): what tools group by
     * @param message what happened, for people
     * @param clock the time the Event is stamped with
     */
    public static void record(KubernetesClient client, HasMetadata regarding, String type, String reason,
            String message, Clock clock) {
        ObjectMeta object = regarding.getMetadata();
        String namespace = object.getNamespace() != null ? object.getNamespace() : "default";
        Instant now = Instant.now(clock);
        String timestamp = now.truncatedTo(ChronoUnit.SECONDS).toString();
        Event event = new EventBuilder()
                .withNewMetadata()
                    // the object's name and the time in nanoseconds, as client-go names Events
                    .withName(object.getName() + "." + Long.toHexString(now.getEpochSecond() * 1_000_000_000L + now.getNano()))
                    .withNamespace(namespace)
                .endMetadata()
                .withNewInvolvedObject()
                    .withApiVersion(regarding.getApiVersion())
                    .withKind(regarding.getKind())
                    .withNamespace(object.getNamespace())
                    .withName(object.getName())
                    .withUid(object.getUid())
                    .withResourceVersion(object.getResourceVersion())
                .endInvolvedObject()
                .withType(type)
                .withReason(reason)
                .withMessage(message)
                .withFirstTimestamp(timestamp)
                .withLastTimestamp(timestamp)
                .withCount(1)
                .withNewSource().withComponent(COMPONENT).endSource()
                .withReportingComponent(COMPONENT)
                .build();
        try {
            client.v1().events().inNamespace(namespace).resource(event).create();
        } catch (KubernetesClientException e) {
            log.warn("Could not record the Event {} about {} {}: {}", reason, regarding.getKind(), object.getName(),
                    e.getMessage());
        }
    }
}

package com.example.events;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.fabric8.kubernetes.api.model.MicroTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Posts the message as a core v1 Event (what {@code kubectl describe} shows) and as an
 * events.k8s.io/v1 Event (what {@code kubectl events} reads).
 */
@ControllerConfiguration
public class AnnouncementReconciler implements Reconciler<Announcement> {
  /** events.k8s.io's eventTime: RFC 3339 with exactly six fractional digits. */
  private static final DateTimeFormatter MICROSECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSX").withZone(ZoneOffset.UTC);

  @Override
  public UpdateControl<Announcement> reconcile(Announcement announcement, Context<Announcement> context) {
    KubernetesClient client = context.getClient();
    String namespace = announcement.getMetadata().getNamespace();
    String name = announcement.getMetadata().getName() + "." + Long.toString(System.nanoTime(), 36);
    ObjectReference regarding =
        new ObjectReferenceBuilder()
            .withApiVersion(announcement.getApiVersion())
            .withKind(announcement.getKind())
            .withNamespace(namespace)
            .withName(announcement.getMetadata().getName())
            .withUid(announcement.getMetadata().getUid())
            .build();
    client.v1().events().inNamespace(namespace).resource(
            new EventBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withInvolvedObject(regarding)
                .withReason("Announced")
                .withMessage(announcement.getSpec().message)
                .withType("Normal")
                .build())
        .create();
    client.events().v1().events().inNamespace(namespace).resource(
            new io.fabric8.kubernetes.api.model.events.v1.EventBuilder()
                .withNewMetadata().withName(name + ".v1").withNamespace(namespace).endMetadata()
                .withRegarding(regarding)
                .withReason("Announced")
                .withAction("Announce")
                .withNote(announcement.getSpec().message)
                .withType("Normal")
                .withReportingController("announce.example.com/operator")
                .withReportingInstance("operator-0")
                .withEventTime(new MicroTime(MICROSECONDS.format(Instant.now())))
                .build())
        .create();
    return UpdateControl.noUpdate();
  }
}

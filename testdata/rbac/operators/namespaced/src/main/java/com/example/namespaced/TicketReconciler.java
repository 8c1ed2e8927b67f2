package com.example.namespaced;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Constants;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.util.Map;

/**
 * Watches its own namespace only ({@code WATCH_CURRENT_NAMESPACE}): reads the queue's counter
 * ConfigMap, creates it on first use or updates it, and writes a ConfigMap for the ticket. Its role
 * is a Role in the namespace it runs in.
 */
@ControllerConfiguration(informer = @Informer(namespaces = Constants.WATCH_CURRENT_NAMESPACE))
public class TicketReconciler implements Reconciler<Ticket> {

  @Override
  public UpdateControl<Ticket> reconcile(Ticket ticket, Context<Ticket> context) {
    KubernetesClient client = context.getClient();
    String namespace = ticket.getMetadata().getNamespace();
    String counterName = ticket.getSpec().queue + "-counter";
    ConfigMap counter = client.configMaps().inNamespace(namespace).withName(counterName).get();
    int number;
    if (counter == null) {
      number = 1;
      client.configMaps().inNamespace(namespace).resource(numbered(counterName, number)).create();
    } else {
      number = Integer.parseInt(counter.getData().get("number")) + 1;
      counter.getData().put("number", Integer.toString(number));
      client.configMaps().inNamespace(namespace).resource(counter).update();
    }
    client
        .configMaps()
        .inNamespace(namespace)
        .resource(numbered(ticket.getMetadata().getName() + "-ticket", number))
        .create();
    return UpdateControl.noUpdate();
  }

  private static ConfigMap numbered(String name, int number) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withData(Map.of("number", Integer.toString(number)))
        .build();
  }
}

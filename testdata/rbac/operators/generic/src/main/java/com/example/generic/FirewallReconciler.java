package com.example.generic;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.util.List;
import java.util.Map;

/**
 * Creates the NetworkPolicy when it is missing. It goes through the generic client by apiVersion
 * and kind, as operators do for kinds they have no class for.
 */
@ControllerConfiguration
public class FirewallReconciler implements Reconciler<Firewall> {
  static final String NETWORKING = "networking.k8s.io/v1";

  @Override
  public UpdateControl<Firewall> reconcile(Firewall firewall, Context<Firewall> context) {
    String namespace = firewall.getMetadata().getNamespace();
    String name = firewall.getMetadata().getName() + "-deny-ingress";
    NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>>
        policies = context.getClient().genericKubernetesResources(NETWORKING, "NetworkPolicy").inNamespace(namespace);
    if (policies.withName(name).get() == null) {
      policies
          .resource(
              new GenericKubernetesResourceBuilder()
                  .withApiVersion(NETWORKING)
                  .withKind("NetworkPolicy")
                  .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                  .addToAdditionalProperties("spec", Map.of("podSelector", Map.of(), "policyTypes", List.of("Ingress")))
                  .build())
          .create();
    }
    return UpdateControl.noUpdate();
  }
}

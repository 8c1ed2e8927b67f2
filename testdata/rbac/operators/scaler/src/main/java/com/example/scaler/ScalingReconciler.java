package com.example.scaler;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.RollableScalableResource;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

/** Scales the Deployment through its scale subresource with the client. */
@ControllerConfiguration
public class ScalingReconciler implements Reconciler<Scaling> {

  @Override
  public UpdateControl<Scaling> reconcile(Scaling scaling, Context<Scaling> context) {
    scale(context.getClient(), scaling);
    return UpdateControl.noUpdate();
  }

  private void scale(KubernetesClient client, Scaling scaling) {
    RollableScalableResource<Deployment> deployment =
        client
            .apps()
            .deployments()
            .inNamespace(scaling.getMetadata().getNamespace())
            .withName(scaling.getSpec().deployment);
    deployment.scale(scaling.getSpec().replicas);
  }
}

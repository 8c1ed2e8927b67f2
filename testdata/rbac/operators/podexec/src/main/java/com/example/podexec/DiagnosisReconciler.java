package com.example.podexec;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.util.List;

/** Lists the app's pods with the client and runs the diagnosis command in each through {@link PodShell}. */
@ControllerConfiguration
public class DiagnosisReconciler implements Reconciler<Diagnosis> {

  @Override
  public UpdateControl<Diagnosis> reconcile(Diagnosis diagnosis, Context<Diagnosis> context) {
    KubernetesClient client = context.getClient();
    String namespace = diagnosis.getMetadata().getNamespace();
    List<Pod> pods =
        client.pods().inNamespace(namespace).withLabel("app", diagnosis.getSpec().app).list().getItems();
    PodShell shell = new PodShell(client);
    Diagnosis.Status status = new Diagnosis.Status();
    for (Pod pod : pods) {
      status.results.add(
          pod.getMetadata().getName() + ": " + shell.run(namespace, pod.getMetadata().getName(), diagnosis.getSpec().command));
    }
    diagnosis.setStatus(status);
    return UpdateControl.patchStatus(diagnosis);
  }
}

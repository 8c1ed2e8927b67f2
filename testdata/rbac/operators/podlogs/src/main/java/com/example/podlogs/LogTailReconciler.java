package com.example.podlogs;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

/** Reads the pod's log with the client and keeps its tail. */
@ControllerConfiguration
public class LogTailReconciler implements Reconciler<LogTail> {

  @Override
  public UpdateControl<LogTail> reconcile(LogTail tail, Context<LogTail> context) {
    LogTail.Status status = new LogTail.Status();
    try {
      status.tail =
          context
              .getClient()
              .pods()
              .inNamespace(tail.getMetadata().getNamespace())
              .withName(tail.getSpec().pod)
              .tailingLines(tail.getSpec().lines)
              .getLog();
    } catch (KubernetesClientException e) {
      status.error = "failed (" + e.getCode() + "): " + e.getMessage();
    }
    tail.setStatus(status);
    return UpdateControl.patchStatus(tail);
  }
}

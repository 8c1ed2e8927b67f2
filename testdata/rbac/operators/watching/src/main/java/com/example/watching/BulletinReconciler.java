package com.example.watching;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

/**
 * Watches two named namespaces only ({@code @Informer(namespaces = ...)}, the teams it serves, not
 * the one it runs in): pins each bulletin's message to the notice board of the bulletin's
 * namespace, a ConfigMap it creates on first use and updates afterwards. Its role is a Role in
 * each of the two namespaces, bound to its service account in its own namespace.
 */
@ControllerConfiguration(
    informer = @Informer(namespaces = {BulletinReconciler.WEST, BulletinReconciler.EAST}))
public class BulletinReconciler implements Reconciler<Bulletin> {
  public static final String EAST = "bulletins-east";
  public static final String WEST = "bulletins-west";
  static final String BOARD = "notice-board";

  @Override
  public UpdateControl<Bulletin> reconcile(Bulletin bulletin, Context<Bulletin> context) {
    KubernetesClient client = context.getClient();
    String namespace = bulletin.getMetadata().getNamespace();
    String key = bulletin.getMetadata().getName();
    ConfigMap board = client.configMaps().inNamespace(namespace).withName(BOARD).get();
    if (board == null) {
      client
          .configMaps()
          .inNamespace(namespace)
          .resource(
              new ConfigMapBuilder()
                  .withNewMetadata()
                  .withName(BOARD)
                  .endMetadata()
                  .addToData(key, bulletin.getSpec().message)
                  .build())
          .create();
    } else {
      board.getData().put(key, bulletin.getSpec().message);
      client.configMaps().inNamespace(namespace).resource(board).update();
    }
    return UpdateControl.noUpdate();
  }
}

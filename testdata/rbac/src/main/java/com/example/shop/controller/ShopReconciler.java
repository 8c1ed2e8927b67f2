package com.example.shop.controller;

import com.example.shop.api.v1.Shop;
import com.example.shop.api.v1.ShopStatus;
import dev.opboot.annotations.RbacRule;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.List;

/**
 * Reconciles a Shop: its Deployment and settings through the workflow, its credentials Secret
 * through an informer. What the code does not show is declared with {@code @RbacRule}: the Services
 * it looks up with the client, the feature-flag ConfigMap it updates by name, and Prometheus'
 * scrape of /metrics.
 */
@ControllerConfiguration
@Workflow(dependents = {
    @Dependent(type = DeploymentDependent.class),
    @Dependent(type = SettingsDependent.class)})
@RbacRule(groups = "", resources = "services", verbs = {"get", "list", "watch"})
@RbacRule(groups = "core", resources = "configmaps", resourceNames = "shop-feature-flags", verbs = {"get", "update"})
@RbacRule(urls = "/metrics", verbs = "get")
public class ShopReconciler implements Reconciler<Shop> {

  @Override
  public List<EventSource<?, Shop>> prepareEventSources(EventSourceContext<Shop> context) {
    return List.of(new InformerEventSource<>(
        InformerEventSourceConfiguration.from(Secret.class, Shop.class).build(), context));
  }

  @Override
  public UpdateControl<Shop> reconcile(Shop shop, Context<Shop> context) {
    ShopStatus status = new ShopStatus();
    status.readyReplicas = context.getSecondaryResource(Deployment.class)
        .map(d -> d.getStatus() == null || d.getStatus().getReadyReplicas() == null ? 0 : d.getStatus().getReadyReplicas())
        .orElse(0);
    shop.setStatus(status);
    return UpdateControl.patchStatus(shop);
  }
}

package com.example.shop.controller;

import com.example.shop.api.v1.Shop;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;

/** The shop's front ends: a Deployment the operator creates, updates and (through its owner) deletes. */
public class DeploymentDependent extends CRUDKubernetesDependentResource<Deployment, Shop> {
  @Override
  protected Deployment desired(Shop shop, Context<Shop> context) {
    String name = shop.getMetadata().getName();
    return new DeploymentBuilder()
        .withNewMetadata().withName(name).withNamespace(shop.getMetadata().getNamespace()).endMetadata()
        .withNewSpec()
            .withReplicas(shop.getSpec().replicas)
            .withNewSelector().addToMatchLabels("app", name).endSelector()
            .withNewTemplate()
                .withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName("shop").withImage(shop.getSpec().image).endContainer()
                .endSpec()
            .endTemplate()
        .endSpec()
        .build();
  }
}

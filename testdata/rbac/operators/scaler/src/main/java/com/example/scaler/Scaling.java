package com.example.scaler;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Scaling holds a Deployment of its namespace at a number of replicas. */
@Group("scaling.example.com")
@Version("v1")
public class Scaling extends CustomResource<Scaling.Spec, Void> implements Namespaced {
  public static class Spec {
    public String deployment;
    public int replicas;
  }
}

package com.example.watching;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Bulletin pins a message to its namespace's notice board, a ConfigMap. */
@Group("bulletins.example.com")
@Version("v1")
public class Bulletin extends CustomResource<Bulletin.Spec, Void> implements Namespaced {
  public static class Spec {
    public String message;
  }
}

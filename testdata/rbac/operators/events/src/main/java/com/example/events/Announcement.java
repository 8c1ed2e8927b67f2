package com.example.events;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Announcement is a message the operator posts as Kubernetes events about the announcement. */
@Group("announce.example.com")
@Version("v1")
public class Announcement extends CustomResource<Announcement.Spec, Void> implements Namespaced {
  public static class Spec {
    public String message;
  }
}

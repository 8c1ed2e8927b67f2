package com.example.namespaced;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Ticket asks for a numbered ConfigMap in its namespace, counted in a shared counter ConfigMap. */
@Group("tickets.example.com")
@Version("v1")
public class Ticket extends CustomResource<Ticket.Spec, Void> implements Namespaced {
  public static class Spec {
    public String queue;
  }
}

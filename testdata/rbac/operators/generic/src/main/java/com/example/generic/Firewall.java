package com.example.generic;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Firewall closes its namespace to ingress with a NetworkPolicy named after it. */
@Group("net.example.com")
@Version("v1")
public class Firewall extends CustomResource<Void, Void> implements Namespaced {
}

package com.example.lombok;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** A resource whose spec is written with Lombok's {@code @Accessors}. */
@Group("lombok.example.com")
@Version("v1")
public class Gadget extends CustomResource<GadgetSpec, Void> implements Namespaced {}

package com.example.jackson;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** A resource whose classes use Jackson's ways of naming and shaping properties (#14). */
@Group("jackson.opboot.dev")
@Version("v1")
public class Widget extends CustomResource<WidgetSpec, WidgetStatus> implements Namespaced {}

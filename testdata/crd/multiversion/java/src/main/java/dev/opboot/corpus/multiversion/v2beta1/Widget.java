package dev.opboot.corpus.multiversion.v2beta1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** Widget is a thing made of parts. */
@Group("multi.opboot.dev")
@Version(value = "v2beta1", storage = false, served = true)
@ShortNames("wd")
@AdditionalPrinterColumn(name = "Color", type = AdditionalPrinterColumn.Type.STRING, jsonPath = ".spec.color")
@AdditionalPrinterColumn(
    name = "Replicas",
    type = AdditionalPrinterColumn.Type.INTEGER,
    jsonPath = ".spec.replicas",
    priority = 1)
public class Widget extends CustomResource<WidgetSpec, WidgetStatus> {
}

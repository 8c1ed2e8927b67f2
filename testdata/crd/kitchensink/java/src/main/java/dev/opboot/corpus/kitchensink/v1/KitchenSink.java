package dev.opboot.corpus.kitchensink.v1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalSelectableField;
import io.fabric8.crd.generator.annotation.Annotations;
import io.fabric8.crd.generator.annotation.Labels;
import io.fabric8.crd.generator.annotation.PrinterColumnFormat;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/** KitchenSink uses every schema feature that op-boot maps. */
@Group("kitchensink.opboot.dev")
@Version("v1")
@Kind("KitchenSink")
@Plural("sinks")
@Singular("kitchensink")
@ShortNames({"ks", "sink"})
@Categories({"opboot", "all"})
@AdditionalPrinterColumn(
    name = "Replicas",
    type = AdditionalPrinterColumn.Type.INTEGER,
    format = PrinterColumnFormat.INT32,
    jsonPath = ".spec.replicas",
    getDescription = "Desired number of pods")
@AdditionalPrinterColumn(
    name = "Age",
    type = AdditionalPrinterColumn.Type.DATE,
    jsonPath = ".metadata.creationTimestamp")
@AdditionalSelectableField(jsonPath = ".status.phase")
@Annotations("opboot.dev/corpus=kitchensink")
@Labels("app.kubernetes.io/part-of=op-boot")
@ValidationRule(value = "self.metadata.name.size() <= 63", message = "name must be at most 63 characters")
public class KitchenSink extends CustomResource<KitchenSinkSpec, KitchenSinkStatus> implements Namespaced {
}

package dev.opboot.generate.crd;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.model.Crd;
import dev.opboot.generate.model.CrdVersion;
import dev.opboot.generate.schema.PrinterColumn;
import dev.opboot.generate.schema.WebhookConversion;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CRD as the apiextensions.k8s.io/v1 document the API server takes, laid out as controller-gen
 * lays it out (keys sorted, empty parts left out) so the two are easy to compare.
 */
public final class CrdDocument {
  /** The annotation that records which op-boot wrote a CRD, as controller-gen records its own. */
  public static final String VERSION_ANNOTATION = "op-boot.dev/version";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CrdDocument() {}

  public static ObjectNode of(Crd crd, String opBootVersion) {
    ObjectNode root = NODES.objectNode();
    root.put("apiVersion", "apiextensions.k8s.io/v1");
    root.put("kind", "CustomResourceDefinition");
    ObjectNode metadata = root.putObject("metadata");
    Map<String, String> annotations = new TreeMap<>(crd.annotations());
    annotations.put(VERSION_ANNOTATION, opBootVersion);
    ObjectNode annotationNode = metadata.putObject("annotations");
    annotations.forEach(annotationNode::put);
    if (!crd.labels().isEmpty()) {
      ObjectNode labels = metadata.putObject("labels");
      crd.labels().forEach(labels::put);
    }
    metadata.put("name", crd.name());

    ObjectNode spec = root.putObject("spec");
    if (crd.conversion() != null) {
      spec.set("conversion", conversion(crd.conversion()));
    }
    spec.put("group", crd.group());
    ObjectNode names = spec.putObject("names");
    if (!crd.categories().isEmpty()) {
      crd.categories().forEach(names.putArray("categories")::add);
    }
    names.put("kind", crd.kind());
    names.put("listKind", crd.kind() + "List");
    names.put("plural", crd.plural());
    if (!crd.shortNames().isEmpty()) {
      crd.shortNames().forEach(names.putArray("shortNames")::add);
    }
    names.put("singular", crd.singular());
    spec.put("scope", crd.namespaced() ? "Namespaced" : "Cluster");
    ArrayNode versions = spec.putArray("versions");
    for (CrdVersion version : crd.versions()) {
      versions.add(version(version));
    }
    return root;
  }

  /** As kubebuilder's {@code webhook_in_<kind>.yaml} patch writes it; a port only when not 443. */
  private static ObjectNode conversion(WebhookConversion conversion) {
    ObjectNode node = NODES.objectNode();
    node.put("strategy", "Webhook");
    ObjectNode webhook = node.putObject("webhook");
    ObjectNode service = webhook.putObject("clientConfig").putObject("service");
    service.put("name", conversion.serviceName());
    service.put("namespace", conversion.serviceNamespace());
    service.put("path", conversion.path());
    if (conversion.port() != 443) {
      service.put("port", conversion.port());
    }
    conversion.reviewVersions().forEach(webhook.putArray("conversionReviewVersions")::add);
    return node;
  }

  private static ObjectNode version(CrdVersion version) {
    ObjectNode node = NODES.objectNode();
    if (!version.printerColumns().isEmpty()) {
      ArrayNode columns = node.putArray("additionalPrinterColumns");
      for (PrinterColumn column : version.printerColumns()) {
        ObjectNode c = columns.addObject();
        if (column.description() != null) {
          c.put("description", column.description());
        }
        if (column.format() != null) {
          c.put("format", column.format());
        }
        c.put("jsonPath", column.jsonPath());
        c.put("name", column.name());
        if (column.priority() != 0) {
          c.put("priority", column.priority());
        }
        c.put("type", column.type());
      }
    }
    if (version.deprecated()) {
      node.put("deprecated", true);
      if (version.deprecationWarning() != null) {
        node.put("deprecationWarning", version.deprecationWarning());
      }
    }
    node.put("name", version.name());
    node.putObject("schema").set("openAPIV3Schema", SchemaJson.toJson(version.schema()));
    if (!version.selectableFields().isEmpty()) {
      ArrayNode fields = node.putArray("selectableFields");
      version.selectableFields().forEach(path -> fields.addObject().put("jsonPath", path));
    }
    node.put("served", version.served());
    node.put("storage", version.storage());
    if (version.statusSubresource() || version.scale() != null) {
      ObjectNode subresources = node.putObject("subresources");
      if (version.scale() != null) {
        ObjectNode scale = subresources.putObject("scale");
        if (version.scale().labelSelectorPath() != null) {
          scale.put("labelSelectorPath", version.scale().labelSelectorPath());
        }
        scale.put("specReplicasPath", version.scale().specReplicasPath());
        scale.put("statusReplicasPath", version.scale().statusReplicasPath());
      }
      if (version.statusSubresource()) {
        subresources.putObject("status");
      }
    }
    return node;
  }
}

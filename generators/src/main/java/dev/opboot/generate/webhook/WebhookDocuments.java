package dev.opboot.generate.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The documents {@code generate webhook} writes, as controller-gen writes its webhook manifests:
 * keys sorted, empty values left out, the Service {@code webhook-service} in the namespace {@code
 * system} (kustomize's {@code namePrefix} and {@code namespace} rename both, as in kubebuilder's
 * {@code config/default}).
 */
final class WebhookDocuments {
  /** The Service the API server calls, as kubebuilder's config/webhook names it. */
  static final String SERVICE_NAME = "webhook-service";

  /** The namespace kustomize replaces with the operator's. */
  static final String SERVICE_NAMESPACE = "system";

  /** The port the Service listens on: HTTPS, which the API server calls. */
  static final int SERVICE_PORT = 443;

  /** The port the operator's webhook server listens on, as controller-runtime's default. */
  static final int WEBHOOK_SERVER_PORT = 9443;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private WebhookDocuments() {}

  /** A {@code Mutating} or {@code ValidatingWebhookConfiguration} holding {@code webhooks}. */
  static ObjectNode configuration(boolean mutating, List<AdmissionWebhook> webhooks) {
    ObjectNode root = NODES.objectNode();
    root.put("apiVersion", "admissionregistration.k8s.io/v1");
    root.put("kind", mutating ? "MutatingWebhookConfiguration" : "ValidatingWebhookConfiguration");
    root.putObject("metadata")
        .put(
            "name",
            mutating ? "mutating-webhook-configuration" : "validating-webhook-configuration");
    ArrayNode items = root.putArray("webhooks");
    for (AdmissionWebhook webhook : webhooks) {
      items.add(webhook(webhook));
    }
    return root;
  }

  private static ObjectNode webhook(AdmissionWebhook webhook) {
    ObjectNode node = NODES.objectNode();
    list(node, "admissionReviewVersions", webhook.admissionReviewVersions());
    node.putObject("clientConfig")
        .putObject("service")
        .put("name", SERVICE_NAME)
        .put("namespace", SERVICE_NAMESPACE)
        .put("path", webhook.path());
    node.put("failurePolicy", webhook.failurePolicy());
    if (webhook.matchPolicy() != null) {
      node.put("matchPolicy", webhook.matchPolicy());
    }
    node.put("name", webhook.name());
    selector(node, "namespaceSelector", webhook.namespaceSelector());
    selector(node, "objectSelector", webhook.objectSelector());
    if (webhook.reinvocationPolicy() != null) {
      node.put("reinvocationPolicy", webhook.reinvocationPolicy());
    }
    ObjectNode rule = node.putArray("rules").addObject();
    list(rule, "apiGroups", webhook.groups());
    list(rule, "apiVersions", webhook.versions());
    list(rule, "operations", webhook.operations());
    list(rule, "resources", webhook.resources());
    node.put("sideEffects", webhook.sideEffects());
    if (webhook.timeoutSeconds() != null) {
      node.put("timeoutSeconds", webhook.timeoutSeconds());
    }
    return node;
  }

  private static void selector(ObjectNode node, String key, LabelSelector selector) {
    if (selector == null) {
      return;
    }
    ObjectNode selectorNode = node.putObject(key);
    if (!selector.matchExpressions().isEmpty()) {
      ArrayNode expressions = selectorNode.putArray("matchExpressions");
      for (LabelSelector.Requirement requirement : selector.matchExpressions()) {
        ObjectNode expression = expressions.addObject();
        expression.put("key", requirement.key());
        expression.put("operator", requirement.operator());
        list(expression, "values", requirement.values());
      }
    }
    if (!selector.matchLabels().isEmpty()) {
      ObjectNode labels = selectorNode.putObject("matchLabels");
      selector.matchLabels().forEach(labels::put);
    }
  }

  /**
   * The Service in front of the operator's webhook server: port 443 to the pods' 9443, selecting
   * the manager's pods, labelled as the manager but for {@code control-plane}.
   */
  static ObjectNode service(ManagerPods pods) {
    Map<String, String> labels = pods.labels();
    Map<String, String> selector = pods.selector();
    ObjectNode root = NODES.objectNode();
    root.put("apiVersion", "v1");
    root.put("kind", "Service");
    ObjectNode metadata = root.putObject("metadata");
    if (!labels.isEmpty()) {
      ObjectNode labelNode = metadata.putObject("labels");
      labels.forEach(labelNode::put);
    }
    metadata.put("name", SERVICE_NAME);
    metadata.put("namespace", SERVICE_NAMESPACE);
    ObjectNode spec = root.putObject("spec");
    spec.putArray("ports")
        .addObject()
        .put("port", SERVICE_PORT)
        .put("protocol", "TCP")
        .put("targetPort", WEBHOOK_SERVER_PORT);
    ObjectNode selectorNode = spec.putObject("selector");
    selector.forEach(selectorNode::put);
    return root;
  }

  private static void list(ObjectNode node, String key, List<String> values) {
    if (!values.isEmpty()) {
      values.forEach(node.putArray(key)::add);
    }
  }
}

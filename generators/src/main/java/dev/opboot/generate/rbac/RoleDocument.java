package dev.opboot.generate.rbac;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A role as the {@code rbac.authorization.k8s.io/v1} document controller-gen writes: keys sorted,
 * empty lists left out, no labels (kustomize adds them).
 */
final class RoleDocument {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RoleDocument() {}

  static ObjectNode of(Role role) {
    ObjectNode root = NODES.objectNode();
    root.put("apiVersion", "rbac.authorization.k8s.io/v1");
    root.put("kind", role.kind());
    ObjectNode metadata = root.putObject("metadata");
    metadata.put("name", role.name());
    if (role.namespace() != null) {
      metadata.put("namespace", role.namespace());
    }
    ArrayNode rules = root.putArray("rules");
    for (PolicyRule rule : role.rules()) {
      ObjectNode node = rules.addObject();
      list(node, "apiGroups", rule.groups());
      list(node, "nonResourceURLs", rule.urls());
      list(node, "resourceNames", rule.resourceNames());
      list(node, "resources", rule.resources());
      list(node, "verbs", rule.verbs());
    }
    return root;
  }

  private static void list(ObjectNode node, String key, List<String> values) {
    if (!values.isEmpty()) {
      values.forEach(node.putArray(key)::add);
    }
  }
}

package dev.opboot.generate.rbac;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A role as the {@code rbac.authorization.k8s.io/v1} document controller-gen writes: keys sorted,
 * empty lists left out, no labels (kustomize adds them), except on a Role in a namespace the
 * operator watches, which carries {@link NamespaceRoleFiles#LABEL} as its RoleBinding does: the
 * label the kustomize Component there selects them by.
 */
final class RoleDocument {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RoleDocument() {}

  static ObjectNode of(Role role) {
    ObjectNode root = NODES.objectNode();
    root.put("apiVersion", "rbac.authorization.k8s.io/v1");
    root.put("kind", role.kind());
    metadata(root, role);
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

  /**
   * The RoleBinding of a Role in a watched namespace: named as the Role, in its namespace, its
   * subject the operator's service account as config/rbac declares it.
   */
  static ObjectNode binding(Role role, OperatorAccount account) {
    ObjectNode root = NODES.objectNode();
    root.put("apiVersion", "rbac.authorization.k8s.io/v1");
    root.put("kind", "RoleBinding");
    metadata(root, role);
    ObjectNode roleRef = root.putObject("roleRef");
    roleRef.put("apiGroup", "rbac.authorization.k8s.io");
    roleRef.put("kind", role.kind());
    roleRef.put("name", role.name());
    ObjectNode subject = root.putArray("subjects").addObject();
    subject.put("kind", "ServiceAccount");
    subject.put("name", account.name());
    subject.put("namespace", account.namespace());
    return root;
  }

  private static void metadata(ObjectNode root, Role role) {
    ObjectNode metadata = root.putObject("metadata");
    if (role.namespace() != null) {
      metadata.putObject("labels").put(NamespaceRoleFiles.LABEL, "true");
    }
    metadata.put("name", role.name());
    if (role.namespace() != null) {
      metadata.put("namespace", role.namespace());
    }
  }

  private static void list(ObjectNode node, String key, List<String> values) {
    if (!values.isEmpty()) {
      values.forEach(node.putArray(key)::add);
    }
  }
}

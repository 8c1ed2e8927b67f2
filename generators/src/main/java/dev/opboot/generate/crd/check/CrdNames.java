package dev.opboot.generate.crd.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.names.KubernetesNames;
import java.util.Locale;
import java.util.Optional;

/** The CRD's name, group, names and scope, as apiextensions validates them. */
final class CrdNames {
  private CrdNames() {}

  static void check(JsonNode crd, Findings findings) {
    JsonNode spec = crd.path("spec");
    String group = spec.path("group").asText("");
    JsonNode names = spec.path("names");
    String plural = names.path("plural").asText("");
    String expected = plural + "." + group;
    String name = crd.path("metadata").path("name").asText("");
    if (!name.equals(expected)) {
      findings.add(
          Check.NAME_MATCHES,
          Where.crd("metadata.name"),
          "the CRD is named '" + name + "' but must be '" + expected + "' (<plural>.<group>).");
    }
    Optional<String> groupProblem = KubernetesNames.checkDns1123Subdomain(group);
    if (groupProblem.isPresent()) {
      findings.add(
          Check.GROUP_DNS,
          Where.crd("spec.group"),
          "the group '"
              + group
              + "' is not a DNS subdomain: "
              + groupProblem.get()
              + ". Use a lower-case domain such as example.com.");
    } else if (!group.contains(".")) {
      findings.add(
          Check.GROUP_DOT,
          Where.crd("spec.group"),
          "the group '"
              + group
              + "' has no dot; the API server wants a domain such as "
              + group
              + ".example.com.");
    }
    // singular and listKind are defaulted by the server (kind in lower case, kind + "List")
    for (String field : new String[] {"plural", "kind"}) {
      if (names.path(field).asText("").isEmpty()) {
        findings.add(
            Check.NAMES_REQUIRED,
            Where.crd("spec.names." + field),
            "spec.names." + field + " is missing; set it.");
      }
    }
    label(plural, "spec.names.plural", "@Plural", findings);
    String kind = names.path("kind").asText("");
    String singular = names.path("singular").asText(kind.toLowerCase(Locale.ROOT));
    label(singular, "spec.names.singular", "@Singular", findings);
    int i = 0;
    for (JsonNode shortName : names.path("shortNames")) {
      label(shortName.asText(), "spec.names.shortNames[" + i++ + "]", "@ShortNames", findings);
    }
    i = 0;
    for (JsonNode category : names.path("categories")) {
      label(category.asText(), "spec.names.categories[" + i++ + "]", "@Categories", findings);
    }
    String listKind = names.path("listKind").asText(kind.isEmpty() ? "" : kind + "List");
    kind(kind, "spec.names.kind", findings);
    kind(listKind, "spec.names.listKind", findings);
    if (!kind.isEmpty() && kind.equals(listKind)) {
      findings.add(
          Check.KIND_NOT_LIST_KIND,
          Where.crd("spec.names.listKind"),
          "kind and listKind are both '" + kind + "'; rename the kind (@Kind).");
    }
    String scope = spec.path("scope").asText("");
    if (!scope.equals("Namespaced") && !scope.equals("Cluster")) {
      findings.add(
          Check.SCOPE,
          Where.crd("spec.scope"),
          "the scope '" + scope + "' is neither Namespaced nor Cluster; use one of them.");
    }
  }

  private static void label(String value, String path, String annotation, Findings findings) {
    if (value.isEmpty()) {
      return; // reported as missing, where it is required
    }
    KubernetesNames.checkDns1035Label(value)
        .ifPresent(
            problem ->
                findings.add(
                    Check.NAME_DNS_LABEL,
                    Where.crd(path),
                    "'"
                        + value
                        + "' is not a DNS-1035 label: "
                        + problem
                        + ". Fix "
                        + annotation
                        + "."));
  }

  private static void kind(String value, String path, Findings findings) {
    if (value.isEmpty()) {
      return;
    }
    KubernetesNames.checkDns1035Label(value.toLowerCase(Locale.ROOT))
        .ifPresent(
            problem ->
                findings.add(
                    Check.KIND_SYNTAX,
                    Where.crd(path),
                    "'"
                        + value
                        + "' is not a valid kind: lower-cased, "
                        + problem
                        + ". Rename the class or fix @Kind."));
  }
}

package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which Kubernetes type a schema in a CRD is, when it is one: a CRD inlines {@code PodTemplateSpec}
 * and its like, and the API reference ({@code generate docs}) links such a field to Kubernetes' own
 * reference rather than expanding it. A CRD does not name the types it inlines, so a schema is
 * recognised by its properties: the same names as one catalogue type's, and each description the
 * CRD keeps equal to that type's (or a cut of it, as {@code --max-desc-len} cuts). Without
 * descriptions only a type whose property names no other type shares, with three or more, is
 * recognised; anything else is documented as the project's own.
 */
public final class KubernetesTypeRecognizer {
  private final Map<String, List<String>> byPropertyNames = new HashMap<>();
  private final KubernetesTypes catalog;

  private KubernetesTypeRecognizer(KubernetesTypes catalog) {
    this.catalog = catalog;
    for (String name : catalog.names()) {
      JsonNode properties = catalog.entry(name).path("properties");
      if (properties.size() >= 2) {
        byPropertyNames.computeIfAbsent(key(properties), k -> new ArrayList<>()).add(name);
      }
    }
  }

  /**
   * The recogniser for Kubernetes {@code version}'s catalogue (one of {@link
   * KubernetesVersions#SHIPPED}).
   */
  public static KubernetesTypeRecognizer of(String version) {
    return new KubernetesTypeRecognizer(KubernetesTypes.of(version));
  }

  /**
   * The fabric8 class name ({@code io.fabric8.kubernetes.api.model.PodTemplateSpec}) of the
   * Kubernetes type {@code schema} is, or empty.
   */
  public Optional<String> recognise(JsonNode schema) {
    JsonNode properties = schema.path("properties");
    if (properties.size() < 2) {
      return Optional.empty();
    }
    List<String> candidates = byPropertyNames.getOrDefault(key(properties), List.of());
    boolean described = false;
    for (Iterator<JsonNode> it = properties.elements(); it.hasNext(); ) {
      described |= it.next().has("description");
    }
    if (!described) {
      return candidates.size() == 1 && properties.size() >= 3
          ? Optional.of(candidates.get(0))
          : Optional.empty();
    }
    List<String> matching = new ArrayList<>();
    for (String candidate : candidates) {
      if (descriptionsMatch(properties, catalog.entry(candidate).path("properties"))) {
        matching.add(candidate);
      }
    }
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  private static boolean descriptionsMatch(JsonNode properties, JsonNode catalogued) {
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      String seen = property.getValue().path("description").asText(null);
      if (seen == null) {
        continue;
      }
      String known = catalogued.path(property.getKey()).path("description").asText("");
      if (!known.startsWith(seen.strip())) {
        return false;
      }
    }
    return true;
  }

  private static String key(JsonNode properties) {
    TreeSet<String> names = new TreeSet<>();
    properties.fieldNames().forEachRemaining(names::add);
    return String.join(",", names);
  }
}

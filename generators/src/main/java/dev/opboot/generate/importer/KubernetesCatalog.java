package dev.opboot.generate.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.schema.KubernetesVersions;
import dev.opboot.generate.schema.TypeSchemas;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds the fabric8 class whose schema generate crd takes from the Kubernetes catalogue, for an
 * object schema equal to it: an imported {@code jobTemplate} is typed {@code JobTemplateSpec}
 * rather than a copy of its thousands of lines, and is written back exactly. Every shipped
 * Kubernetes version's catalogue is searched, newest first, so a CRD made for an older Kubernetes
 * is recognised too.
 */
final class KubernetesCatalog {
  /** A catalogue type and its own description (the one it gives where nothing overrides it). */
  record Match(String className, String description) {}

  /**
   * A place in an imported schema typed with a catalogue class: its JSON path ({@code
   * .spec.template}), the class, and the schema the CRD gives it (description left out).
   */
  record Use(String jsonPath, String className, ObjectNode shape) {}

  private KubernetesCatalog() {}

  /** The catalogue type with the schema {@code shape} (description left out), or null. */
  static Match match(ObjectNode shape) {
    return Index.BY_SHAPE.get(Canonical.of(shape));
  }

  /**
   * The shipped Kubernetes versions whose catalogue gives {@code className} exactly the schema
   * {@code shape} (description left out), oldest first: the versions that write it back as the CRD
   * has it.
   */
  static SortedSet<String> versionsOf(String className, ObjectNode shape) {
    SortedSet<String> versions = new TreeSet<>(KubernetesVersions::compare);
    String canonical = Canonical.of(shape);
    for (String version : KubernetesVersions.SHIPPED) {
      ObjectNode json = schemaOf(className, version);
      if (json != null
          && Canonical.of(Canonical.without(json, Set.of("description"))).equals(canonical)) {
        versions.add(version);
      }
    }
    return versions;
  }

  /** The catalogue schema of {@code className} in Kubernetes {@code version}, or null. */
  static ObjectNode schemaOf(String className, String version) {
    var schema = TypeSchemas.schemaOf(className, version);
    return schema == null ? null : schema.json();
  }

  /** Built on first use: only imports that have objects with properties need it. */
  private static final class Index {
    static final Map<String, Match> BY_SHAPE = build();

    private static Map<String, Match> build() {
      Map<String, Match> byShape = new HashMap<>();
      List<String> newestFirst = new ArrayList<>(KubernetesVersions.SHIPPED);
      Collections.reverse(newestFirst);
      for (String version : newestFirst) {
        index(version, byShape);
      }
      return byShape;
    }

    private static void index(String version, Map<String, Match> byShape) {
      for (String name : TypeSchemas.kubernetesTypes(version)) {
        ObjectNode json = TypeSchemas.schemaOf(name, version).json();
        if (json.path("properties").size() == 0) {
          continue; // an empty object says too little to stand for a Kubernetes type
        }
        String description =
            json.path("description").isTextual() ? json.get("description").asText() : null;
        byShape.putIfAbsent(
            Canonical.of(Canonical.without(json, Set.of("description"))),
            new Match(name, description));
      }
    }
  }
}

package dev.opboot.generate.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.opboot.core.yaml.Yamls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How the webhook Service finds the operator's pods: the selector and labels of the manager's
 * Deployment in the project's {@code config/manager/manager.yaml}, read rather than assumed, so
 * that the Service keeps selecting the pods when the user changes their labels.
 *
 * @param labels the Deployment's labels but {@code control-plane} (which names the manager, not its
 *     Service), for the Service's own labels, as kubebuilder's {@code config/webhook/service.yaml}
 * @param selector the Deployment's {@code spec.selector.matchLabels}
 */
record ManagerPods(SortedMap<String, String> labels, SortedMap<String, String> selector) {
  /** Where an op-boot (or kubebuilder) project has the manager's Deployment. */
  static final String MANAGER_FILE = "config/manager/manager.yaml";

  /** kubebuilder's selector of the manager's pods, when the project does not say. */
  static final Map<String, String> DEFAULT_SELECTOR = Map.of("control-plane", "controller-manager");

  ManagerPods {
    labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    selector = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(selector));
  }

  /** kubebuilder's selector and no labels, for a project without a readable Deployment. */
  static ManagerPods kubebuilderDefault() {
    return new ManagerPods(new TreeMap<>(), new TreeMap<>(DEFAULT_SELECTOR));
  }

  /**
   * The manager's pods as {@code project}'s {@link #MANAGER_FILE} selects them, or empty when the
   * file, its Deployment or its selector's {@code matchLabels} is missing.
   */
  static Optional<ManagerPods> of(Path project) throws IOException {
    Path file = project.resolve(MANAGER_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (MappingIterator<JsonNode> documents =
        Yamls.reader().readerFor(JsonNode.class).readValues(file.toFile())) {
      while (documents.hasNext()) {
        JsonNode document = documents.next();
        JsonNode matchLabels = document.path("spec").path("selector").path("matchLabels");
        if (document.path("kind").asText().equals("Deployment")
            && matchLabels.isObject()
            && !matchLabels.isEmpty()) {
          SortedMap<String, String> labels = strings(document.path("metadata").path("labels"));
          labels.remove("control-plane");
          return Optional.of(new ManagerPods(labels, strings(matchLabels)));
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static SortedMap<String, String> strings(JsonNode object) {
    SortedMap<String, String> values = new TreeMap<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      values.put(field.getKey(), field.getValue().asText());
    }
    return values;
  }
}

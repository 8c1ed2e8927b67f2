package dev.opboot.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a manifest's objects exist in the cluster, and at which resourceVersion: read before and
 * after a change, it tells what deploy created, changed or left alone, and what undeploy removed.
 */
public final class ClusterObjects {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterObjects() {}

  /** Each object of {@code manifest} that exists now, by {@link #key}, with its resourceVersion. */
  public static Map<String, String> existing(Kubectl kubectl, Path manifest)
      throws CommandFailedException {
    String json =
        kubectl
            .command("get", "-f", manifest.toString(), "--ignore-not-found", "-o", "json")
            .run(null);
    Map<String, String> objects = new LinkedHashMap<>();
    if (json.isBlank()) {
      return objects;
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new CommandFailedException(
          "kubectl get printed something that is not JSON: " + e.getOriginalMessage());
    }
    Iterable<JsonNode> items = root.has("items") ? root.get("items") : List.of(root);
    for (JsonNode item : items) {
      objects.put(key(item), item.at("/metadata/resourceVersion").asText());
    }
    return objects;
  }

  /** The keys of a manifest's objects, in the manifest's order. */
  public static List<String> keys(List<String> documents) throws dev.opboot.core.BadInputException {
    List<String> keys = new java.util.ArrayList<>();
    for (String document : documents) {
      keys.add(key(InstallBundle.Yaml.read(document)));
    }
    return keys;
  }

  /**
   * {@code Kind namespace/name}, or {@code Kind name} for cluster-scoped objects: how they are
   * reported.
   */
  public static String key(JsonNode object) {
    String namespace = object.at("/metadata/namespace").asText("");
    return object.path("kind").asText()
        + " "
        + (namespace.isEmpty() ? "" : namespace + "/")
        + object.at("/metadata/name").asText();
  }
}

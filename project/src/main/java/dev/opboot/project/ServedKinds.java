package dev.opboot.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.BadInputException;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks, before a bundle is applied, that the cluster serves every kind the bundle holds, except
 * those whose CRDs the bundle itself installs. Without it, a cluster lacking cert-manager refuses
 * the webhooks' Certificate with kubectl's "no matches for kind", after kubectl has applied the
 * objects before it: half an operator, and no word on what to install.
 */
public final class ServedKinds {
  /** The API group of cert-manager, which the webhooks' certificate needs. */
  static final String CERT_MANAGER_GROUP = "cert-manager.io";

  private ServedKinds() {}

  /**
   * Fails, naming each missing kind and the objects of it, when {@code kubectl}'s cluster does not
   * serve a kind of {@code documents} that no CRD among them defines. When the cluster cannot list
   * its kinds (an aggregated API down, say), nothing is checked: applying reports what it meets.
   */
  public static void require(Kubectl kubectl, List<String> documents, String where)
      throws CommandFailedException, BadInputException {
    ExternalCommand.Result listed = kubectl.command("api-resources", "--no-headers").runForResult();
    if (listed.exitCode() != 0) {
      return;
    }
    SortedMap<String, SortedSet<String>> missing = missing(documents, served(listed.output()));
    if (missing.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder("the cluster (" + where + ") does not serve what the bundle needs:");
    missing.forEach(
        (kind, objects) ->
            message
                .append("\n  ")
                .append(kind.replaceFirst(" ", " ("))
                .append("): ")
                .append(String.join(", ", objects)));
    if (missing.keySet().stream().anyMatch(k -> k.contains(" " + CERT_MANAGER_GROUP + "/"))) {
      message.append(
          "\nThe webhooks' certificate needs cert-manager: install it into the cluster"
              + " (https://cert-manager.io/docs/installation/, for example 'kubectl apply -f"
              + " https://github.com/cert-manager/cert-manager/releases/latest/download/cert-manager.yaml'),"
              + " wait until its webhook is ready, and deploy again. Without cert-manager, remove"
              + " ../certmanager and its replacements from config/default, give the manager's"
              + " Deployment the certificate's Secret yourself, and run 'op-boot build' again.");
    } else {
      message.append(
          "\nInstall what provides these kinds (their CRDs or API service) into the cluster, or"
              + " remove the objects from config/, and deploy again.");
    }
    throw new CommandFailedException(message.toString());
  }

  /**
   * The kinds of {@code documents} (as {@code Kind apiVersion}) missing from {@code served} and
   * defined by no CRD among the documents, each with the objects of that kind.
   */
  static SortedMap<String, SortedSet<String>> missing(List<String> documents, Set<String> served)
      throws BadInputException {
    Set<String> installed = new TreeSet<>();
    for (String document : documents) {
      JsonNode object = InstallBundle.Yaml.read(document);
      if ("CustomResourceDefinition".equals(object.path("kind").asText())) {
        String group = object.at("/spec/group").asText();
        String kind = object.at("/spec/names/kind").asText();
        for (JsonNode version : object.at("/spec/versions")) {
          installed.add(kind + " " + group + "/" + version.path("name").asText());
        }
      }
    }
    SortedMap<String, SortedSet<String>> missing = new TreeMap<>();
    for (String document : documents) {
      JsonNode object = InstallBundle.Yaml.read(document);
      String kind = object.path("kind").asText() + " " + object.path("apiVersion").asText();
      if (!served.contains(kind) && !installed.contains(kind)) {
        String key = ClusterObjects.key(object);
        missing
            .computeIfAbsent(kind, k -> new TreeSet<>())
            .add(key.substring(key.indexOf(' ') + 1));
      }
    }
    return missing;
  }

  /**
   * The kinds in {@code kubectl api-resources --no-headers} output, as {@code Kind apiVersion}. Its
   * columns are NAME, SHORTNAMES (often empty), APIVERSION, NAMESPACED and KIND, so the kind is the
   * last column and the API version the third from last.
   */
  static Set<String> served(String apiResources) {
    Set<String> kinds = new TreeSet<>();
    for (String line : apiResources.split("\n")) {
      String[] columns = line.strip().split("\\s+");
      if (columns.length >= 4) {
        kinds.add(columns[columns.length - 1] + " " + columns[columns.length - 3]);
      }
    }
    return kinds;
  }
}

package dev.opboot.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opboot.core.BadInputException;
import dev.opboot.core.yaml.Yamls;
import dev.opboot.generate.rbac.RbacGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dist/install.yaml}: the one file that installs the operator (CRDs, RBAC, namespace, the
 * manager's Deployment). It is rendered by kustomize from {@code config/default} through a small
 * overlay under {@code target/op-boot}, so the user's kustomization files are never edited to set
 * an image, unlike kubebuilder's {@code kustomize edit set image}.
 */
public final class InstallBundle {
  public static final String PATH = "dist/install.yaml";
  private static final String MANAGER_IMAGE = "controller";
  private static final ObjectMapper JSON = new ObjectMapper();

  private InstallBundle() {}

  /**
   * The kustomize Component {@code generate rbac} writes when the operator works in named
   * namespaces: their Roles and RoleBindings, which config/default cannot hold (its {@code
   * namespace:} would move them into the operator's namespace).
   */
  public static final String WATCHED_NAMESPACES = "config/rbac/namespaces";

  /**
   * Renders config/default with the manager's image set to {@code image}, and the Roles of {@link
   * #WATCHED_NAMESPACES} when there are any, bound to the service account config/default makes.
   */
  public static String render(Kubectl kubectl, Path project, ImageName image)
      throws CommandFailedException, IOException {
    Path overlay = project.resolve("target/op-boot/dist");
    List<String> components = new ArrayList<>();
    if (Files.isRegularFile(project.resolve(WATCHED_NAMESPACES).resolve("kustomization.yaml"))) {
      components.add(relative(overlay, project.resolve(WATCHED_NAMESPACES)));
    }
    writeOverlay(
        overlay,
        List.of(relative(overlay, project.resolve("config/default"))),
        components,
        null,
        MANAGER_IMAGE,
        image);
    return kubectl.command("kustomize", overlay.toString()).run(null);
  }

  private static String relative(Path from, Path to) {
    return from.relativize(to).toString().replace('\\', '/');
  }

  /**
   * {@code bundle} with the manager's image and the namespace replaced, as kustomize would (role
   * bindings' subjects follow the namespace, and so do the webhooks' certificate names, see {@link
   * CertificateNamespaces}); null leaves either as it is. The Roles and RoleBindings in the
   * namespaces the operator watches (labelled by {@code generate rbac}) stay there; their subjects
   * follow the service account into the new namespace.
   */
  public static String override(
      Kubectl kubectl, Path project, String bundle, ImageName image, String namespace)
      throws CommandFailedException, IOException, BadInputException {
    if (image == null && namespace == null) {
      return bundle;
    }
    String moved = kustomizeOverride(kubectl, project, bundle, image, namespace);
    String from = managerNamespace(bundle);
    return namespace == null || from == null
        ? moved
        : CertificateNamespaces.follow(moved, from, namespace);
  }

  private static String kustomizeOverride(
      Kubectl kubectl, Path project, String bundle, ImageName image, String namespace)
      throws CommandFailedException, IOException, BadInputException {
    Path overlay = project.resolve("target/op-boot/deploy");
    Files.createDirectories(overlay);
    String current = image == null ? null : managerImage(bundle);
    String imageName = current == null ? null : imageNameOf(current);
    List<String> operator = new ArrayList<>();
    List<String> watched = new ArrayList<>();
    JsonNode subject = null;
    for (String document : documents(bundle)) {
      JsonNode object = Yaml.read(document);
      boolean inWatched = object.at("/metadata/labels").has(RbacGenerator.WATCHED_NAMESPACE_LABEL);
      (namespace != null && inWatched ? watched : operator).add(document);
      if (inWatched && "RoleBinding".equals(object.path("kind").asText())) {
        subject = object.at("/subjects/0");
      }
    }
    if (watched.isEmpty() || subject == null) {
      Files.writeString(overlay.resolve("install.yaml"), bundle, StandardCharsets.UTF_8);
      writeOverlay(overlay, List.of("install.yaml"), List.of(), namespace, imageName, image);
      return kubectl.command("kustomize", overlay.toString()).run(null);
    }
    Path moved = overlay.resolve("operator");
    Files.createDirectories(moved);
    Files.writeString(moved.resolve("install.yaml"), joined(operator), StandardCharsets.UTF_8);
    writeOverlay(moved, List.of("install.yaml"), List.of(), namespace, imageName, image);
    Files.writeString(overlay.resolve("watched.yaml"), joined(watched), StandardCharsets.UTF_8);
    Files.writeString(
        overlay.resolve("kustomization.yaml"),
        "# Written by op-boot for one command; not meant to be edited or committed.\n"
            + "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
            + "- operator\n- watched.yaml\n"
            + "replacements:\n- source:\n    kind: ServiceAccount\n    name: "
            + quoted(subject.path("name").asText())
            + "\n    namespace: "
            + quoted(subject.path("namespace").asText())
            + "\n    fieldPath: metadata.namespace\n  targets:\n  - select:\n"
            + "      kind: RoleBinding\n      labelSelector: "
            + quoted(RbacGenerator.WATCHED_NAMESPACE_LABEL + "=true")
            + "\n    fieldPaths:\n    - subjects.0.namespace\n",
        StandardCharsets.UTF_8);
    return kubectl.command("kustomize", overlay.toString()).run(null);
  }

  private static String joined(List<String> documents) {
    return "---\n" + String.join("---\n", documents);
  }

  /** The documents of a multi-document YAML file, in order, without empty ones. */
  public static List<String> documents(String yaml) {
    List<String> documents = new ArrayList<>();
    for (String document : yaml.split("(?m)^---[ \\t]*$\\n?")) {
      if (!document.isBlank()
          && !document.lines().allMatch(l -> l.isBlank() || l.startsWith("#"))) {
        documents.add(document.endsWith("\n") ? document : document + "\n");
      }
    }
    return documents;
  }

  /**
   * The image of the manager's container in a rendered bundle, or null if there is no Deployment.
   */
  public static String managerImage(String bundle) throws BadInputException {
    for (String document : documents(bundle)) {
      JsonNode object = Yaml.read(document);
      if ("Deployment".equals(object.path("kind").asText())) {
        for (JsonNode container : object.at("/spec/template/spec/containers")) {
          if ("manager".equals(container.path("name").asText())) {
            return container.path("image").asText();
          }
        }
      }
    }
    return null;
  }

  /** The namespace of the manager's Deployment in a rendered bundle, or null. */
  private static String managerNamespace(String bundle) throws BadInputException {
    for (String document : documents(bundle)) {
      JsonNode object = Yaml.read(document);
      if ("Deployment".equals(object.path("kind").asText())) {
        return object.at("/metadata/namespace").asText(null);
      }
    }
    return null;
  }

  private static String imageNameOf(String reference) throws BadInputException {
    return ImageName.parse(reference, "the manager image in " + PATH).name();
  }

  private static void writeOverlay(
      Path overlay,
      List<String> resources,
      List<String> components,
      String namespace,
      String imageName,
      ImageName image)
      throws IOException {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# Written by op-boot for one command; not meant to be edited or committed.\n");
    yaml.append("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
    resources.forEach(r -> yaml.append("- ").append(quoted(r)).append('\n'));
    if (!components.isEmpty()) {
      yaml.append("components:\n");
      components.forEach(c -> yaml.append("- ").append(quoted(c)).append('\n'));
    }
    if (namespace != null) {
      yaml.append("namespace: ").append(quoted(namespace)).append('\n');
    }
    if (imageName != null && image != null) {
      yaml.append("images:\n- name: ").append(quoted(imageName)).append('\n');
      yaml.append("  newName: ").append(quoted(image.name())).append('\n');
      if (image.tag() != null) {
        yaml.append("  newTag: ").append(quoted(image.tag())).append('\n');
      }
      if (image.digest() != null) {
        yaml.append("  digest: ").append(quoted(image.digest())).append('\n');
      }
    }
    Files.createDirectories(overlay);
    Files.writeString(
        overlay.resolve("kustomization.yaml"), yaml.toString(), StandardCharsets.UTF_8);
  }

  private static String quoted(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** YAML reading for bundles; a document that is not YAML is a bad bundle, reported as such. */
  public static final class Yaml {
    static JsonNode read(String document) throws BadInputException {
      try {
        return Yamls.reader().readTree(document);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new BadInputException(
            PATH
                + " is not valid YAML: "
                + e.getOriginalMessage()
                + ". Render it again with 'op-boot build'.");
      }
    }
  }
}

package dev.opboot.generate.rbac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.opboot.core.names.KubernetesNames;
import dev.opboot.core.yaml.Yamls;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The operator's service account as the project's {@code config/rbac} declares it, before kustomize
 * prefixes its name and moves it into the operator's namespace: the subject of the RoleBindings
 * {@code generate rbac} writes for the namespaces the operator watches. Read from {@code
 * service_account.yaml}, else from the first ServiceAccount subject of {@code role_binding.yaml},
 * so that a project that renamed its account is bound as it wrote it; outside a project,
 * kubebuilder's {@code controller-manager} in {@code system}, which the scaffold writes.
 *
 * @param name the account's name as written
 * @param namespace its namespace as written
 * @param source the file it was read from, relative to the project, or {@code null} for the default
 */
public record OperatorAccount(String name, String namespace, String source) {
  /** The scaffold's account, as config/rbac/service_account.yaml writes it. */
  public static final OperatorAccount SCAFFOLD =
      new OperatorAccount("controller-manager", "system", null);

  static final String SERVICE_ACCOUNT_FILE = "config/rbac/service_account.yaml";
  static final String ROLE_BINDING_FILE = "config/rbac/role_binding.yaml";

  /**
   * The account the project at {@code root} declares; {@link #SCAFFOLD} when neither file exists.
   *
   * @throws GeneratorException when a file is no YAML, or names the account without a namespace
   */
  public static OperatorAccount of(Path root) throws GeneratorException {
    Path serviceAccount = root.resolve(SERVICE_ACCOUNT_FILE);
    if (Files.isRegularFile(serviceAccount)) {
      for (JsonNode document : documents(serviceAccount)) {
        if ("ServiceAccount".equals(document.path("kind").asText())) {
          return checked(
              serviceAccount,
              SERVICE_ACCOUNT_FILE,
              document.path("metadata"),
              "metadata.namespace");
        }
      }
    }
    Path roleBinding = root.resolve(ROLE_BINDING_FILE);
    if (Files.isRegularFile(roleBinding)) {
      for (JsonNode document : documents(roleBinding)) {
        for (JsonNode subject : document.path("subjects")) {
          if ("ServiceAccount".equals(subject.path("kind").asText())) {
            return checked(roleBinding, ROLE_BINDING_FILE, subject, "subjects[].namespace");
          }
        }
      }
    }
    return SCAFFOLD;
  }

  /** Where the account was read, for messages: the file, or the scaffold's default. */
  String shown() {
    return source == null ? "the scaffold's default" : source;
  }

  private static OperatorAccount checked(
      Path file, String shown, JsonNode names, String namespaceField) throws GeneratorException {
    String name = names.path("name").asText("");
    String namespace = names.path("namespace").asText("");
    if (name.isEmpty() || namespace.isEmpty()) {
      throw new GeneratorException(
          new SourceLocation(file.toString(), 0, 0),
          "the operator's ServiceAccount has no "
              + (name.isEmpty() ? "name" : namespaceField)
              + "; 'generate rbac' binds the Roles in the namespaces the operator watches to it."
              + " Write them as the scaffold does (name: controller-manager, namespace: system);"
              + " kustomize's namePrefix and namespace still apply.");
    }
    String bad =
        KubernetesNames.checkDns1123Subdomain(name)
            .map(why -> "name '" + name + "': " + why)
            .or(
                () ->
                    KubernetesNames.checkDns1123Label(namespace)
                        .map(why -> "namespace '" + namespace + "': " + why))
            .orElse(null);
    if (bad != null) {
      throw new GeneratorException(
          new SourceLocation(file.toString(), 0, 0),
          "the operator's ServiceAccount has an invalid " + bad + ". Fix the file.");
    }
    return new OperatorAccount(name, namespace, shown);
  }

  private static List<JsonNode> documents(Path file) throws GeneratorException {
    try (MappingIterator<JsonNode> values =
        Yamls.reader().readerFor(JsonNode.class).readValues(Files.readString(file))) {
      return values.readAll().stream().filter(d -> d != null && d.isObject()).toList();
    } catch (IOException e) {
      throw new GeneratorException(
          new SourceLocation(file.toString(), 0, 0),
          "cannot read the operator's ServiceAccount: "
              + e.getMessage()
              + ". Fix the YAML or restore the file from version control.");
    }
  }
}

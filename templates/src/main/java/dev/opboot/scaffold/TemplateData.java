package dev.opboot.scaffold;

import dev.opboot.core.Versions;
import dev.opboot.core.names.JavaNames;
import dev.opboot.core.names.KubernetesNames;
import dev.opboot.scaffold.project.OwnedKind;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names templates use, derived in one place from the PROJECT model so that every template
 * spells a package, path or Kubernetes name the same way.
 */
public final class TemplateData {
  /** The operator's main class, in the base package. */
  public static final String MAIN_CLASS = "OperatorMain";

  /**
   * The class, in the base package, that constructs and registers the reconcilers: the one file
   * {@code create api} inserts into, so that the main class is the user's alone after init.
   */
  public static final String RECONCILERS_CLASS = "Reconcilers";

  private TemplateData() {}

  /** {@code project}: the project's names and the versions it builds with. */
  public static Map<String, Object> project(Project project, Versions versions) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("domain", project.domain());
    data.put("name", project.projectName());
    data.put("groupId", project.groupId());
    data.put("artifactId", project.artifactId());
    data.put("package", project.packageName());
    data.put("packagePath", packagePath(project.packageName()));
    data.put("mainClass", MAIN_CLASS);
    data.put("controllerPackage", controllerPackage(project));
    data.put("namespace", project.projectName() + "-system");
    data.put("namespaced", project.isNamespaced());
    data.put("opBootVersion", versions.opBoot());
    data.put("versions", versions.asMap());
    return data;
  }

  /** {@code resource}: one API version's names. */
  public static Map<String, Object> resource(Project project, ProjectResource resource) {
    Map<String, Object> data = new LinkedHashMap<>();
    String kindLower = resource.kind().toLowerCase(Locale.ROOT);
    data.put("group", resource.group());
    data.put("apiGroup", resource.apiGroup());
    data.put("version", resource.version());
    data.put("kind", resource.kind());
    data.put("kindLower", kindLower);
    data.put("plural", resource.plural());
    data.put("namespaced", resource.namespaced());
    data.put("storage", resource.storage());
    data.put("external", resource.external());
    data.put("apiPackage", resource.apiPackage());
    data.put("apiPath", packagePath(resource.apiPackage()));
    data.put("crdFile", KubernetesNames.crdFileName(resource.apiGroup(), resource.plural()));
    data.put("sampleFile", resource.group() + "_" + resource.version() + "_" + kindLower + ".yaml");
    data.put("roleFilePrefix", resource.group() + "_" + kindLower);
    data.put("roleNamePrefix", resource.group() + "-" + kindLower);
    data.put("reconciler", resource.kind() + "Reconciler");
    List<Map<String, Object>> owns = new ArrayList<>();
    for (String kind : resource.owns()) {
      owns.add(owned(resource, OwnedKind.named(kind)));
    }
    data.put("owns", owns);
    data.put("ownsPods", resource.owns().stream().anyMatch(k -> OwnedKind.named(k).runsPods()));
    return data;
  }

  /**
   * {@code owned}: one kind a reconciler owns ({@code create api --owns}), and the dependent
   * resource class that manages it.
   */
  public static Map<String, Object> owned(ProjectResource resource, OwnedKind owned) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("kind", owned.kind());
    data.put("kindLower", owned.kind().toLowerCase(Locale.ROOT));
    data.put("modelClass", owned.modelClass());
    data.put("apiVersion", owned.apiVersion());
    data.put("runsPods", owned.runsPods());
    data.put("dependent", dependentClass(resource, owned.kind()));
    return data;
  }

  /** The dependent resource class through which {@code resource}'s reconciler owns {@code kind}. */
  public static String dependentClass(ProjectResource resource, String kind) {
    return resource.kind() + kind + "Dependent";
  }

  /**
   * {@code webhook}: the names of one API version's webhooks, as kubebuilder spells them: the paths
   * {@code /mutate-<group with dots as dashes>-<version>-<kind>} and {@code /validate-...}, the
   * names {@code m<kind>-<version>.kb.io} and {@code v...}, and the class that serves them.
   */
  public static Map<String, Object> webhook(Project project, ProjectResource resource) {
    Map<String, Object> data = new LinkedHashMap<>();
    String kindLower = resource.kind().toLowerCase(Locale.ROOT);
    String suffix =
        resource.apiGroup().replace('.', '-') + "-" + resource.version() + "-" + kindLower;
    String webhookPackage = webhookPackage(project, resource);
    data.put("package", webhookPackage);
    data.put("path", packagePath(webhookPackage));
    data.put("className", webhookClass(resource));
    data.put("mutatePath", "/mutate-" + suffix);
    data.put("validatePath", "/validate-" + suffix);
    data.put("mutateName", "m" + kindLower + "-" + resource.version() + ".kb.io");
    data.put("validateName", "v" + kindLower + "-" + resource.version() + ".kb.io");
    data.put("itClass", resource.kind() + "WebhookIT");
    return data;
  }

  /** The class that serves an API version's defaulting and validating webhooks. */
  public static String webhookClass(ProjectResource resource) {
    return resource.kind() + "Webhook";
  }

  /**
   * The package of an API version's webhook class: {@code <base>.webhook.<group>.<version>}, beside
   * {@code <base>.api.<group>.<version>}.
   */
  public static String webhookPackage(Project project, ProjectResource resource) {
    StringBuilder out = new StringBuilder(project.packageName()).append(".webhook");
    for (String label : resource.group().split("\\.")) {
      out.append('.').append(JavaNames.toPackageSegment(label));
    }
    return out.append('.').append(resource.version()).toString();
  }

  /** The package of the reconcilers. */
  public static String controllerPackage(Project project) {
    return project.packageName() + ".controller";
  }

  /** {@code com.example.op} → {@code com/example/op}. */
  public static String packagePath(String packageName) {
    return packageName.replace('.', '/');
  }
}

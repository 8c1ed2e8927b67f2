package dev.opboot.scaffold.webhook;

import dev.opboot.core.Versions;
import dev.opboot.scaffold.IfExists;
import dev.opboot.scaffold.Insertion;
import dev.opboot.scaffold.Scaffold;
import dev.opboot.scaffold.Template;
import dev.opboot.scaffold.TemplateData;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectFile;
import dev.opboot.scaffold.project.ProjectResource;
import dev.opboot.scaffold.project.ProjectWebhooks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of an API version's defaulting and validating webhooks.
 *
 * <p>The webhook class, its unit test and its integration test are each written once as a skeleton
 * with marker lines, and every webhook type is an {@link Insertion} at those markers: its
 * {@code @Webhook}, its methods, its tests. So the first run and a later run for the other type
 * take the same path, and a later run adds to the user's class without {@code --force} and without
 * touching a line the user wrote (a marker the user removed gets a warning showing what to add).
 * Chosen over a second class per type because kubebuilder users expect one {@code <Kind>Webhook}
 * holding both, and because the class's instance is what both endpoints share.
 *
 * <p>Shared by every webhook of the project, created once and then only added to: {@code Webhooks}
 * (the user's list of endpoints, as {@code Reconcilers} is of reconcilers), {@code WebhookServer}
 * (the HTTPS server), the pom's dependencies and its {@code generate webhook} execution, and the
 * line in the main class that starts the server.
 */
public final class WebhookScaffold {
  private static final String MAIN = "src/main/java/";
  private static final String TEST = "src/test/java/";
  private static final String FRAGMENTS = "webhook/fragments/";
  private static final String CONFIG = "webhook/config/";
  private static final String DEFAULT_KUSTOMIZATION = "config/default/kustomization.yaml";

  /**
   * The class, in the base package, that lists the webhook endpoints: the user's, like Reconcilers.
   */
  public static final String WEBHOOKS_CLASS = "Webhooks";

  private WebhookScaffold() {}

  /**
   * @param fooExample whether the kind's spec has the scaffold's example field {@code foo} (its
   *     resource classes were scaffolded, not imported): then the webhooks default, check and warn
   *     about it, so that their tests prove each webhook type through the API server; otherwise the
   *     methods are left for the user to fill in
   */
  public static Scaffold of(
      Project project, WebhookRequest request, Versions versions, boolean fooExample) {
    ProjectResource resource = request.updated();
    Project updated = project.withResource(resource, versions.opBoot());
    Map<String, Object> webhook = new HashMap<>(TemplateData.webhook(updated, resource));
    Map<String, Object> names = new HashMap<>(TemplateData.resource(updated, resource));
    names.put("fooExample", fooExample);
    Map<String, Object> data =
        Map.of(
            "project",
            TemplateData.project(updated, versions),
            "resource",
            names,
            "webhook",
            webhook);

    // with --force the files start again from their skeletons and get every recorded type back
    ProjectWebhooks types =
        request.force()
            ? resource.webhooks()
            : new ProjectWebhooks(
                request.defaulting(),
                request.validation(),
                request.conversion(),
                request.spokes(),
                null);
    Conversion conversion = Conversion.of(updated, resource, types.spoke());
    webhook.put("conversion", conversion.data());
    IfExists own =
        request.force()
            ? IfExists.REPLACE
            : request.classExisted() ? IfExists.SKIP : IfExists.ERROR;

    String folder = (String) webhook.get("path") + "/";
    String className = (String) webhook.get("className");
    String webhookClass = MAIN + folder + className + ".java";
    String unitTest = TEST + folder + className + "Test.java";
    String it = TEST + folder + webhook.get("itClass") + ".java";
    String base = TemplateData.packagePath(project.packageName()) + "/";
    String webhooks = MAIN + base + WEBHOOKS_CLASS + ".java";

    List<Template> files = new ArrayList<>();
    List<Insertion> insertions = new ArrayList<>();
    files.add(Template.literal(ProjectFile.NAME, ProjectFile.toYaml(updated), IfExists.OVERWRITE));
    if (types.defaulting() || types.validation()) {
      files.add(Template.file(webhookClass, "webhook/Webhook.java.ftl", own));
      files.add(Template.file(unitTest, "webhook/WebhookTest.java.ftl", own));
      files.add(Template.file(it, "webhook/WebhookIT.java.ftl", own));
    }
    files.add(Template.file(webhooks, "webhook/Webhooks.java.ftl", IfExists.SKIP));
    files.add(
        Template.file(
            MAIN + base + "WebhookServer.java", "webhook/WebhookServer.java.ftl", IfExists.SKIP));
    files.add(
        Template.file(
            TEST + base + "WebhookServerTest.java",
            "webhook/WebhookServerTest.java.ftl",
            IfExists.SKIP));

    files.addAll(kustomizeFiles());
    insertions.add(
        new Insertion(DEFAULT_KUSTOMIZATION, "webhook", FRAGMENTS + "default-webhook.ftl")
            .unless(holds("../certmanager", "the webhooks' certificate")));

    List<String> kinds = new ArrayList<>();
    if (types.defaulting()) {
      kinds.add("defaulting");
    }
    if (types.validation()) {
      kinds.add("validation");
    }
    for (String type : kinds) {
      insertions.add(new Insertion(webhookClass, "webhooks", FRAGMENTS + type + "-annotation.ftl"));
      insertions.add(new Insertion(webhookClass, "methods", FRAGMENTS + type + "-methods.ftl"));
      insertions.add(new Insertion(unitTest, "tests", FRAGMENTS + type + "-tests.ftl"));
      insertions.add(new Insertion(it, "tests", FRAGMENTS + type + "-it.ftl"));
      String path = (String) webhook.get(type.equals("defaulting") ? "mutatePath" : "validatePath");
      insertions.add(
          new Insertion(webhooks, "webhooks", FRAGMENTS + type + "-register.ftl")
              .unless(registers(path)));
    }
    if (types.conversion()) {
      IfExists converters = request.force() ? IfExists.REPLACE : IfExists.ERROR;
      files.addAll(conversion.files(MAIN + folder, TEST + folder, converters));
      insertions.add(
          new Insertion(
                  MAIN + (String) names.get("apiPath") + "/" + resource.kind() + ".java",
                  "annotations",
                  FRAGMENTS + "conversion-annotation.ftl")
              .unless(holds("ConversionWebhook", "@ConversionWebhook")));
      insertions.add(
          new Insertion(
                  TEST + base + "OperatorIT.java",
                  "operator-it-webhooks",
                  FRAGMENTS + "operator-it-conversion.ftl")
              .unless(holds("installConversion(", "the conversion webhooks' installation")));
      // the CRD as a target of config/default's CA injection, in both parts of its annotation
      for (String part : List.of("ca-namespace-targets", "ca-name-targets")) {
        insertions.add(
            new Insertion(DEFAULT_KUSTOMIZATION, part, FRAGMENTS + "default-" + part + ".ftl"));
      }
      insertions.add(
          new Insertion(webhooks, "webhooks", FRAGMENTS + "conversion-register.ftl")
              .unless(
                  holds(conversion.hubMapper() + "()", "the conversion of " + resource.kind())));
    }
    insertions.add(
        new Insertion("pom.xml", "dependencies", FRAGMENTS + "pom-dependencies.ftl")
            .unless(holds("kubernetes-webhooks-framework-core", "the webhook framework")));
    insertions.add(
        new Insertion("pom.xml", "executions", FRAGMENTS + "pom-execution.ftl")
            .unless(holds("<generators>webhook</generators>", "generate webhook")));
    insertions.add(
        new Insertion(
                MAIN + base + TemplateData.MAIN_CLASS + ".java",
                "webhook-server",
                FRAGMENTS + "main-webhook-server.ftl")
            .unless(holds("WebhookServer.start", "the webhook server's start")));
    return new Scaffold(data, files, insertions);
  }

  /**
   * The kustomize files of the webhooks, created by the first webhook and then the user's:
   * config/webhook's kustomization (its manifests are {@code generate webhook}'s), the cert-manager
   * Issuer and Certificate, and the patch that gives the manager's Deployment the webhook port and
   * the certificate. config/default includes them by the {@code webhook} insertion, as
   * kubebuilder's {@code create webhook} uncomments them.
   */
  private static List<Template> kustomizeFiles() {
    return List.of(
        Template.file(
            "config/webhook/kustomization.yaml",
            CONFIG + "webhook-kustomization.yaml.ftl",
            IfExists.ENSURE),
        Template.file(
            "config/webhook/kustomizeconfig.yaml",
            CONFIG + "webhook-kustomizeconfig.yaml.ftl",
            IfExists.ENSURE),
        Template.file(
            "config/certmanager/certificate.yaml",
            CONFIG + "certmanager-certificate.yaml.ftl",
            IfExists.ENSURE),
        Template.file(
            "config/certmanager/kustomization.yaml",
            CONFIG + "certmanager-kustomization.yaml.ftl",
            IfExists.ENSURE),
        Template.file(
            "config/certmanager/kustomizeconfig.yaml",
            CONFIG + "certmanager-kustomizeconfig.yaml.ftl",
            IfExists.ENSURE),
        Template.file(
            "config/default/manager_webhook_patch.yaml",
            CONFIG + "manager-webhook-patch.yaml.ftl",
            IfExists.ENSURE));
  }

  /**
   * Finds a registration of the endpoint at {@code path}, however the user has since written it.
   */
  private static Insertion.Existing registers(String path) {
    return (file, content) ->
        content.contains("\"" + path + "\"")
            ? Optional.of(file + " already serves " + path)
            : Optional.empty();
  }

  private static Insertion.Existing holds(String text, String what) {
    return (file, content) ->
        content.contains(text) ? Optional.of(file + " already has " + what) : Optional.empty();
  }
}

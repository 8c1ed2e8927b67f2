package dev.opboot.generate.webhook;

import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.Generator;
import dev.opboot.generate.GeneratorOption;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.crd.Yaml;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.problem.Problems;
import dev.opboot.generate.problem.Warnings;
import dev.opboot.generate.source.CompiledSources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * {@code op-boot generate webhook}, controller-gen's {@code webhook} generator for op-boot's
 * {@code @Webhook}: the admission webhooks the classes declare → {@code manifests.yaml} (a {@code
 * MutatingWebhookConfiguration} and/or a {@code ValidatingWebhookConfiguration}, named, sorted and
 * laid out as controller-gen writes them) and {@code service.yaml}, the Service they call, which
 * selects the manager's pods as the project's {@code config/manager/manager.yaml} labels them. A
 * project without {@code @Webhook} and without {@code @ConversionWebhook} (whose CRDs call the same
 * Service) gets no files, so the generator runs by default at no cost.
 */
public final class WebhookGenerator implements Generator {
  /** The configurations, as controller-gen names the file. */
  public static final String MANIFESTS = "manifests.yaml";

  /** The webhook Service, as kubebuilder's config/webhook names the file. */
  public static final String SERVICE = "service.yaml";

  /** Marks a resource class whose CRD the API server converts by calling the webhook Service. */
  private static final String CONVERSION_WEBHOOK = "dev.opboot.annotations.ConversionWebhook";

  /**
   * {@link #MANIFESTS} when only conversion webhooks exist: there is no configuration to write, but
   * config/webhook's kustomization lists the file, so that a later {@code @Webhook} needs no edit.
   */
  static final String NO_ADMISSION_WEBHOOKS =
      "# No @Webhook in the sources: no admission webhook configurations. The conversion webhooks\n"
          + "# (@ConversionWebhook) are configured in their CRDs and need only service.yaml.\n";

  @Override
  public String name() {
    return "webhook";
  }

  @Override
  public String header() {
    return "Generate the admission webhook configurations and their Service from @Webhook.";
  }

  @Override
  public String description() {
    return "Reads op-boot's @Webhook annotations (controller-gen's +kubebuilder:webhook marker) on the"
        + " classes of the sources and writes manifests.yaml, with a MutatingWebhookConfiguration named"
        + " mutating-webhook-configuration for the mutating webhooks and a ValidatingWebhookConfiguration"
        + " named validating-webhook-configuration for the others, webhooks ordered by package then name"
        + " (controller-gen sorts by name within each Go package), each calling"
        + " the Service webhook-service in the namespace system at its path; and service.yaml, that"
        + " Service (port 443 to the operator's 9443), selecting the pods of the manager's Deployment in"
        + " config/manager/manager.yaml. Values are checked as the API server checks them. With only"
        + " @ConversionWebhook kinds, writes the Service and a manifests.yaml without configurations;"
        + " writes nothing when no class has @Webhook or @ConversionWebhook. In an op-boot project: src/main/java -> config/webhook.";
  }

  @Override
  public List<String> examples() {
    return List.of(
        "op-boot generate webhook",
        "op-boot generate webhook --check",
        "op-boot generate webhook --source src/main/java --classpath \"$(cat cp.txt)\" --output config/webhook");
  }

  @Override
  public String defaultOutput() {
    return "config/webhook";
  }

  @Override
  public String reads() {
    return "webhook classes";
  }

  @Override
  public List<GeneratorOption> options() {
    return List.of();
  }

  @Override
  public GeneratedFiles generate(ProjectSources sources, GeneratorSettings settings)
      throws GeneratorException {
    List<AdmissionWebhook> webhooks = webhooks(sources.declarations());
    SortedMap<String, String> files = new TreeMap<>();
    Warnings warnings = new Warnings();
    List<String> details = new ArrayList<>();
    long conversions =
        sources.declarations().declaredTypes().stream()
            .filter(type -> hasAnnotation(type, CONVERSION_WEBHOOK))
            .count();
    if (!webhooks.isEmpty() || conversions > 0) {
      ManagerPods pods = pods(sources, warnings);
      files.put(MANIFESTS, webhooks.isEmpty() ? NO_ADMISSION_WEBHOOKS : manifests(webhooks));
      files.put(SERVICE, Yaml.write(WebhookDocuments.service(pods)));
      details.add(
          "generate webhook: "
              + webhooks.size()
              + " admission webhook(s), "
              + conversions
              + " kind(s) with a conversion webhook; the Service selects the pods labelled "
              + pods.selector().entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining(",")));
    }
    return GeneratedFiles.of(
            files,
            "No @Webhook or @ConversionWebhook found under "
                + sources.roots()
                + "; no webhook configurations written.")
        .with(warnings.lines(), details);
  }

  private static boolean hasAnnotation(TypeElement type, String annotation) {
    return type.getAnnotationMirrors().stream()
        .anyMatch(
            mirror ->
                ((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(annotation));
  }

  /** The manager's pods as the project labels them, or kubebuilder's default with a warning. */
  private static ManagerPods pods(ProjectSources sources, Warnings warnings)
      throws GeneratorException {
    try {
      Optional<ManagerPods> pods = ManagerPods.of(sources.base());
      if (pods.isPresent()) {
        return pods.get();
      }
    } catch (IOException e) {
      throw new GeneratorException(
          null,
          "cannot read "
              + sources.base().resolve(ManagerPods.MANAGER_FILE)
              + ": "
              + e.getMessage()
              + ".");
    }
    warnings.add(
        null,
        "no Deployment with spec.selector.matchLabels in "
            + sources.base().resolve(ManagerPods.MANAGER_FILE)
            + "; the webhook Service selects the pods labelled control-plane=controller-manager"
            + " (kubebuilder's default). Run in the project folder (--dir), or label the operator's"
            + " pods so.");
    return ManagerPods.kubebuilderDefault();
  }

  /** The two configurations' YAML: the mutating one first, as controller-gen writes them. */
  static String manifests(List<AdmissionWebhook> webhooks) {
    StringBuilder yaml = new StringBuilder();
    for (boolean mutating : new boolean[] {true, false}) {
      List<AdmissionWebhook> ofKind =
          webhooks.stream().filter(w -> w.mutating() == mutating).toList();
      if (!ofKind.isEmpty()) {
        yaml.append(Yaml.write(WebhookDocuments.configuration(mutating, ofKind)));
      }
    }
    return yaml.toString();
  }

  /**
   * Every {@code @Webhook} of the sources, checked, in controller-gen's order: by package (Go
   * package there), then by name.
   *
   * @throws GeneratorException with every problem, each at its file:line
   */
  static List<AdmissionWebhook> webhooks(CompiledSources sources) throws GeneratorException {
    WebhookReader reader = new WebhookReader(sources);
    List<AdmissionWebhook> webhooks = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (TypeElement type : sources.declaredTypes()) {
      reader.read(type, webhooks, problems);
    }
    duplicateNames(webhooks, problems);
    if (!problems.isEmpty()) {
      Problems sorted = new Problems();
      sorted.add(new GeneratorException(problems));
      sorted.throwIfAny();
    }
    return webhooks.stream()
        .sorted(
            Comparator.comparing(AdmissionWebhook::packageName)
                .thenComparing(AdmissionWebhook::name))
        .toList();
  }

  /** Two webhooks of one configuration with one name, which the API server refuses. */
  private static void duplicateNames(List<AdmissionWebhook> webhooks, List<Problem> problems) {
    Map<String, AdmissionWebhook> first = new HashMap<>();
    for (AdmissionWebhook webhook : webhooks) {
      String kind = webhook.mutating() ? "mutating" : "validating";
      AdmissionWebhook before = first.putIfAbsent(kind + " " + webhook.name(), webhook);
      if (before != null) {
        problems.add(
            new Problem(
                webhook.location(),
                "@Webhook: the name '"
                    + webhook.name()
                    + "' is already the name of the "
                    + kind
                    + " webhook at "
                    + before.location()
                    + "; each webhook of the "
                    + kind
                    + " configuration needs a name of its own."));
      }
    }
  }
}

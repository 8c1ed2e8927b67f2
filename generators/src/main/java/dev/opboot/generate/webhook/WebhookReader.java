package dev.opboot.generate.webhook;

import dev.opboot.core.names.KubernetesNames;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.source.CompiledSources;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads op-boot's {@code @Webhook} ({@code +kubebuilder:webhook}) on the classes of the sources,
 * repeated or not, and checks each value as the API server checks a webhook configuration
 * (controller-gen passes most of them through to be refused at apply time). Each problem names the
 * line of the value at fault.
 */
final class WebhookReader {
  static final String WEBHOOK = "dev.opboot.annotations.Webhook";
  static final String WEBHOOK_LIST = "dev.opboot.annotations.Webhook.List";

  private static final Map<String, String> VERBS =
      canonical("CREATE", "UPDATE", "DELETE", "CONNECT", "*");
  private static final Map<String, String> FAILURE_POLICIES = canonical("Fail", "Ignore");
  private static final Map<String, String> SIDE_EFFECTS = canonical("None", "NoneOnDryRun");
  private static final Map<String, String> MATCH_POLICIES = canonical("Exact", "Equivalent");
  private static final Map<String, String> REINVOCATION_POLICIES = canonical("Never", "IfNeeded");
  private static final List<String> KNOWN_REVIEW_VERSIONS = List.of("v1", "v1beta1");

  private final CompiledSources sources;

  WebhookReader(CompiledSources sources) {
    this.sources = sources;
  }

  /** The webhooks on {@code type}, valid ones into {@code webhooks}, others as problems. */
  void read(TypeElement type, List<AdmissionWebhook> webhooks, List<Problem> problems) {
    List<AnnotationMirror> mirrors = mirrors(type);
    if (mirrors.isEmpty()) {
      return;
    }
    List<AnnotationSites.Site> sites = AnnotationSites.on(sources, type, WEBHOOK);
    for (int i = 0; i < mirrors.size(); i++) {
      AnnotationSites.Site site =
          sites.size() == mirrors.size()
              ? sites.get(i)
              : new AnnotationSites.Site(sources.location(type), Map.of());
      new One(
              mirrors.get(i),
              site,
              "@Webhook on " + type.getSimpleName(),
              sources.elements().getPackageOf(type).getQualifiedName().toString(),
              problems)
          .webhook()
          .ifPresent(webhooks::add);
    }
  }

  /** One annotation being read: its values, where they are, and what is wrong with them. */
  private final class One {
    private final Map<String, AnnotationValue> values;
    private final AnnotationSites.Site site;
    private final String origin;
    private final String packageName;
    private final List<Problem> problems;
    private boolean wrong;

    One(
        AnnotationMirror mirror,
        AnnotationSites.Site site,
        String origin,
        String packageName,
        List<Problem> problems) {
      this.values = values(mirror);
      this.site = site;
      this.origin = origin;
      this.packageName = packageName;
      this.problems = problems;
    }

    Optional<AdmissionWebhook> webhook() {
      boolean mutating = Boolean.TRUE.equals(value("mutating"));
      String name = name();
      String path = path();
      String failurePolicy =
          oneOf("failurePolicy", FAILURE_POLICIES, "what the API server does when the call fails");
      String sideEffects = sideEffects();
      List<String> groups =
          list("groups", "add groups = \"\" for the core group or the resources' group").stream()
              .map(g -> g.equals("core") ? "" : g)
              .toList();
      List<String> versions = list("versions", "add the API versions, such as versions = \"v1\"");
      nonEmptyItems("versions", versions, "an API version");
      List<String> resources =
          list("resources", "add the resources by plural name, such as resources = \"guestbooks\"");
      resources(resources);
      List<String> operations = operations();
      wildcardAlone("groups", groups);
      wildcardAlone("versions", versions);
      List<String> reviewVersions = reviewVersions();
      Integer timeout = timeout();
      String matchPolicy = optionalOneOf("matchPolicy", MATCH_POLICIES);
      String reinvocationPolicy = optionalOneOf("reinvocationPolicy", REINVOCATION_POLICIES);
      if (reinvocationPolicy != null && !mutating) {
        problem(
            "reinvocationPolicy",
            "reinvocationPolicy applies to mutating webhooks only; remove it or set mutating = true");
      }
      LabelSelector namespaceSelector = selector("namespaceSelector");
      LabelSelector objectSelector = selector("objectSelector");
      if (wrong) {
        return Optional.empty();
      }
      return Optional.of(
          new AdmissionWebhook(
              name,
              mutating,
              path,
              failurePolicy,
              sideEffects,
              groups,
              versions,
              resources,
              operations,
              reviewVersions,
              timeout,
              matchPolicy,
              reinvocationPolicy,
              namespaceSelector,
              objectSelector,
              site.start(),
              packageName));
    }

    private String name() {
      String name = string("name");
      Optional<String> bad = KubernetesNames.checkDns1123Subdomain(name);
      if (bad.isPresent()) {
        problem("name", "the name '" + name + "' is no DNS subdomain: " + bad.get());
      } else if (name.split("\\.").length < 3) {
        problem(
            "name",
            "the name '"
                + name
                + "' must be a domain of at least three segments, such as '"
                + name
                + ".example.com' (kubebuilder writes m<kind>-<version>.kb.io)");
      }
      return name;
    }

    /** The path, checked as the API server checks a webhook service's path. */
    private String path() {
      String path = string("path");
      if (path.isEmpty()) {
        problem(
            "path",
            "the path is empty; give the path the webhook serves, such as"
                + " /mutate-<group with dashes>-<version>-<kind>");
        return path;
      }
      if (!path.startsWith("/")) {
        problem("path", "the path '" + path + "' must start with '/'");
        return path;
      }
      if (path.equals("/")) {
        return path;
      }
      String segments = path.substring(1);
      if (segments.endsWith("/")) {
        segments = segments.substring(0, segments.length() - 1);
      }
      for (String segment : segments.split("/", -1)) {
        Optional<String> bad =
            segment.isEmpty()
                ? Optional.of("it is empty (two slashes)")
                : KubernetesNames.checkDns1123Subdomain(segment);
        if (bad.isPresent()) {
          problem(
              "path",
              "the segment '"
                  + segment
                  + "' of the path '"
                  + path
                  + "' is not valid: "
                  + bad.get());
        }
      }
      return path;
    }

    private String sideEffects() {
      String given = string("sideEffects");
      if (given.equalsIgnoreCase("Some") || given.equalsIgnoreCase("Unknown")) {
        problem(
            "sideEffects",
            "sideEffects '"
                + given
                + "' is not allowed by admissionregistration.k8s.io/v1; use None, or NoneOnDryRun"
                + " and skip the side effects on dry-run requests");
        return given;
      }
      return oneOf(
          "sideEffects", SIDE_EFFECTS, "whether calling the webhook changes anything else");
    }

    private List<String> operations() {
      List<String> verbs =
          list("verbs", "add the operations, such as verbs = {\"create\", \"update\"}");
      List<String> operations = new ArrayList<>();
      for (String verb : verbs) {
        String operation = VERBS.get(verb.toLowerCase(Locale.ROOT));
        if (operation == null) {
          problem(
              "verbs",
              "unknown verb '"
                  + verb
                  + "'; the verbs of an admission webhook are create, update, delete, connect"
                  + " and *");
        } else {
          operations.add(operation);
        }
      }
      wildcardAlone("verbs", operations);
      return operations;
    }

    private void resources(List<String> resources) {
      nonEmptyItems("resources", resources, "a resource");
      if (resources.size() > 1 && resources.contains("*/*")) {
        problem("resources", "'*/*' stands for every resource; list no other resources beside it");
      }
      if (resources.contains("*")
          && resources.stream().anyMatch(r -> !r.contains("/") && !r.equals("*"))) {
        problem(
            "resources",
            "'*' stands for every resource; list no other resource without a subresource beside it");
      }
    }

    private List<String> reviewVersions() {
      List<String> versions =
          list("admissionReviewVersions", "add admissionReviewVersions = \"v1\"");
      Set<String> seen = new HashSet<>();
      for (String version : versions) {
        if (!seen.add(version)) {
          problem("admissionReviewVersions", "the version '" + version + "' is listed twice");
        }
        KubernetesNames.checkDns1035Label(version)
            .ifPresent(
                bad ->
                    problem(
                        "admissionReviewVersions",
                        "the version '" + version + "' is not valid: " + bad));
      }
      if (!versions.isEmpty() && versions.stream().noneMatch(KNOWN_REVIEW_VERSIONS::contains)) {
        problem(
            "admissionReviewVersions",
            "admissionReviewVersions "
                + versions
                + " must include v1 (or v1beta1), the versions the API server sends");
      }
      return versions;
    }

    private Integer timeout() {
      if (!site.gives("timeoutSeconds")) {
        return null;
      }
      int timeout = (Integer) value("timeoutSeconds");
      if (timeout < 1 || timeout > 30) {
        problem(
            "timeoutSeconds",
            "timeoutSeconds "
                + timeout
                + " is outside 1..30; give 1 to 30 seconds, or leave it out for the API server's"
                + " default of 10");
      }
      return timeout;
    }

    private LabelSelector selector(String element) {
      String text = string(element);
      if (text.isBlank()) {
        return null;
      }
      try {
        return LabelSelector.parse(text);
      } catch (LabelSelector.InvalidSelector e) {
        problem(element, element + " \"" + text + "\": " + e.getMessage());
        return null;
      }
    }

    private String oneOf(String element, Map<String, String> allowed, String what) {
      String given = string(element);
      String value = allowed.get(given.toLowerCase(Locale.ROOT));
      if (value == null) {
        problem(
            element,
            element
                + " '"
                + given
                + "' must be "
                + String.join(" or ", allowed.values())
                + " ("
                + what
                + ")");
        return given;
      }
      return value;
    }

    private String optionalOneOf(String element, Map<String, String> allowed) {
      String given = string(element);
      if (given.isEmpty()) {
        return null;
      }
      String value = allowed.get(given.toLowerCase(Locale.ROOT));
      if (value == null) {
        problem(
            element,
            element
                + " '"
                + given
                + "' must be "
                + String.join(" or ", allowed.values())
                + ", or left out");
      }
      return value;
    }

    private List<String> list(String element, String fix) {
      List<String> values = strings(element);
      if (values.isEmpty()) {
        problem(element, element + " is empty; " + fix);
      }
      return values;
    }

    private void nonEmptyItems(String element, List<String> values, String what) {
      if (values.stream().anyMatch(String::isEmpty)) {
        problem(element, element + " holds an empty string where " + what + " belongs");
      }
    }

    private void wildcardAlone(String element, List<String> values) {
      if (values.size() > 1 && values.contains("*")) {
        problem(element, element + " " + values + ": '*' stands for all; list nothing beside it");
      }
    }

    private void problem(String element, String message) {
      wrong = true;
      problems.add(new Problem(site.of(element), origin + ": " + message + "."));
    }

    private String string(String element) {
      Object value = value(element);
      return value == null ? "" : value.toString();
    }

    private Object value(String element) {
      AnnotationValue value = values.get(element);
      return value == null ? null : value.getValue();
    }

    private List<String> strings(String element) {
      Object value = value(element);
      if (value instanceof List<?> list) {
        return list.stream().map(v -> String.valueOf(((AnnotationValue) v).getValue())).toList();
      }
      return value == null ? List.of() : List.of(value.toString());
    }
  }

  /** The {@code @Webhook}s on {@code type} in source order, from its container when repeated. */
  private List<AnnotationMirror> mirrors(TypeElement type) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(WEBHOOK)) {
        found.add(mirror);
      } else if (name.equals(WEBHOOK_LIST)) {
        Object value = values(mirror).get("value").getValue();
        for (Object item : (List<?>) value) {
          found.add((AnnotationMirror) ((AnnotationValue) item).getValue());
        }
      }
    }
    return found;
  }

  private Map<String, AnnotationValue> values(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        sources.elements().getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
    return values;
  }

  /** The values as the API spells them, by their lower-case form (the marker's spelling). */
  private static Map<String, String> canonical(String... values) {
    Map<String, String> byLowerCase = new LinkedHashMap<>();
    for (String value : values) {
      byLowerCase.put(value.toLowerCase(Locale.ROOT), value);
    }
    return byLowerCase;
  }
}

package dev.opboot.generate.rbac;

import dev.opboot.core.names.KubernetesNames;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.source.CompiledSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads op-boot's {@code @RbacRule} ({@code +kubebuilder:rbac}) on the classes of the sources,
 * repeated or not, and checks each rule before it can reach a role: known verbs, a group for every
 * resource, exact resource names, either resources or URLs. Each problem names the annotation's
 * line.
 */
final class RbacRuleReader {
  private final CompiledSources sources;

  RbacRuleReader(CompiledSources sources) {
    this.sources = sources;
  }

  /** Whether {@code type} carries at least one {@code @RbacRule}. */
  boolean hasRules(TypeElement type) {
    return !mirrors(type).isEmpty();
  }

  /** The rules on {@code type}, valid ones as grants into {@code grants}, others as problems. */
  void read(TypeElement type, List<Grant> grants, List<Problem> problems) {
    List<AnnotationMirror> mirrors = mirrors(type);
    if (mirrors.isEmpty()) {
      return;
    }
    List<SourceLocation> locations = TreeLocations.annotationsOn(sources, type, Josdk.RBAC_RULE);
    for (int i = 0; i < mirrors.size(); i++) {
      SourceLocation where =
          locations.size() == mirrors.size() ? locations.get(i) : sources.location(type);
      read(mirrors.get(i), where, "@RbacRule on " + type.getSimpleName(), grants, problems);
    }
  }

  private void read(
      AnnotationMirror mirror,
      SourceLocation where,
      String origin,
      List<Grant> grants,
      List<Problem> problems) {
    List<String> groups =
        strings(mirror, "groups").stream().map(g -> g.equals("core") ? "" : g).toList();
    List<String> resources = strings(mirror, "resources");
    List<String> names = strings(mirror, "resourceNames");
    List<String> verbs = strings(mirror, "verbs");
    List<String> urls = strings(mirror, "urls");
    String namespace = strings(mirror, "namespace").get(0);
    List<String> wrong = new ArrayList<>();
    boolean onUrls = !urls.isEmpty();
    if (onUrls && !(groups.isEmpty() && resources.isEmpty() && names.isEmpty())) {
      wrong.add(
          "a rule is either about resources (groups, resources, resourceNames) or about non-resource urls,"
              + " not both; split it in two");
    }
    if (!onUrls && resources.isEmpty()) {
      wrong.add("it names no resources (and no urls); add resources = \"<plural>\"");
    }
    if (!onUrls && !resources.isEmpty() && groups.isEmpty()) {
      wrong.add(
          "it names no API group for "
              + resources
              + "; add groups = \"\" for the core group (pods,"
              + " secrets, ...) or the group, such as \"apps\"");
    }
    if (resources.stream().anyMatch(String::isBlank)) {
      wrong.add("a resource is empty");
    }
    if (verbs.isEmpty()) {
      wrong.add(
          "it allows no verbs; add verbs = {\"get\", \"list\", \"watch\"} or the verbs needed");
    }
    Set<String> valid = onUrls ? Verbs.URL : Verbs.RESOURCE;
    for (String verb : verbs) {
      if (!valid.contains(verb)) {
        wrong.add(
            "unknown verb '"
                + verb
                + "'; the verbs on "
                + (onUrls ? "urls" : "resources")
                + " are "
                + String.join(" ", new TreeSet<>(valid)));
      }
    }
    for (String name : names) {
      if (name.isEmpty() || name.contains("*")) {
        wrong.add(
            "resourceNames match names exactly, so '"
                + name
                + "' is no wildcard; leave resourceNames out"
                + " to allow every name");
      }
    }
    if (!names.isEmpty() && verbs.contains("create")) {
      wrong.add(
          "create cannot be limited by resourceNames (the new object has no name yet when it is"
              + " authorized); put create in a rule without resourceNames");
    }
    for (String url : urls) {
      if (!url.startsWith("/")) {
        wrong.add("the url '" + url + "' must start with '/'");
      }
    }
    if (!namespace.isEmpty()) {
      Optional<String> bad = KubernetesNames.checkDns1123Label(namespace);
      bad.ifPresent(
          reason ->
              wrong.add("the namespace '" + namespace + "' is no valid namespace name: " + reason));
    }
    if (!wrong.isEmpty()) {
      for (String reason : wrong) {
        problems.add(new Problem(where, origin + ": " + reason + "."));
      }
      return;
    }
    grants.add(
        new Grant(
            new PolicyRule(groups, resources, names, urls, verbs), namespace, null, where, origin));
  }

  /** The {@code @RbacRule}s on {@code type} in source order, from its container when repeated. */
  private List<AnnotationMirror> mirrors(TypeElement type) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(Josdk.RBAC_RULE)) {
        found.add(mirror);
      } else if (name.equals(Josdk.RBAC_RULE_LIST)) {
        for (AnnotationValue value : values(mirror, "value")) {
          found.add((AnnotationMirror) value.getValue());
        }
      }
    }
    return found;
  }

  private List<String> strings(AnnotationMirror mirror, String element) {
    return values(mirror, element).stream().map(v -> String.valueOf(v.getValue())).toList();
  }

  @SuppressWarnings("unchecked")
  private List<AnnotationValue> values(AnnotationMirror mirror, String element) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        sources.elements().getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(element)) {
        Object value = e.getValue().getValue();
        return value instanceof List<?> list ? (List<AnnotationValue>) list : List.of(e.getValue());
      }
    }
    return List.of();
  }
}

package dev.opboot.scaffold.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.opboot.core.BadInputException;
import dev.opboot.core.names.JavaNames;
import dev.opboot.core.names.KubernetesNames;
import dev.opboot.core.yaml.Yamls;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A PROJECT file's values checked by the rules the command-line flags are checked by (a user may
 * edit the file, and op-boot writes its values into Java and YAML): the domain, names, versions,
 * packages and plurals, no resource recorded twice, one stored version per kind. Every problem is
 * reported at once, each at {@code PROJECT:line:column}.
 */
final class ProjectChecks {
  private final String where;
  private final Map<String, JsonLocation> locations;
  private final List<String> problems = new ArrayList<>();

  private ProjectChecks(String where, String text) {
    this.where = where;
    this.locations = valueLocations(text);
  }

  /**
   * Fails with every problem of {@code project}, read from {@code text} of the file {@code where}.
   */
  static void check(Project project, String text, String where) throws BadInputException {
    ProjectChecks checks = new ProjectChecks(where, text);
    checks.run(project);
    if (!checks.problems.isEmpty()) {
      throw new BadInputException(
          String.join("\n", checks.problems)
              + (checks.problems.size() > 1 ? "\n" : " ")
              + "Fix PROJECT, or restore it from version control.");
    }
  }

  private void run(Project project) {
    value(
        "/domain",
        "domain",
        project.domain(),
        KubernetesNames.checkDns1123Subdomain(project.domain()),
        "a DNS subdomain such as example.com");
    value(
        "/projectName",
        "projectName",
        project.projectName(),
        KubernetesNames.checkDns1123Label(project.projectName())
            .or(
                () ->
                    project.projectName().length() > 40
                        ? Optional.of("it is longer than 40 characters")
                        : Optional.empty()),
        "a lower-case name such as my-operator");
    value(
        "/groupId",
        "groupId",
        project.groupId(),
        JavaNames.checkMavenId(project.groupId()),
        "such as com.example");
    value(
        "/artifactId",
        "artifactId",
        project.artifactId(),
        JavaNames.checkMavenId(project.artifactId()),
        "such as my-operator");
    value(
        "/package",
        "package",
        project.packageName(),
        JavaNames.checkPackageName(project.packageName()),
        "a Java package such as com.example.operator");

    Map<String, Integer> seen = new HashMap<>();
    Map<String, List<Integer>> storedVersions = new LinkedHashMap<>();
    Map<String, Integer> firstOfKind = new LinkedHashMap<>();
    for (int i = 0; i < project.resources().size(); i++) {
      ProjectResource r = project.resources().get(i);
      String at = "/resources/" + i;
      String name = "resources[" + i + "].";
      value(
          at + "/group",
          name + "group",
          r.group(),
          KubernetesNames.checkDns1123Subdomain(r.group()),
          "a group name such as webapp");
      value(
          at + "/domain",
          name + "domain",
          r.domain(),
          KubernetesNames.checkDns1123Subdomain(r.domain()),
          "a DNS subdomain such as example.com");
      value(
          at + "/version",
          name + "version",
          r.version(),
          KubernetesNames.checkVersion(r.version()),
          "v1, v1alpha1 or v2beta1");
      value(
          at + "/kind",
          name + "kind",
          r.kind(),
          KubernetesNames.checkKindSyntax(r.kind()),
          "an UpperCamelCase name such as Guestbook");
      value(
          at + "/plural",
          name + "plural",
          r.plural(),
          KubernetesNames.checkDns1035Label(r.plural()),
          "a lower-case plural such as guestbooks");
      value(
          at + "/package",
          name + "package",
          r.apiPackage(),
          JavaNames.checkPackageName(r.apiPackage()),
          "a Java package such as com.example.operator.api.webapp.v1");

      for (int j = 0; j < r.owns().size(); j++) {
        String owned = r.owns().get(j);
        if (!OwnedKind.knownKinds().contains(owned)) {
          problems.add(
              where
                  + at(at + "/owns/" + j)
                  + ": "
                  + name
                  + "owns["
                  + j
                  + "] '"
                  + cut(owned)
                  + "' is not a kind op-boot can scaffold an owner of. Expected one of "
                  + String.join(", ", OwnedKind.knownKinds())
                  + ".");
        }
      }
      String resource = r.apiGroup() + "/" + r.version() + " " + r.kind();
      Integer earlier = seen.putIfAbsent(resource, i);
      if (earlier != null) {
        problems.add(
            where
                + at(at)
                + ": resources["
                + i
                + "] records "
                + resource
                + " again (resources["
                + earlier
                + "] has it): remove one of the two entries.");
      }
      String kind = r.apiGroup() + " " + r.kind();
      firstOfKind.putIfAbsent(kind, i);
      if (r.storage()) {
        storedVersions.computeIfAbsent(kind, k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<String, Integer> kind : firstOfKind.entrySet()) {
      List<Integer> stored = storedVersions.getOrDefault(kind.getKey(), List.of());
      if (stored.size() != 1) {
        int at = stored.size() > 1 ? stored.get(1) : kind.getValue();
        Set<String> versions = new TreeSet<>();
        stored.forEach(i -> versions.add(project.resources().get(i).version()));
        problems.add(
            where
                + at("/resources/" + at + (stored.size() > 1 ? "/storage" : ""))
                + ": "
                + kind.getKey()
                + (stored.isEmpty()
                    ? " has no stored version"
                    : " has "
                        + stored.size()
                        + " stored versions ("
                        + String.join(", ", versions)
                        + ")")
                + ": exactly one of its versions must have storage: true.");
      }
    }
  }

  private void value(
      String pointer, String name, String value, Optional<String> problem, String expected) {
    problem.ifPresent(
        p ->
            problems.add(
                where
                    + at(pointer)
                    + ": "
                    + name
                    + " '"
                    + cut(value)
                    + "' is not valid: "
                    + p
                    + ". Expected "
                    + expected
                    + "."));
  }

  /**
   * ":line:column" of the value at {@code pointer}, or of the nearest enclosing one the file has.
   */
  private String at(String pointer) {
    for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
      JsonLocation location = locations.get(p);
      if (location != null) {
        return ":" + location.getLineNr() + ":" + location.getColumnNr();
      }
    }
    return "";
  }

  /** Long values are cut in messages, so a pasted blob does not flood the terminal. */
  static String cut(String value) {
    return value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }

  /** Where each value (and each object or list) of the YAML starts, by JSON pointer. */
  private static Map<String, JsonLocation> valueLocations(String text) {
    Map<String, JsonLocation> locations = new HashMap<>();
    try (JsonParser parser = Yamls.reading().createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isScalarValue()
            || token == JsonToken.START_OBJECT
            || token == JsonToken.START_ARRAY) {
          locations.putIfAbsent(
              parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      // the file parsed as a Project already; without locations, messages name the field only
    }
    return locations;
  }
}

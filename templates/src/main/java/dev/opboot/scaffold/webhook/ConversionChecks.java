package dev.opboot.scaffold.webhook;

import dev.opboot.core.BadInputException;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectResource;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of {@code create webhook --conversion --spoke V2[,V3]} against PROJECT: the kind has
 * another version to convert to, the hub ({@code --version}) is the storage version (the one every
 * object is converted to before it is stored), and each spoke is another version of the same kind.
 * Every problem is reported at once, each naming its flag, the first flag as the one at fault.
 */
final class ConversionChecks {
  private ConversionChecks() {}

  static void check(Project project, ProjectResource hub, List<String> spokes)
      throws BadInputException {
    List<ProjectResource> versions =
        project.resources().stream()
            .filter(r -> r.apiGroup().equals(hub.apiGroup()) && r.kind().equals(hub.kind()))
            .toList();
    List<String> others =
        versions.stream()
            .map(ProjectResource::version)
            .filter(v -> !v.equals(hub.version()))
            .toList();
    String what = hub.apiGroup() + " " + hub.kind();
    List<String> flags = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (others.isEmpty()) {
      flags.add("--conversion");
      problems.add(
          "--conversion: "
              + what
              + " has one version only ("
              + hub.version()
              + "), and a conversion webhook converts between versions. Create another first, e.g."
              + " 'op-boot create api --group "
              + hub.group()
              + " --version "
              + nextVersion(hub.version())
              + " --kind "
              + hub.kind()
              + "'.");
    }
    if (spokes.isEmpty()) {
      flags.add("--spoke");
      problems.add(
          "--spoke: --conversion needs the versions to convert to and from the hub "
              + hub.version()
              + ": pass --spoke "
              + (others.isEmpty() ? "V2" : String.join(",", others))
              + ".");
    }
    if (!hub.storage()) {
      String storage =
          versions.stream()
              .filter(ProjectResource::storage)
              .map(ProjectResource::version)
              .findFirst()
              .orElse("none");
      flags.add("--version");
      problems.add(
          "--version: the hub of a conversion webhook is the storage version, the one the API server"
              + " stores every object as, and "
              + what
              + "'s is "
              + storage
              + ", not "
              + hub.version()
              + " (PROJECT's storage: true). Pass --version "
              + storage
              + " with --spoke naming the others.");
    }
    for (String spoke : spokes) {
      if (spoke.equals(hub.version())) {
        flags.add("--spoke");
        problems.add(
            "--spoke: "
                + spoke
                + " is the hub (--version) itself; a spoke is another version of "
                + hub.kind()
                + (others.isEmpty() ? "." : ": " + String.join(", ", others) + "."));
      } else if (!others.contains(spoke)) {
        flags.add("--spoke");
        problems.add(
            "--spoke: "
                + what
                + " has no version "
                + spoke
                + " in PROJECT"
                + (others.isEmpty()
                    ? "; create it first with 'op-boot create api'."
                    : "; its other versions are " + String.join(", ", others) + "."));
      }
    }
    if (spokes.stream().distinct().count() < spokes.size()) {
      flags.add("--spoke");
      problems.add("--spoke: names a version twice: " + String.join(",", spokes) + ".");
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(flags.get(0), String.join("\n", problems));
    }
  }

  private static String nextVersion(String version) {
    if (version.matches("v\\d+")) {
      return "v" + (Integer.parseInt(version.substring(1)) + 1);
    }
    return "v2";
  }
}

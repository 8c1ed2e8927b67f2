package dev.opboot.generate.rbac;

import dev.opboot.generate.problem.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why each rule of the role is there, for {@code generate rbac --explain} and {@code
 * --explain-comments}: under each rule, every place in the code that needs it, as {@code file:line:
 * verbs: what asks}, with the file relative to its source folder so that the text is the same on
 * every machine. A reviewer reads which call makes the operator need {@code pods/exec}.
 */
final class RoleExplanation {
  private final Role role;
  private final List<RuleNormalizer.Traced> rules;
  private final List<Grant> grants;
  private final List<Path> roots;

  /**
   * @param rules the role's rules, traced to positions in {@code grants}
   * @param roots the source folders, which the files are shown relative to
   */
  RoleExplanation(
      Role role, List<RuleNormalizer.Traced> rules, List<Grant> grants, List<Path> roots) {
    this.role = role;
    this.rules = List.copyOf(rules);
    this.grants = List.copyOf(grants);
    this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
  }

  /** The explanation printed by {@code --explain}: each rule, then the code that needs it. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        role.kind()
            + " "
            + role.name()
            + (role.namespace() == null ? "" : " in namespace " + role.namespace())
            + ": each rule and the code that needs it");
    for (int i = 0; i < rules.size(); i++) {
      lines.add("- " + describe(rules.get(i).rule()));
      for (String need : needs(i)) {
        lines.add("    " + need);
      }
    }
    return lines;
  }

  /** {@code yaml} (the role as written) with the code that needs each rule as comments above it. */
  String commented(String yaml) {
    StringBuilder out = new StringBuilder();
    boolean inRules = false;
    int rule = 0;
    for (String line : yaml.split("\n", -1)) {
      if (inRules && line.startsWith("- ") && rule < rules.size()) {
        for (String need : needs(rule++)) {
          out.append("# ").append(need).append('\n');
        }
      }
      inRules |= line.equals("rules:");
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  /** The places that need rule {@code index}, sorted by file and line, each once. */
  private List<String> needs(int index) {
    List<Grant> sources = new ArrayList<>();
    for (int from : rules.get(index).from()) {
      sources.add(grants.get(from));
    }
    sources.sort(
        Comparator.comparing((Grant g) -> file(g.location()))
            .thenComparingLong(g -> g.location() == null ? 0 : g.location().line())
            .thenComparing(Grant::origin));
    Set<String> lines = new LinkedHashSet<>();
    for (Grant grant : sources) {
      lines.add(
          where(grant.location())
              + ": "
              + String.join(" ", grant.rule().verbs())
              + ": "
              + grant.origin());
    }
    return List.copyOf(lines);
  }

  private String where(SourceLocation location) {
    if (location == null) {
      return "(no source)";
    }
    return location.line() > 0 ? file(location) + ":" + location.line() : file(location);
  }

  /** The file relative to the source folder that holds it, with '/' between names. */
  private String file(SourceLocation location) {
    if (location == null) {
      return "";
    }
    if (location.line() > 0) {
      Path file = Path.of(location.file()).toAbsolutePath().normalize();
      for (Path root : roots) {
        if (file.startsWith(root)) {
          return root.relativize(file).toString().replace('\\', '/');
        }
      }
    }
    return location.file();
  }

  /** {@code pods, deployments.apps named a, b: get list} or {@code /metrics: get}. */
  static String describe(PolicyRule rule) {
    List<String> what = new ArrayList<>(rule.urls());
    for (String group : rule.groups()) {
      for (String resource : rule.resources()) {
        what.add(group.isEmpty() ? resource : resource + "." + group);
      }
    }
    return String.join(", ", what)
        + (rule.resourceNames().isEmpty()
            ? ""
            : " named " + String.join(", ", rule.resourceNames()))
        + ": "
        + String.join(" ", rule.verbs());
  }
}

package dev.opboot.generate.rbac;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges and sorts rules as controller-gen's RBAC generator does ({@code NormalizeRules} in
 * sigs.k8s.io/controller-tools v0.17 pkg/rbac/parser.go), so a role reads as kubebuilder users
 * expect and the same code always gives the same bytes:
 *
 * <ol>
 *   <li>each rule is split into one rule per resource, and the group {@code core} is read as {@code
 *       ""};
 *   <li>rules with the same groups, resources, resource names and URLs become one, with the union
 *       of their verbs;
 *   <li>then rules with the same groups, resource names, URLs and verbs, with the union of their
 *       resources;
 *   <li>then rules with the same resources, resource names, URLs and verbs, with the union of their
 *       groups;
 *   <li>then rules with the same groups, resources, resource names and verbs, with the union of
 *       their URLs;
 *   <li>every list is de-duplicated and sorted; the rules are sorted by their groups, then
 *       resources, resource names and URLs (each joined with {@code &}, as controller-gen's key
 *       string); a rule with the verb {@code *} keeps only {@code *}.
 * </ol>
 *
 * <p>Where controller-gen would let one merged rule overwrite another with the same key (which its
 * map iteration order decides), the verbs of both are kept, so no permission is lost.
 *
 * <p>Each merged rule remembers which of the given rules went into it ({@link #trace}), for {@code
 * generate rbac --explain}.
 */
final class RuleNormalizer {
  private RuleNormalizer() {}

  /** A rule being merged: sorted, de-duplicated sets. */
  private static final class Draft {
    final SortedSet<String> groups;
    final SortedSet<String> resources;
    final SortedSet<String> names;
    final SortedSet<String> urls;
    final SortedSet<String> verbs;
    final SortedSet<Integer> from = new TreeSet<>();

    Draft(
        int from,
        Collection<String> groups,
        Collection<String> resources,
        Collection<String> names,
        Collection<String> urls,
        Collection<String> verbs) {
      this.groups = new TreeSet<>(groups);
      this.resources = new TreeSet<>(resources);
      this.names = new TreeSet<>(names);
      this.urls = new TreeSet<>(urls);
      this.verbs = new TreeSet<>(verbs);
      this.from.add(from);
    }

    /** controller-gen's ruleKey string: groups + resources + resourceNames + URLs. */
    String key() {
      return String.join(" + ", join(groups), join(resources), join(names), join(urls));
    }

    String keyWithoutResources() {
      return String.join(" + ", join(groups), join(names), join(urls), join(verbs));
    }

    String keyWithoutGroups() {
      return String.join(" + ", join(resources), join(names), join(urls), join(verbs));
    }

    String keyWithoutUrls() {
      return String.join(" + ", join(groups), join(resources), join(names), join(verbs));
    }

    PolicyRule toRule() {
      List<String> allowed = verbs.contains("*") ? List.of("*") : List.copyOf(verbs);
      return new PolicyRule(
          List.copyOf(groups),
          List.copyOf(resources),
          List.copyOf(names),
          List.copyOf(urls),
          allowed);
    }

    private static String join(SortedSet<String> values) {
      return String.join("&", values);
    }
  }

  /**
   * A merged rule and the given rules it came from.
   *
   * @param from the positions of those rules in the list given to {@link #trace}, in order
   */
  record Traced(PolicyRule rule, List<Integer> from) {
    Traced {
      from = List.copyOf(from);
    }
  }

  /** The rules merged and sorted. */
  static List<PolicyRule> normalize(List<PolicyRule> rules) {
    return trace(rules).stream().map(Traced::rule).toList();
  }

  /** The rules merged and sorted, each with the given rules that went into it. */
  static List<Traced> trace(List<PolicyRule> rules) {
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      PolicyRule rule = rules.get(i);
      List<String> groups = rule.groups().stream().map(g -> g.equals("core") ? "" : g).toList();
      if (rule.resources().isEmpty()) {
        drafts.add(
            new Draft(i, groups, List.of(), rule.resourceNames(), rule.urls(), rule.verbs()));
      }
      for (String resource : rule.resources()) {
        drafts.add(
            new Draft(
                i, groups, List.of(resource), rule.resourceNames(), rule.urls(), rule.verbs()));
      }
    }
    Map<String, Draft> byKey = byKey(drafts);
    byKey =
        byKey(
            merge(
                byKey.values(),
                Draft::keyWithoutResources,
                (into, from) -> into.resources.addAll(from.resources)));
    byKey =
        byKey(
            merge(
                byKey.values(),
                Draft::keyWithoutGroups,
                (into, from) -> into.groups.addAll(from.groups)));
    byKey =
        byKey(
            merge(
                byKey.values(),
                Draft::keyWithoutUrls,
                (into, from) -> into.urls.addAll(from.urls)));
    return new TreeMap<>(byKey)
        .values().stream().map(d -> new Traced(d.toRule(), List.copyOf(d.from))).toList();
  }

  /** Drafts by full key; drafts with the same key become one with the union of their verbs. */
  private static Map<String, Draft> byKey(Collection<Draft> drafts) {
    Map<String, Draft> byKey = new LinkedHashMap<>();
    for (Draft draft : drafts) {
      Draft first = byKey.putIfAbsent(draft.key(), draft);
      if (first != null) {
        first.verbs.addAll(draft.verbs);
        first.from.addAll(draft.from);
      }
    }
    return byKey;
  }

  /** Merges the drafts that agree on {@code key} into the first of them. */
  private static List<Draft> merge(
      Collection<Draft> drafts,
      Function<Draft, String> key,
      java.util.function.BiConsumer<Draft, Draft> into) {
    Map<String, Draft> merged = new LinkedHashMap<>();
    for (Draft draft : drafts) {
      Draft first = merged.putIfAbsent(key.apply(draft), draft);
      if (first != null) {
        into.accept(first, draft);
        first.from.addAll(draft.from);
      }
    }
    return new ArrayList<>(merged.values());
  }
}

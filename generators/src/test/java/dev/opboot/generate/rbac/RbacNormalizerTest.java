package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.crd.Yaml;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The normalization against controller-gen's own: the cluster-wide markers of controller-tools
 * v0.17.3's pkg/rbac/testdata/controller.go in, its testdata/role.yaml's ClusterRole out.
 */
class RbacNormalizerTest {
  private static PolicyRule rule(String groups, String resources, String verbs) {
    return rule(groups, resources, "", "", verbs);
  }

  /**
   * A marker's lists, written as the marker writes them: {@code ;}-separated, {@code ""} for the
   * empty string.
   */
  private static PolicyRule rule(
      String groups, String resources, String names, String urls, String verbs) {
    return new PolicyRule(split(groups), split(resources), split(names), split(urls), split(verbs));
  }

  private static List<String> split(String list) {
    return list.isEmpty()
        ? List.of()
        : List.of(list.split(";")).stream().map(s -> s.equals("\"\"") ? "" : s).toList();
  }

  /** The +kubebuilder:rbac markers of controller-tools' testdata without a namespace, in order. */
  static final List<PolicyRule> CONTROLLER_TOOLS_MARKERS =
      List.of(
          rule("batch.io", "cronjobs", "get;watch;create"),
          rule("batch.io", "cronjobs/status", "get;update;patch"),
          rule("art", "jobs", "get"),
          rule("batch;batch;batch", "jobs/status", "watch"),
          rule("batch;cron", "jobs/status", "create;get"),
          rule("cron;batch", "jobs/status", "get;create"),
          rule("batch", "jobs/status", "watch;watch"),
          rule("batch.io", "cronjobs", "foo;bar;baz", "", "get;watch"),
          rule("deduplicate-verbs", "some", "get;list"),
          rule("deduplicate-verbs", "some", "get"),
          rule("deduplicate-verbs", "some", "list"),
          rule("deduplicate-resources", "one", "create"),
          rule("deduplicate-resources", "two", "create"),
          rule("deduplicate-resources", "three", "create"),
          rule("deduplicate-groups1", "foo", "patch"),
          rule("deduplicate-groups2", "foo", "patch"),
          rule("deduplicate-groups3", "foo", "patch"),
          rule("deduplicate-all", "foo;bar", "get;list"),
          rule("deduplicate-all", "foo", "get"),
          rule("deduplicate-all", "bar", "list"),
          rule("deduplicate-groups4", "xyz", "get;update;patch"),
          rule("deduplicate-groups4", "xyz", "*"),
          rule("deduplicate-all-group", "foo;bar", "get;list"),
          rule("not-deduplicate-resources", "some", "get"),
          rule("not-deduplicate-resources", "another", "list"),
          rule("not-deduplicate-groups1", "some", "get"),
          rule("not-deduplicate-groups2", "some", "list"),
          rule("", "", "", "/url-to-duplicate", "get"),
          rule("", "", "", "/another/url-to-duplicate", "get"),
          rule("core", "deduplicate", "list"),
          rule("\"\"", "me", "list"),
          rule("core;\"\";some-other-to-deduplicate-with-core", "me", "list;get"));

  /** controller-tools' testdata/role.yaml: its ClusterRole, byte for byte. */
  static final String CONTROLLER_GEN_CLUSTER_ROLE =
      """
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: manager-role
      rules:
      - nonResourceURLs:
        - /another/url-to-duplicate
        - /url-to-duplicate
        verbs:
        - get
      - apiGroups:
        - ""
        resources:
        - deduplicate
        - me
        verbs:
        - list
      - apiGroups:
        - ""
        - some-other-to-deduplicate-with-core
        resources:
        - me
        verbs:
        - get
        - list
      - apiGroups:
        - art
        resources:
        - jobs
        verbs:
        - get
      - apiGroups:
        - batch
        resources:
        - jobs/status
        verbs:
        - watch
      - apiGroups:
        - batch
        - cron
        resources:
        - jobs/status
        verbs:
        - create
        - get
      - apiGroups:
        - batch.io
        resources:
        - cronjobs
        verbs:
        - create
        - get
        - watch
      - apiGroups:
        - batch.io
        resourceNames:
        - bar
        - baz
        - foo
        resources:
        - cronjobs
        verbs:
        - get
        - watch
      - apiGroups:
        - batch.io
        resources:
        - cronjobs/status
        verbs:
        - get
        - patch
        - update
      - apiGroups:
        - deduplicate-all
        - deduplicate-all-group
        resources:
        - bar
        - foo
        verbs:
        - get
        - list
      - apiGroups:
        - deduplicate-groups1
        - deduplicate-groups2
        - deduplicate-groups3
        resources:
        - foo
        verbs:
        - patch
      - apiGroups:
        - deduplicate-groups4
        resources:
        - xyz
        verbs:
        - '*'
      - apiGroups:
        - deduplicate-resources
        resources:
        - one
        - three
        - two
        verbs:
        - create
      - apiGroups:
        - deduplicate-verbs
        resources:
        - some
        verbs:
        - get
        - list
      - apiGroups:
        - not-deduplicate-groups1
        - not-deduplicate-resources
        resources:
        - some
        verbs:
        - get
      - apiGroups:
        - not-deduplicate-groups2
        resources:
        - some
        verbs:
        - list
      - apiGroups:
        - not-deduplicate-resources
        resources:
        - another
        verbs:
        - list
      """;

  private static String yaml(List<PolicyRule> rules) {
    return Yaml.write(
        RoleDocument.of(new Role("manager-role", null, RuleNormalizer.normalize(rules))));
  }

  @Test
  void sameRoleAsControllerGenForItsOwnTestdata() {
    assertThat(yaml(CONTROLLER_TOOLS_MARKERS)).isEqualTo(CONTROLLER_GEN_CLUSTER_ROLE);
  }

  @Test
  void theOrderOfTheRulesDoesNotMatter() {
    String expected = yaml(CONTROLLER_TOOLS_MARKERS);
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      List<PolicyRule> shuffled = new ArrayList<>(CONTROLLER_TOOLS_MARKERS);
      Collections.shuffle(shuffled, random);
      assertThat(yaml(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void aStarVerbStandsAlone() {
    assertThat(RuleNormalizer.normalize(List.of(rule("apps", "deployments", "get;*;list"))))
        .containsExactly(PolicyRule.of("apps", "deployments", "*"));
  }
}

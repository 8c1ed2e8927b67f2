package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @RbacRule}, op-boot's {@code +kubebuilder:rbac}: read as written, checked before it
 * reaches a role.
 */
class RbacRuleAnnotationTest {
  @TempDir Path tmp;

  private RbacFixture reconcilerWith(String... rules) {
    return RbacFixture.withShop(tmp)
        .java(
            "ShopReconciler",
            String.join("\n", rules)
                + "\npublic class ShopReconciler implements Reconciler<Shop> {"
                + RbacFixture.RECONCILE
                + "}\n");
  }

  private List<Problem> problems(RbacFixture fixture) {
    try {
      fixture.grants();
    } catch (GeneratorException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems");
  }

  @Test
  void repeatedRulesAsWrittenWithCoreAsTheCoreGroup() throws Exception {
    List<Grant> rules =
        reconcilerWith(
                "@RbacRule(groups = \"core\", resources = {\"services\", \"endpoints\"}, verbs = {\"get\", \"list\"})",
                "@RbacRule(groups = \"\", resources = \"configmaps\", resourceNames = \"shop-settings\", verbs = \"get\")",
                "@RbacRule(urls = \"/metrics\", verbs = \"get\")")
            .grants()
            .stream()
            .filter(g -> g.origin().startsWith("@RbacRule"))
            .toList();
    assertThat(rules)
        .extracting(Grant::rule)
        .containsExactly(
            new PolicyRule(
                List.of(""),
                List.of("services", "endpoints"),
                List.of(),
                List.of(),
                List.of("get", "list")),
            new PolicyRule(
                List.of(""),
                List.of("configmaps"),
                List.of("shop-settings"),
                List.of(),
                List.of("get")),
            new PolicyRule(List.of(), List.of(), List.of(), List.of("/metrics"), List.of("get")));
    assertThat(rules).extracting(g -> g.location().line()).containsExactly(19L, 20L, 21L);
    assertThat(rules).extracting(Grant::namespace).containsOnly("");
  }

  @Test
  void aRuleOnTheDependentOrAnyClassCounts() throws Exception {
    List<Grant> rules =
        RbacFixture.withShop(tmp)
            .java(
                "Extra",
                """
        @RbacRule(groups = "apps", resources = "replicasets", verbs = "list")
        class Extra {}
        """)
            .grants();
    assertThat(rules)
        .extracting(Grant::rule)
        .containsExactly(PolicyRule.of("apps", "replicasets", "list"));
  }

  @Test
  void anUnknownVerbIsAnErrorAtItsAnnotation() {
    RbacFixture fixture =
        reconcilerWith(
            "@RbacRule(groups = \"\", resources = \"pods\", verbs = \"get\")",
            "@RbacRule(groups = \"\", resources = \"pods\", verbs = {\"get\", \"read\"})");
    assertThat(problems(fixture))
        .extracting(Problem::toString)
        .containsExactly(
            fixture.file("ShopReconciler")
                + ":20:1: @RbacRule on ShopReconciler: unknown verb 'read'; the verbs on resources are * approve bind"
                + " create delete deletecollection escalate get impersonate list patch sign update use watch.");
  }

  @Test
  void aWildcardResourceNameIsAnError() {
    RbacFixture fixture =
        reconcilerWith(
            "@RbacRule(groups = \"\", resources = \"secrets\", resourceNames = \"shop-*\", verbs = \"get\")");
    assertThat(problems(fixture))
        .extracting(Problem::toString)
        .containsExactly(
            fixture.file("ShopReconciler")
                + ":19:1: @RbacRule on ShopReconciler: resourceNames match names exactly, so 'shop-*' is no wildcard;"
                + " leave resourceNames out to allow every name.");
  }

  @Test
  void otherMistakesAllReportedTogether() {
    RbacFixture fixture =
        reconcilerWith(
            "@RbacRule(resources = \"secrets\", verbs = \"get\")",
            "@RbacRule(groups = \"\", resources = \"secrets\", resourceNames = \"a\", verbs = \"create\")",
            "@RbacRule(groups = \"\", resources = \"pods\", urls = \"/healthz\", verbs = \"get\")",
            "@RbacRule(urls = \"/metrics\", verbs = \"list\")",
            "@RbacRule(groups = \"\", verbs = \"get\")",
            "@RbacRule(groups = \"\", resources = \"pods\", verbs = {}, namespace = \"Not_A_Namespace\")");
    assertThat(problems(fixture))
        .extracting(p -> p.location().line() + " " + p.message().replaceFirst(".*?: ", ""))
        .containsExactly(
            "19 it names no API group for [secrets]; add groups = \"\" for the core group (pods, secrets, ...) or"
                + " the group, such as \"apps\".",
            "20 create cannot be limited by resourceNames (the new object has no name yet when it is authorized);"
                + " put create in a rule without resourceNames.",
            "21 a rule is either about resources (groups, resources, resourceNames) or about non-resource urls, not"
                + " both; split it in two.",
            "22 unknown verb 'list'; the verbs on urls are * delete get head options patch post put.",
            "23 it names no resources (and no urls); add resources = \"<plural>\".",
            "24 it allows no verbs; add verbs = {\"get\", \"list\", \"watch\"} or the verbs needed.",
            "24 the namespace 'Not_A_Namespace' is no valid namespace name: it must consist of a-z, 0-9 and '-', and"
                + " start and end with a letter or digit.");
  }

  @Test
  void invalidRulesMakeTheWholeGenerationFail() {
    RbacFixture fixture =
        reconcilerWith("@RbacRule(groups = \"\", resources = \"pods\", verbs = \"fetch\")");
    assertThatThrownBy(fixture::yaml)
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining("unknown verb 'fetch'");
  }
}

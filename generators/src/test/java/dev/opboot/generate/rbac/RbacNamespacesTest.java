package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.GeneratorOption;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Namespaced operators: when every controller watches fixed namespaces, Roles in those namespaces
 * (no namespace written for the operator's own), and a ClusterRole beside them only for what a Role
 * cannot grant. Each way of fixing the namespaces: {@code @Informer(namespaces = ...)}, {@code
 * WATCH_CURRENT_NAMESPACE}, and the namespaced layout of PROJECT.
 */
class RbacNamespacesTest {
  @TempDir Path tmp;

  private static final String IMPORTS =
      """
      import io.javaoperatorsdk.operator.api.config.informer.Informer;
      import io.javaoperatorsdk.operator.api.reconciler.Constants;
      import io.fabric8.kubernetes.client.KubernetesClient;
      """;

  /** The rules of Shop's reconciler, as every Role here holds them. */
  private static final String SHOP_RULES =
      """
      rules:
      - apiGroups:
        - ""
        resources:
        - events
        verbs:
        - create
        - patch
      - apiGroups:
        - shop.example.com
        resources:
        - shops
        verbs:
        - get
        - list
        - patch
        - update
        - watch
      - apiGroups:
        - shop.example.com
        resources:
        - shops/finalizers
        verbs:
        - update
      - apiGroups:
        - shop.example.com
        resources:
        - shops/status
        verbs:
        - get
        - patch
        - update
      """;

  private RbacFixture shopReconciler(String annotations, String body) {
    return RbacFixture.withShop(tmp)
        .java(
            "ShopReconciler",
            IMPORTS
                + annotations
                + "\npublic class ShopReconciler implements Reconciler<Shop> {\n"
                + body
                + RbacFixture.RECONCILE
                + "}\n");
  }

  private String yaml(RbacFixture fixture, boolean namespacedLayout) throws GeneratorException {
    fixture.compile();
    return RbacGenerator.generate(
            new RbacGenerator.Options(
                List.of(tmp.resolve("src")), JosdkOnClasspath.entries(), null, namespacedLayout))
        .get(RbacGenerator.FILE_NAME);
  }

  private static String role(String namespace) {
    return "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: manager-role\n"
        + (namespace == null ? "" : "  namespace: " + namespace + "\n")
        + SHOP_RULES;
  }

  @Test
  void informerNamespacesGiveARoleInEach() throws Exception {
    String yaml =
        yaml(
            shopReconciler(
                "@ControllerConfiguration(informer = @Informer(namespaces = {\"shop-b\", \"shop-a\"}))",
                ""),
            false);
    assertThat(yaml).isEqualTo(RbacGenerator.HEADER + role("shop-a") + role("shop-b"));
  }

  @Test
  void watchCurrentNamespaceGivesARoleThatKustomizePlaces() throws Exception {
    String yaml =
        yaml(
            shopReconciler(
                "@ControllerConfiguration(informer = @Informer(namespaces ="
                    + " Constants.WATCH_CURRENT_NAMESPACE))",
                ""),
            false);
    assertThat(yaml).isEqualTo(RbacGenerator.HEADER + role(null));
  }

  @Test
  void theNamespacedLayoutGivesARoleInTheOperatorsNamespace() throws Exception {
    RbacFixture fixture = shopReconciler("@ControllerConfiguration", "");
    assertThat(yaml(fixture, true)).isEqualTo(RbacGenerator.HEADER + role(null));
    assertThat(yaml(fixture, false)).contains("kind: ClusterRole\n").doesNotContain("kind: Role\n");
  }

  @Test
  void theNamespacedLayoutIsReadFromProject() throws Exception {
    RbacFixture fixture = shopReconciler("", "");
    fixture.compile();
    Files.writeString(tmp.resolve("PROJECT"), "layout: josdk.v5\nnamespaced: true\n");
    assertThat(generate(Map.of()).files().get(RbacGenerator.FILE_NAME))
        .isEqualTo(RbacGenerator.HEADER + role(null));
    Files.writeString(tmp.resolve("PROJECT"), "layout: josdk.v5\nnamespaced: false\n");
    assertThat(generate(Map.of()).files().get(RbacGenerator.FILE_NAME))
        .contains("kind: ClusterRole\n");
  }

  @Test
  void aBadNamespacedFieldInProjectIsRefused() throws Exception {
    shopReconciler("", "").compile();
    Files.writeString(tmp.resolve("PROJECT"), "layout: josdk.v5\nnamespaced: sometimes\n");
    assertThatThrownBy(() -> generate(Map.of()))
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining(
            tmp.resolve("PROJECT")
                + ": 'namespaced' must be true or false, not 'sometimes'. Set it to true for an"
                + " operator that watches its own namespace (op-boot init --namespaced), or remove it.");
  }

  @Test
  void oneControllerOnEveryNamespaceKeepsTheClusterRole() throws Exception {
    RbacFixture fixture =
        shopReconciler(
                "@ControllerConfiguration(informer = @Informer(namespaces = \"shop-a\"))", "")
            .java(
                "Other",
                """
                @Group("shop.example.com") @Version("v1")
                public class Other extends CustomResource<Void, Void> implements Namespaced {}
                """)
            .java(
                "OtherReconciler",
                """
                @ControllerConfiguration
                public class OtherReconciler implements Reconciler<Other> {
                  public UpdateControl<Other> reconcile(Other o, Context<Other> c) {
                    return UpdateControl.noUpdate();
                  }
                }
                """);
    String yaml = yaml(fixture, false);
    assertThat(yaml).contains("kind: ClusterRole\n").doesNotContain("kind: Role\n");
  }

  @Test
  void whatNoRoleGrantsGoesToAClusterRoleWithAWarning() throws Exception {
    RbacFixture fixture =
        shopReconciler(
            "@ControllerConfiguration(informer = @Informer(namespaces = \"shop-a\"))",
            """
            void audit(KubernetesClient client) {
              client.configMaps().inAnyNamespace().list();
              client.nodes().list();
            }
            """);
    String yaml = yaml(fixture, false);
    assertThat(yaml)
        .isEqualTo(
            RbacGenerator.HEADER
                + role("shop-a")
                + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: manager-role
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  - nodes
                  verbs:
                  - list
                """);
    assertThat(RbacGenerator.read(fixture.compile()).warnings())
        .containsExactly(
            fixture.file("ShopReconciler")
                + ":25:3: warning: client.configMaps().inAnyNamespace().list() in ShopReconciler needs"
                + " configmaps: list in every namespace, which no Role grants, although the operator"
                + " watches 'shop-a' only: role.yaml also holds a ClusterRole named as the Roles for it"
                + " (2 rule(s), see --explain). Bind it with a ClusterRoleBinding, or keep the operator in"
                + " its namespaces (inNamespace instead of inAnyNamespace).");
  }

  @Test
  void anRbacRuleNamingANamespaceAddsARoleThere() throws Exception {
    String yaml =
        yaml(
            shopReconciler(
                "@RbacRule(groups = \"\", resources = \"secrets\", verbs = \"get\", namespace ="
                    + " \"vault\")\n"
                    + "@ControllerConfiguration(informer = @Informer(namespaces ="
                    + " Constants.WATCH_CURRENT_NAMESPACE))",
                ""),
            false);
    assertThat(yaml)
        .isEqualTo(
            RbacGenerator.HEADER
                + role(null)
                + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  name: manager-role
                  namespace: vault
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - secrets
                  verbs:
                  - get
                """);
  }

  @Test
  void aNamespaceThatIsNoNameIsRefused() {
    RbacFixture fixture =
        shopReconciler(
            "@ControllerConfiguration(informer = @Informer(namespaces = \"Shop_A\"))", "");
    assertThatThrownBy(() -> yaml(fixture, false))
        .isInstanceOf(GeneratorException.class)
        .satisfies(
            e ->
                assertThat(
                        ((GeneratorException) e)
                            .problems().stream().map(Problem::toString).toList())
                    .singleElement()
                    .asString()
                    .startsWith(
                        fixture.file("ShopReconciler")
                            + ":22:1: ShopReconciler watches the namespace 'Shop_A', which is no"
                            + " valid namespace name: ")
                    .endsWith(
                        ". Fix @Informer(namespaces = ...) of its @ControllerConfiguration."));
  }

  @Test
  void explainNamesEachRole() throws Exception {
    shopReconciler(
            "@ControllerConfiguration(informer = @Informer(namespaces = {\"shop-a\", \"shop-b\"}))",
            "")
        .compile();
    List<String> lines = generate(Map.of("explain", "true")).explanation();
    assertThat(lines)
        .filteredOn(line -> !line.startsWith(" ") && !line.startsWith("-"))
        .containsExactly(
            "Role manager-role in namespace shop-a: each rule and the code that needs it",
            "Role manager-role in namespace shop-b: each rule and the code that needs it");
    assertThat(lines)
        .contains(
            "    com/example/ShopReconciler.java:22: get list patch update watch: the primary"
                + " resource of ShopReconciler");
  }

  private GeneratedFiles generate(Map<String, String> options) throws Exception {
    RbacGenerator generator = new RbacGenerator();
    return generator.generate(
        ProjectSources.of(List.of(tmp.resolve("src")), JosdkOnClasspath.entries()).in(tmp),
        GeneratorSettings.checked(generator, options, GeneratorOption::flag));
  }
}

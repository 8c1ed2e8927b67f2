package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.Generation;
import dev.opboot.generate.GeneratorOption;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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
    return files(fixture, namespacedLayout).get(RbacGenerator.FILE_NAME);
  }

  private SortedMap<String, String> files(RbacFixture fixture, boolean namespacedLayout)
      throws GeneratorException {
    fixture.compile();
    return RbacGenerator.generate(
        new RbacGenerator.Options(
            List.of(tmp.resolve("src")), JosdkOnClasspath.entries(), null, namespacedLayout));
  }

  /** Shop's Role: with no namespace written, or in one, labelled for the Component there. */
  private static String role(String namespace) {
    return "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n"
        + (namespace == null
            ? "  name: manager-role\n"
            : "  labels:\n    op-boot.dev/watched-namespace: \"true\"\n  name: manager-role\n"
                + "  namespace: "
                + namespace
                + "\n")
        + SHOP_RULES;
  }

  /** The RoleBinding of Shop's Role in {@code namespace} to {@code account} in {@code at}. */
  private static String binding(String namespace, String account, String at) {
    return """
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          labels:
            op-boot.dev/watched-namespace: "true"
          name: manager-role
          namespace: %s
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: Role
          name: manager-role
        subjects:
        - kind: ServiceAccount
          name: %s
          namespace: %s
        """
        .formatted(namespace, account, at);
  }

  private RbacFixture shopInTwoNamespaces() {
    return shopReconciler(
        "@ControllerConfiguration(informer = @Informer(namespaces = {\"shop-b\", \"shop-a\"}))",
        "");
  }

  @Test
  void informerNamespacesGiveARoleInEachBoundToTheServiceAccount() throws Exception {
    SortedMap<String, String> files = files(shopInTwoNamespaces(), false);
    assertThat(files)
        .containsOnlyKeys(
            "namespaces/kustomization.yaml",
            "namespaces/role.yaml",
            "namespaces/role_binding.yaml",
            "role.yaml");
    assertThat(files.get("role.yaml"))
        .isEqualTo(
            RbacGenerator.HEADER
                + """
                # The operator works in the namespaces it watches only: its Roles and their RoleBindings are in
                # namespaces/, a kustomize Component config/default does not include (see its kustomization.yaml).
                # The ClusterRole below grants nothing: role_binding.yaml binds it by name.
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: manager-role
                rules: []
                """);
    assertThat(files.get("namespaces/role.yaml"))
        .isEqualTo(NamespaceRoleFiles.ROLES_HEADER + role("shop-a") + role("shop-b"));
    assertThat(files.get("namespaces/role_binding.yaml"))
        .isEqualTo(
            NamespaceRoleFiles.BINDINGS_HEADER
                + binding("shop-a", "controller-manager", "system")
                + binding("shop-b", "controller-manager", "system"));
    assertThat(files.get("namespaces/kustomization.yaml"))
        .isEqualTo(
            """
            # Generated by 'op-boot generate rbac': the operator's Roles in shop-a, shop-b,
            # and their RoleBindings, as a kustomize Component. config/default does not include it: its
            # 'namespace:' would move these Roles into the operator's namespace. 'op-boot build' renders it into
            # dist/install.yaml ('op-boot deploy' applies that). With kustomize by hand, use an overlay that
            # lists config/default under resources and this folder under components, e.g. in config/install:
            #   resources: [../default]
            #   components: [../rbac/namespaces]
            # then 'kubectl apply -k config/install'. Its replacements name the Roles and RoleBindings after
            # the service account as config/default makes it and bind them to it in the operator's namespace.
            apiVersion: kustomize.config.k8s.io/v1alpha1
            kind: Component
            resources:
            - role.yaml
            - role_binding.yaml
            replacements:
            - source:
                kind: ServiceAccount
                name: controller-manager
                namespace: system
                fieldPath: metadata.name
              targets:
              - select:
                  labelSelector: op-boot.dev/watched-namespace=true
                fieldPaths:
                - metadata.name
              - select:
                  kind: RoleBinding
                  labelSelector: op-boot.dev/watched-namespace=true
                fieldPaths:
                - roleRef.name
                - subjects.0.name
            - source:
                kind: ServiceAccount
                name: controller-manager
                namespace: system
                fieldPath: metadata.namespace
              targets:
              - select:
                  kind: RoleBinding
                  labelSelector: op-boot.dev/watched-namespace=true
                fieldPaths:
                - subjects.0.namespace
            """);
    assertThat(files(shopInTwoNamespaces(), false)).as("a second run").isEqualTo(files);
  }

  @Test
  void theSubjectIsTheServiceAccountConfigRbacDeclares() throws Exception {
    shopInTwoNamespaces().compile();
    Path rbac = Files.createDirectories(tmp.resolve("config/rbac"));
    Files.writeString(
        rbac.resolve("role_binding.yaml"),
        """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: manager-rolebinding
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: manager-role}
        subjects:
        - kind: User
          name: someone
        - kind: ServiceAccount
          name: from-binding
          namespace: ops
        """);
    Map<String, String> files = generate(Map.of()).files();
    assertThat(files.get("namespaces/role_binding.yaml"))
        .contains(binding("shop-a", "from-binding", "ops"));
    assertThat(files.get("namespaces/kustomization.yaml"))
        .contains("    name: from-binding\n    namespace: ops\n");

    Files.writeString(
        rbac.resolve("service_account.yaml"),
        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: shop-operator\n  namespace: shop-ops\n");
    files = generate(Map.of()).files();
    assertThat(files.get("namespaces/role_binding.yaml"))
        .isEqualTo(
            NamespaceRoleFiles.BINDINGS_HEADER
                + binding("shop-a", "shop-operator", "shop-ops")
                + binding("shop-b", "shop-operator", "shop-ops"));
    assertThat(files.get("namespaces/kustomization.yaml"))
        .contains(
            "    name: shop-operator\n    namespace: shop-ops\n    fieldPath: metadata.name\n")
        .doesNotContain("controller-manager");
  }

  @Test
  void aServiceAccountWithoutNamespaceIsRefused() throws Exception {
    shopInTwoNamespaces().compile();
    Path rbac = Files.createDirectories(tmp.resolve("config/rbac"));
    Files.writeString(
        rbac.resolve("service_account.yaml"),
        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: shop-operator\n");
    assertThatThrownBy(() -> generate(Map.of()))
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining(
            rbac.resolve("service_account.yaml")
                + ": the operator's ServiceAccount has no metadata.namespace; 'generate rbac' binds"
                + " the Roles in the namespaces the operator watches to it. Write them as the"
                + " scaffold does (name: controller-manager, namespace: system); kustomize's"
                + " namePrefix and namespace still apply.");
  }

  @Test
  void filesOfAnEarlierRunGoWhenTheOperatorWatchesEveryNamespace() throws Exception {
    Path output = tmp.resolve("config/rbac");
    shopInTwoNamespaces().compile();
    run(output, false);
    assertThat(output.resolve("namespaces/role_binding.yaml")).exists();
    Files.writeString(output.resolve("namespaces/notes.yaml"), "# mine\n");

    shopReconciler("@ControllerConfiguration", "").compile();
    Generation.Outcome check = run(output, true);
    assertThat(check.stale())
        .containsExactly(
            "config/rbac/namespaces/kustomization.yaml",
            "config/rbac/namespaces/role.yaml",
            "config/rbac/namespaces/role_binding.yaml",
            "config/rbac/role.yaml");
    Generation.Outcome written = run(output, false);
    assertThat(written.changes())
        .contains(
            "config/rbac/namespaces/kustomization.yaml",
            "config/rbac/namespaces/role.yaml",
            "config/rbac/namespaces/role_binding.yaml");
    assertThat(output.resolve("namespaces/role.yaml")).doesNotExist();
    assertThat(output.resolve("namespaces/kustomization.yaml")).doesNotExist();
    assertThat(output.resolve("namespaces/notes.yaml")).as("a file op-boot did not write").exists();
    assertThat(Files.readString(output.resolve("role.yaml")))
        .contains("kind: ClusterRole\n")
        .contains("  - shops\n");
    assertThat(run(output, true).upToDate()).isTrue();
  }

  private Generation.Outcome run(Path output, boolean check) throws Exception {
    RbacGenerator generator = new RbacGenerator();
    List<String> lines = new java.util.ArrayList<>();
    return Generation.run(
        tmp,
        ProjectSources.of(List.of(tmp.resolve("src")), JosdkOnClasspath.entries()).in(tmp),
        List.of(
            new Generation.Task(
                generator,
                GeneratorSettings.checked(generator, Map.of(), GeneratorOption::flag),
                output)),
        check,
        new Generation.Report() {
          @Override
          public void file(String line) {
            lines.add(line);
          }

          @Override
          public void diff(String unifiedDiff) {
            lines.add(unifiedDiff);
          }

          @Override
          public void note(String line) {
            lines.add(line);
          }
        });
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
    SortedMap<String, String> files = files(fixture, false);
    assertThat(files.get(NamespaceRoleFiles.ROLES))
        .isEqualTo(NamespaceRoleFiles.ROLES_HEADER + role("shop-a"));
    assertThat(files.get(RbacGenerator.FILE_NAME))
        .isEqualTo(
            RbacGenerator.HEADER
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
                + " watches 'shop-a' only: role.yaml holds a ClusterRole named as the Roles for it"
                + " (2 rule(s), see --explain), which grants them in every namespace. The scaffold's"
                + " role_binding.yaml binds it with a ClusterRoleBinding (in a project made with 'init"
                + " --namespaced' it binds the Role only: add a ClusterRoleBinding); or keep the"
                + " operator in its namespaces (inNamespace instead of inAnyNamespace).");
  }

  @Test
  void anRbacRuleNamingANamespaceAddsARoleThere() throws Exception {
    SortedMap<String, String> files =
        files(
            shopReconciler(
                "@RbacRule(groups = \"\", resources = \"secrets\", verbs = \"get\", namespace ="
                    + " \"vault\")\n"
                    + "@ControllerConfiguration(informer = @Informer(namespaces ="
                    + " Constants.WATCH_CURRENT_NAMESPACE))",
                ""),
            false);
    assertThat(files.get(RbacGenerator.FILE_NAME)).isEqualTo(RbacGenerator.HEADER + role(null));
    assertThat(files.get(NamespaceRoleFiles.ROLES))
        .isEqualTo(
            NamespaceRoleFiles.ROLES_HEADER
                + """
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  labels:
                    op-boot.dev/watched-namespace: "true"
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
    assertThat(files.get(NamespaceRoleFiles.BINDINGS))
        .isEqualTo(
            NamespaceRoleFiles.BINDINGS_HEADER + binding("vault", "controller-manager", "system"));
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
    assertThat(lines)
        .filteredOn(line -> line.startsWith("  in "))
        .containsExactly(
            "  in namespaces/role.yaml, bound by namespaces/role_binding.yaml to the ServiceAccount"
                + " controller-manager of namespace system (the scaffold's default), as config/default"
                + " names and places it",
            "  in namespaces/role.yaml, bound by namespaces/role_binding.yaml to the ServiceAccount"
                + " controller-manager of namespace system (the scaffold's default), as config/default"
                + " names and places it");
  }

  private GeneratedFiles generate(Map<String, String> options) throws Exception {
    RbacGenerator generator = new RbacGenerator();
    return generator.generate(
        ProjectSources.of(List.of(tmp.resolve("src")), JosdkOnClasspath.entries()).in(tmp),
        GeneratorSettings.checked(generator, options, GeneratorOption::flag));
  }
}

package dev.opboot.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.envtest.AssetsLocator;
import dev.opboot.generate.rbac.OperatorAccount;
import dev.opboot.generate.rbac.PolicyRule;
import dev.opboot.generate.rbac.RbacGenerator;
import dev.opboot.generate.rbac.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dist/install.yaml of a small project laid out as the scaffold lays it out, rendered by {@code
 * kubectl kustomize}: the Roles {@code generate rbac} writes for the namespaces the operator
 * watches stay in those namespaces and are bound to the service account as config/default makes it
 * (prefixed, in the operator's namespace), while everything else moves there as before.
 */
class InstallBundleTest {
  @TempDir Path project;
  private Kubectl kubectl;

  @BeforeEach
  void findKubectl() {
    Path executable =
        ExternalCommand.onPath("kubectl")
            .orElseGet(
                () ->
                    AssetsLocator.ofThisJvm().locate() instanceof AssetsLocator.Found found
                        ? found.dir().resolve("kubectl")
                        : null);
    Assumptions.assumeTrue(
        executable != null && Files.isExecutable(executable),
        "kubectl is neither on PATH nor in the envtest store: " + AssetsLocator.INSTALL_HINT);
    kubectl = Kubectl.at(executable, project);
  }

  @BeforeEach
  void scaffoldLikeConfig() throws Exception {
    write(
        "config/default/kustomization.yaml",
        "namespace: shop-system\nnamePrefix: shop-\nresources:\n- ../rbac\n- ../manager\n");
    write(
        "config/rbac/kustomization.yaml",
        "resources:\n- service_account.yaml\n- role.yaml\n- role_binding.yaml\n");
    write(
        "config/rbac/service_account.yaml",
        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: operator\n  namespace: system\n");
    write(
        "config/rbac/role_binding.yaml",
        """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: manager-rolebinding
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: manager-role
        subjects:
        - kind: ServiceAccount
          name: operator
          namespace: system
        """);
    write("config/manager/kustomization.yaml", "resources:\n- manager.yaml\n");
    write(
        "config/manager/manager.yaml",
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: controller-manager
          namespace: system
        spec:
          selector:
            matchLabels: {app: shop}
          template:
            metadata:
              labels: {app: shop}
            spec:
              serviceAccountName: operator
              containers:
              - name: manager
                image: controller:latest
        """);
  }

  @Test
  void rolesInWatchedNamespacesStayThereBoundToTheOperatorsAccount() throws Exception {
    PolicyRule configMaps = PolicyRule.of("", "configmaps", "get", "create");
    generateRoles(
        List.of(
            new Role("manager-role", "team-a", List.of(configMaps)),
            new Role("manager-role", "team-b", List.of(configMaps)),
            new Role("manager-role", null, List.of(PolicyRule.of("", "nodes", "list")))));

    List<JsonNode> bundle = render();

    assertThat(where(bundle, "Role"))
        .containsExactly("team-a/shop-operator", "team-b/shop-operator");
    assertThat(where(bundle, "RoleBinding"))
        .containsExactly("team-a/shop-operator", "team-b/shop-operator");
    assertThat(where(bundle, "ServiceAccount")).containsExactly("shop-system/shop-operator");
    assertThat(where(bundle, "Deployment")).containsExactly("shop-system/shop-controller-manager");
    assertThat(where(bundle, "ClusterRole")).containsExactly("/shop-manager-role");
    for (JsonNode binding : ofKind(bundle, "RoleBinding")) {
      assertThat(binding.at("/roleRef/kind").asText()).isEqualTo("Role");
      assertThat(binding.at("/roleRef/name").asText()).isEqualTo("shop-operator");
      assertThat(binding.get("subjects")).hasSize(1);
      assertThat(binding.at("/subjects/0/kind").asText()).isEqualTo("ServiceAccount");
      assertThat(binding.at("/subjects/0/name").asText()).isEqualTo("shop-operator");
      assertThat(binding.at("/subjects/0/namespace").asText()).isEqualTo("shop-system");
    }
    assertThat(InstallBundle.managerImage(kustomized())).isEqualTo("example.com/shop:1.0");
  }

  @Test
  void deployingToAnotherNamespaceLeavesTheWatchedOnesAndMovesTheSubjects() throws Exception {
    PolicyRule configMaps = PolicyRule.of("", "configmaps", "get");
    generateRoles(
        List.of(
            new Role("manager-role", "team-a", List.of(configMaps)),
            new Role("manager-role", "team-b", List.of(configMaps))));
    String bundle = kustomized();

    List<JsonNode> moved = new ArrayList<>();
    for (String document :
        InstallBundle.documents(
            InstallBundle.override(
                kubectl, project, bundle, ImageName.parse("example.com/shop:2.0", "test"), "qa"))) {
      moved.add(InstallBundle.Yaml.read(document));
    }

    assertThat(where(moved, "Role"))
        .containsExactly("team-a/shop-operator", "team-b/shop-operator");
    assertThat(where(moved, "ClusterRole"))
        .as(
            "role.yaml's ClusterRole with no rules, so that role_binding.yaml binds a role of its own")
        .containsExactly("/shop-manager-role");
    assertThat(ofKind(moved, "ClusterRoleBinding"))
        .singleElement()
        .satisfies(b -> assertThat(b.at("/roleRef/name").asText()).isEqualTo("shop-manager-role"));
    assertThat(where(moved, "RoleBinding"))
        .containsExactly("team-a/shop-operator", "team-b/shop-operator");
    assertThat(where(moved, "ServiceAccount")).containsExactly("qa/shop-operator");
    assertThat(where(moved, "Deployment")).containsExactly("qa/shop-controller-manager");
    for (JsonNode binding : ofKind(moved, "RoleBinding")) {
      assertThat(binding.at("/subjects/0/name").asText()).isEqualTo("shop-operator");
      assertThat(binding.at("/subjects/0/namespace").asText()).isEqualTo("qa");
    }
    for (JsonNode binding : ofKind(moved, "ClusterRoleBinding")) {
      assertThat(binding.at("/subjects/0/namespace").asText()).isEqualTo("qa");
    }
    assertThat(
            InstallBundle.managerImage(
                InstallBundle.override(
                    kubectl,
                    project,
                    bundle,
                    ImageName.parse("example.com/shop:2.0", "test"),
                    "qa")))
        .isEqualTo("example.com/shop:2.0");
  }

  @Test
  void withoutWatchedNamespacesTheBundleIsConfigDefaultAsBefore() throws Exception {
    generateRoles(
        List.of(new Role("manager-role", null, List.of(PolicyRule.of("", "pods", "get")))));
    assertThat(project.resolve(InstallBundle.WATCHED_NAMESPACES)).doesNotExist();
    List<JsonNode> bundle = render();
    assertThat(ofKind(bundle, "Role")).isEmpty();
    assertThat(ofKind(bundle, "RoleBinding")).isEmpty();
    assertThat(where(bundle, "ClusterRole")).containsExactly("/shop-manager-role");
    assertThat(Files.readString(project.resolve("target/op-boot/dist/kustomization.yaml")))
        .doesNotContain("components");
  }

  /**
   * A bundle with webhooks moved by {@code deploy --namespace}: kustomize moves the objects and the
   * Service references; the values config/default computed from the namespace follow too.
   */
  @Test
  void deployingWebhooksToAnotherNamespaceMovesTheirCertificateNames() throws Exception {
    String bundle =
        """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          annotations:
            cert-manager.io/inject-ca-from: shop-system/shop-serving-cert
          name: carts.shop.example.com
        spec:
          conversion:
            strategy: Webhook
            webhook:
              clientConfig:
                service:
                  name: shop-webhook-service
                  namespace: shop-system
                  path: /convert
              conversionReviewVersions:
              - v1
          group: shop.example.com
          names:
            kind: Cart
            plural: carts
          scope: Namespaced
          versions: []
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: shop-controller-manager
          namespace: shop-system
        spec:
          template:
            spec:
              containers:
              - name: manager
                image: example.com/shop:1.0
                env:
                - name: NOT_A_DNS_NAME
                  value: x
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: shop-webhook-service
          namespace: shop-system
        spec:
          ports:
          - port: 443
            targetPort: 9443
        ---
        apiVersion: cert-manager.io/v1
        kind: Certificate
        metadata:
          name: shop-serving-cert
          namespace: shop-system
        spec:
          dnsNames:
          - shop-webhook-service.shop-system.svc
          - shop-webhook-service.shop-system.svc.cluster.local
          issuerRef:
            kind: Issuer
            name: shop-selfsigned-issuer
          secretName: webhook-server-cert
        ---
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingWebhookConfiguration
        metadata:
          annotations:
            cert-manager.io/inject-ca-from: shop-system/shop-serving-cert
          name: shop-validating-webhook-configuration
        webhooks:
        - admissionReviewVersions:
          - v1
          clientConfig:
            service:
              name: shop-webhook-service
              namespace: shop-system
              path: /validate-shop-example-com-v1-cart
          name: vcart-v1.kb.io
          sideEffects: None
        """;

    List<JsonNode> moved = new ArrayList<>();
    for (String document :
        InstallBundle.documents(InstallBundle.override(kubectl, project, bundle, null, "team-a"))) {
      moved.add(InstallBundle.Yaml.read(document));
    }

    JsonNode certificate = ofKind(moved, "Certificate").get(0);
    assertThat(certificate.at("/metadata/namespace").asText()).isEqualTo("team-a");
    assertThat(certificate.at("/spec/dnsNames").toString())
        .isEqualTo(
            "[\"shop-webhook-service.team-a.svc\",\"shop-webhook-service.team-a.svc.cluster.local\"]");
    for (String kind : List.of("CustomResourceDefinition", "ValidatingWebhookConfiguration")) {
      assertThat(
              ofKind(moved, kind)
                  .get(0)
                  .at("/metadata/annotations")
                  .path("cert-manager.io/inject-ca-from")
                  .asText())
          .as("the CA injection of the %s", kind)
          .isEqualTo("team-a/shop-serving-cert");
    }
    assertThat(
            ofKind(moved, "ValidatingWebhookConfiguration")
                .get(0)
                .at("/webhooks/0/clientConfig/service/namespace")
                .asText())
        .isEqualTo("team-a");
    assertThat(
            ofKind(moved, "CustomResourceDefinition")
                .get(0)
                .at("/spec/conversion/webhook/clientConfig/service/namespace")
                .asText())
        .isEqualTo("team-a");
  }

  /** What generate rbac writes for {@code roles}, bound to the account config/rbac declares. */
  private void generateRoles(List<Role> roles) throws Exception {
    OperatorAccount account = OperatorAccount.of(project);
    assertThat(account.name()).isEqualTo("operator");
    for (Map.Entry<String, String> file : RbacGenerator.files(roles, account).entrySet()) {
      write("config/rbac/" + file.getKey(), file.getValue());
    }
  }

  private String kustomized() throws Exception {
    return InstallBundle.render(kubectl, project, ImageName.parse("example.com/shop:1.0", "test"));
  }

  private List<JsonNode> render() throws Exception {
    List<JsonNode> objects = new ArrayList<>();
    for (String document : InstallBundle.documents(kustomized())) {
      objects.add(InstallBundle.Yaml.read(document));
    }
    return objects;
  }

  private static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
    return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
  }

  /** namespace/name of each object of {@code kind}. */
  private static List<String> where(List<JsonNode> objects, String kind) {
    return ofKind(objects, kind).stream()
        .map(o -> o.at("/metadata/namespace").asText("") + "/" + o.at("/metadata/name").asText())
        .sorted()
        .toList();
  }

  private void write(String path, String text) throws Exception {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}

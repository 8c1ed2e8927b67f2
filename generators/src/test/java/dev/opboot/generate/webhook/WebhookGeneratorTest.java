package dev.opboot.generate.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.problem.GeneratorException.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate webhook}: {@code @Webhook}s → the two configurations as controller-gen writes
 * them, and the Service selecting the manager's pods as the project labels them.
 */
class WebhookGeneratorTest {
  @TempDir Path tmp;

  private static final String MANAGER =
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        labels:
          control-plane: controller-manager
        name: system
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: controller-manager
        namespace: system
        labels:
          control-plane: controller-manager
          app.kubernetes.io/name: shop-operator
          app.kubernetes.io/managed-by: kustomize
      spec:
        selector:
          matchLabels:
            control-plane: controller-manager
            app.kubernetes.io/name: shop-operator
      """;

  private static final String SHOP_WEBHOOKS =
      """
      @Webhook(path = "/validate-shop-example-com-v1-shop", mutating = false,
          groups = "shop.example.com", resources = "shops", verbs = {"create", "update"},
          versions = "v1", name = "vshop-v1.kb.io")
      @Webhook(path = "/mutate-shop-example-com-v1-shop", mutating = true,
          groups = "shop.example.com", resources = "shops", verbs = "create",
          versions = "v1", name = "mshop-v1.kb.io",
          namespaceSelector = "environment in (production, staging), !legacy",
          objectSelector = "shop.example.com/webhooks=enabled, tier != cache")
      public class ShopWebhook {}
      """;

  @Test
  void mutatingThenValidatingConfigurationAndTheServiceOfTheManagersPods() throws Exception {
    GeneratedFiles files =
        new WebhookFixture(tmp)
            .file("config/manager/manager.yaml", MANAGER)
            .java("ShopWebhook", SHOP_WEBHOOKS)
            .generate();
    assertThat(files.files()).containsOnlyKeys("manifests.yaml", "service.yaml");
    assertThat(files.warnings()).isEmpty();
    assertThat(files.details())
        .containsExactly(
            "generate webhook: 2 admission webhook(s), 0 kind(s) with a conversion webhook; the"
                + " Service selects the pods labelled"
                + " app.kubernetes.io/name=shop-operator,control-plane=controller-manager");
    assertThat(files.files().get("manifests.yaml"))
        .isEqualTo(
            """
            ---
            apiVersion: admissionregistration.k8s.io/v1
            kind: MutatingWebhookConfiguration
            metadata:
              name: mutating-webhook-configuration
            webhooks:
            - admissionReviewVersions:
              - v1
              clientConfig:
                service:
                  name: webhook-service
                  namespace: system
                  path: /mutate-shop-example-com-v1-shop
              failurePolicy: Fail
              name: mshop-v1.kb.io
              namespaceSelector:
                matchExpressions:
                - key: environment
                  operator: In
                  values:
                  - production
                  - staging
                - key: legacy
                  operator: DoesNotExist
              objectSelector:
                matchExpressions:
                - key: tier
                  operator: NotIn
                  values:
                  - cache
                matchLabels:
                  shop.example.com/webhooks: enabled
              rules:
              - apiGroups:
                - shop.example.com
                apiVersions:
                - v1
                operations:
                - CREATE
                resources:
                - shops
              sideEffects: None
            ---
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingWebhookConfiguration
            metadata:
              name: validating-webhook-configuration
            webhooks:
            - admissionReviewVersions:
              - v1
              clientConfig:
                service:
                  name: webhook-service
                  namespace: system
                  path: /validate-shop-example-com-v1-shop
              failurePolicy: Fail
              name: vshop-v1.kb.io
              rules:
              - apiGroups:
                - shop.example.com
                apiVersions:
                - v1
                operations:
                - CREATE
                - UPDATE
                resources:
                - shops
              sideEffects: None
            """);
    assertThat(files.files().get("service.yaml"))
        .isEqualTo(
            """
            ---
            apiVersion: v1
            kind: Service
            metadata:
              labels:
                app.kubernetes.io/managed-by: kustomize
                app.kubernetes.io/name: shop-operator
              name: webhook-service
              namespace: system
            spec:
              ports:
              - port: 443
                protocol: TCP
                targetPort: 9443
              selector:
                app.kubernetes.io/name: shop-operator
                control-plane: controller-manager
            """);
  }

  @Test
  void onlyValidatingWebhooksMakeOnlyTheValidatingConfiguration() throws Exception {
    GeneratedFiles files =
        new WebhookFixture(tmp)
            .file("config/manager/manager.yaml", MANAGER)
            .java(
                "PodWebhook",
                """
                @Webhook(path = "/validate-v1-pod", mutating = false, groups = "core",
                    resources = "pods", verbs = "delete", versions = "v1", name = "vpod.shop.example.com")
                class PodWebhook {}
                """)
            .generate();
    assertThat(files.files().get("manifests.yaml"))
        .startsWith(
            "---\napiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingWebhookConfiguration\n")
        .doesNotContain("MutatingWebhookConfiguration")
        .contains("  - apiGroups:\n    - \"\"\n", "    - DELETE\n");
  }

  @Test
  void webhooksAreOrderedByPackageThenNameWhateverTheSourceOrder() throws Exception {
    WebhookFixture fixture =
        new WebhookFixture(tmp)
            .file("config/manager/manager.yaml", MANAGER)
            .java(
                "B",
                """
                @Webhook(path = "/b", mutating = false, groups = "", resources = "pods", verbs = "create",
                    versions = "v1", name = "b.shop.example.com")
                @Webhook(path = "/c", mutating = false, groups = "", resources = "pods", verbs = "create",
                    versions = "v1", name = "c.shop.example.com")
                class B {}
                """)
            .java(
                "A",
                """
                @Webhook(path = "/a", mutating = false, groups = "", resources = "pods", verbs = "create",
                    versions = "v1", name = "a.shop.example.com")
                class A {}
                """);
    String yaml = fixture.generate().files().get("manifests.yaml");
    assertThat(yaml.indexOf("name: a.shop")).isLessThan(yaml.indexOf("name: b.shop")).isPositive();
    assertThat(yaml.indexOf("name: b.shop")).isLessThan(yaml.indexOf("name: c.shop"));
    assertThat(fixture.generate().files()).isEqualTo(fixture.generate().files());
  }

  @Test
  void noWebhookNoFilesAndTheReason() throws Exception {
    GeneratedFiles files = new WebhookFixture(tmp).java("Plain", "class Plain {}\n").generate();
    assertThat(files.isEmpty()).isTrue();
    assertThat(files.whyNone())
        .startsWith("No @Webhook or @ConversionWebhook found under ")
        .endsWith("; no webhook configurations written.");
  }

  /**
   * A kind whose CRD the API server converts through the webhook Service needs that Service even
   * without an admission webhook; config/webhook's kustomization lists manifests.yaml, so it is
   * written too, without configurations.
   */
  @Test
  void conversionWebhooksAloneGetTheServiceAndNoConfiguration() throws Exception {
    GeneratedFiles files =
        new WebhookFixture(tmp)
            .file("config/manager/manager.yaml", MANAGER)
            .java(
                "Cart",
                "@dev.opboot.annotations.ConversionWebhook\n"
                    + "class Cart extends io.fabric8.kubernetes.client.CustomResource<Void, Void> {}\n")
            .generate();
    assertThat(files.files()).containsOnlyKeys("manifests.yaml", "service.yaml");
    assertThat(files.files().get("manifests.yaml"))
        .isEqualTo(WebhookGenerator.NO_ADMISSION_WEBHOOKS)
        .doesNotContain("apiVersion");
    assertThat(files.files().get("service.yaml")).contains("name: webhook-service");
    assertThat(files.details())
        .singleElement()
        .asString()
        .startsWith(
            "generate webhook: 0 admission webhook(s), 1 kind(s) with a conversion webhook;");
  }

  @Test
  void withoutTheManagersDeploymentTheServiceSelectsKubebuildersLabelAndSaysSo() throws Exception {
    GeneratedFiles files = new WebhookFixture(tmp).java("ShopWebhook", SHOP_WEBHOOKS).generate();
    assertThat(files.files().get("service.yaml"))
        .contains("  selector:\n    control-plane: controller-manager\n")
        .doesNotContain("labels:");
    assertThat(files.warnings())
        .singleElement()
        .asString()
        .startsWith("warning: no Deployment with spec.selector.matchLabels in ")
        .contains("config/manager/manager.yaml", "control-plane=controller-manager");
  }

  @Test
  void everyBadValueIsReportedAtItsLineAllAtOnce() {
    WebhookFixture fixture =
        new WebhookFixture(tmp)
            .java(
                "Bad",
                """
                @Webhook(
                    path = "",
                    mutating = false,
                    failurePolicy = "Retry",
                    sideEffects = "Some",
                    groups = {},
                    resources = "pods",
                    verbs = {"create", "patch"},
                    versions = "v1",
                    name = "bad.example.com",
                    timeoutSeconds = 0,
                    reinvocationPolicy = "IfNeeded")
                @Webhook(
                    path = "validate-pods",
                    mutating = true,
                    sideEffects = "Maybe",
                    groups = "",
                    resources = {"*", "pods"},
                    verbs = "*",
                    versions = "v1",
                    name = "pods.example",
                    timeoutSeconds = 31,
                    matchPolicy = "Fuzzy",
                    namespaceSelector = "env in (prod",
                    objectSelector = "tier in ()")
                @Webhook(path = "/Validate//pods", mutating = false, groups = "", resources = "pods",
                    verbs = "create", versions = "v1", name = "bad.example.com",
                    admissionReviewVersions = "v2")
                class Bad {}
                """);
    assertThat(fixture.problems())
        .extracting(p -> p.location().line() + " " + p.message())
        .containsExactly(
            "4 @Webhook on Bad: the path is empty; give the path the webhook serves, such as"
                + " /mutate-<group with dashes>-<version>-<kind>.",
            "6 @Webhook on Bad: failurePolicy 'Retry' must be Fail or Ignore (what the API server"
                + " does when the call fails).",
            "7 @Webhook on Bad: sideEffects 'Some' is not allowed by admissionregistration.k8s.io/v1;"
                + " use None, or NoneOnDryRun and skip the side effects on dry-run requests.",
            "8 @Webhook on Bad: groups is empty; add groups = \"\" for the core group or the"
                + " resources' group.",
            "10 @Webhook on Bad: unknown verb 'patch'; the verbs of an admission webhook are create,"
                + " update, delete, connect and *.",
            "13 @Webhook on Bad: timeoutSeconds 0 is outside 1..30; give 1 to 30 seconds, or leave it"
                + " out for the API server's default of 10.",
            "14 @Webhook on Bad: reinvocationPolicy applies to mutating webhooks only; remove it or"
                + " set mutating = true.",
            "16 @Webhook on Bad: the path 'validate-pods' must start with '/'.",
            "18 @Webhook on Bad: sideEffects 'Maybe' must be None or NoneOnDryRun (whether calling"
                + " the webhook changes anything else).",
            "20 @Webhook on Bad: '*' stands for every resource; list no other resource without a"
                + " subresource beside it.",
            "23 @Webhook on Bad: the name 'pods.example' must be a domain of at least three segments,"
                + " such as 'pods.example.example.com' (kubebuilder writes m<kind>-<version>.kb.io).",
            "24 @Webhook on Bad: timeoutSeconds 31 is outside 1..30; give 1 to 30 seconds, or leave"
                + " it out for the API server's default of 10.",
            "25 @Webhook on Bad: matchPolicy 'Fuzzy' must be Exact or Equivalent, or left out.",
            "26 @Webhook on Bad: namespaceSelector \"env in (prod\": unbalanced parentheses in 'env"
                + " in (prod'.",
            "27 @Webhook on Bad: objectSelector \"tier in ()\": 'tier in ()' lists no values; write in"
                + " (a, b).",
            "28 @Webhook on Bad: the segment '' of the path '/Validate//pods' is not valid: it is"
                + " empty (two slashes).",
            "28 @Webhook on Bad: the segment 'Validate' of the path '/Validate//pods' is not valid:"
                + " it contains upper-case letters.",
            "30 @Webhook on Bad: admissionReviewVersions [v2] must include v1 (or v1beta1), the"
                + " versions the API server sends.");
  }

  @Test
  void twoWebhooksOfOneConfigurationWithOneNameAreRefusedNamingBoth() {
    WebhookFixture fixture =
        new WebhookFixture(tmp)
            .java(
                "Twice",
                """
                @Webhook(path = "/a", mutating = false, groups = "", resources = "pods", verbs = "create",
                    versions = "v1", name = "pods.shop.example.com")
                @Webhook(path = "/b", mutating = true, groups = "", resources = "pods", verbs = "create",
                    versions = "v1", name = "pods.shop.example.com")
                @Webhook(path = "/c", mutating = false, groups = "", resources = "pods", verbs = "update",
                    versions = "v1", name = "pods.shop.example.com")
                class Twice {}
                """);
    assertThat(fixture.problems())
        .extracting(Problem::toString)
        .containsExactly(
            fixture.source("Twice")
                + ":7:1: @Webhook: the name 'pods.shop.example.com' is already the name of the"
                + " validating webhook at "
                + fixture.source("Twice")
                + ":3:1; each webhook of the validating configuration needs a name of its own.");
  }

  @Test
  void whatTheMarkerRequiresJavacRequiresAtTheAnnotation() {
    WebhookFixture fixture =
        new WebhookFixture(tmp)
            .java(
                "Short",
                """
                @Webhook(path = "/a", groups = "", resources = "pods", verbs = "create", versions = "v1")
                class Short {}
                """);
    assertThat(fixture.problems())
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .startsWith(fixture.source("Short") + ":3:1: ")
        .contains("mutating", "name");
  }
}

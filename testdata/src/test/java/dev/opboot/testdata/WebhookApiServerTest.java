package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.yaml.Yamls;
import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.webhook.WebhookGenerator;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code generate webhook} on {@code testdata/webhook}: the Java twin's manifests are byte for byte
 * what controller-gen v0.17.3 makes of the Go twin's markers; the Service selects the golden
 * scaffold's manager pods; and a real kube-apiserver accepts every generated configuration and the
 * Service (server-side dry run), while refusing each bad value the generator refuses itself.
 */
class WebhookApiServerTest {
  private static Path dir() {
    return TestdataDir.path().resolve("webhook");
  }

  /** What the generator makes of one source folder, in the golden scaffold as the project. */
  private static GeneratedFiles generate(String sources) throws Exception {
    return new WebhookGenerator()
        .generate(
            ProjectSources.of(List.of(dir().resolve(sources)), TestClasspath.entries())
                .in(TestdataDir.goldenScaffold()),
            GeneratorSettings.defaults());
  }

  private static String twin() throws Exception {
    return generate("java/src/main/java").files().get(WebhookGenerator.MANIFESTS);
  }

  private static String selectors() throws Exception {
    return generate("op-boot-only/src/main/java").files().get(WebhookGenerator.MANIFESTS);
  }

  @Test
  void theJavaTwinMakesControllerGensManifestsByteForByte() throws Exception {
    assertThat(twin())
        .as("webhook/expected/manifests.yaml (controller-gen's) differs; see webhook/README.md")
        .isEqualTo(Files.readString(dir().resolve("expected/manifests.yaml")));
  }

  @Test
  void theServiceSelectsTheGoldenScaffoldsManagerPods() throws Exception {
    GeneratedFiles files = generate("java/src/main/java");
    assertThat(files.warnings()).isEmpty();
    JsonNode service =
        Yamls.reader().readTree(files.files().get(WebhookGenerator.SERVICE).replace("---\n", ""));
    Map<String, String> podLabels = new LinkedHashMap<>();
    try (var documents =
        Yamls.reader()
            .readerFor(JsonNode.class)
            .<JsonNode>readValues(
                TestdataDir.goldenScaffold().resolve("config/manager/manager.yaml").toFile())) {
      while (documents.hasNext()) {
        JsonNode document = documents.next();
        if (document.path("kind").asText().equals("Deployment")) {
          document
              .path("spec")
              .path("template")
              .path("metadata")
              .path("labels")
              .properties()
              .forEach(e -> podLabels.put(e.getKey(), e.getValue().asText()));
        }
      }
    }
    Map<String, String> selector = new LinkedHashMap<>();
    service
        .path("spec")
        .path("selector")
        .properties()
        .forEach(e -> selector.put(e.getKey(), e.getValue().asText()));
    assertThat(selector)
        .containsEntry("control-plane", "controller-manager")
        .containsEntry("app.kubernetes.io/name", "guestbook-operator");
    assertThat(podLabels).containsAllEntriesOf(selector);
    assertThat(service.path("spec").path("ports").get(0).path("port").asInt()).isEqualTo(443);
    assertThat(service.path("spec").path("ports").get(0).path("targetPort").asInt())
        .isEqualTo(9443);
  }

  @Test
  @WithKubeApiServer
  void theApiServerAcceptsTheConfigurationsAndTheService(KubernetesClient client) throws Exception {
    String namespace = namespace(client);
    List<HasMetadata> accepted = new ArrayList<>();
    for (String yaml :
        List.of(
            twin(),
            selectors(),
            generate("java/src/main/java").files().get(WebhookGenerator.SERVICE))) {
      for (HasMetadata item : load(client, yaml, namespace)) {
        accepted.add(client.resource(item).dryRun().create());
      }
    }
    assertThat(accepted)
        .extracting(HasMetadata::getKind)
        .containsExactly(
            "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration",
            "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration",
            "Service");
    assertThat(((MutatingWebhookConfiguration) accepted.get(0)).getWebhooks())
        .extracting(w -> w.getName() + " " + w.getClientConfig().getService().getPath())
        .containsExactly(
            "mpod.webapp.example.com /mutate-v1-pod",
            "mguestbook-v1.kb.io /mutate-webapp-example-com-v1-guestbook");
    assertThat(((ValidatingWebhookConfiguration) accepted.get(1)).getWebhooks()).hasSize(3);
    var shop = ((MutatingWebhookConfiguration) accepted.get(2)).getWebhooks().get(0);
    assertThat(shop.getNamespaceSelector().getMatchExpressions())
        .extracting(r -> r.getKey() + " " + r.getOperator() + " " + r.getValues())
        .containsExactly("environment In [production, staging]", "legacy DoesNotExist []");
    assertThat(shop.getNamespaceSelector().getMatchLabels()).containsEntry("webhooks", "enabled");
    assertThat(shop.getObjectSelector().getMatchLabels()).containsEntry("team", "payments");
    assertThat(((Service) accepted.get(4)).getSpec().getSelector())
        .containsEntry("app.kubernetes.io/name", "guestbook-operator");
  }

  /**
   * Each value the generator refuses, written into an otherwise valid configuration, is refused by
   * the API server too: the checks spare the user a failed apply, they invent no rules.
   */
  @Test
  @WithKubeApiServer
  void theApiServerRefusesWhatTheGeneratorRefuses(KubernetesClient client) throws Exception {
    String namespace = namespace(client);
    String valid = twin();
    assertThat(refusal(client, valid, namespace)).isEmpty();
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("failurePolicy: Fail", "failurePolicy: Retry");
    bad.put("sideEffects: NoneOnDryRun", "sideEffects: Some");
    bad.put("timeoutSeconds: 5", "timeoutSeconds: 31");
    bad.put("path: /mutate-v1-pod", "path: mutate-v1-pod");
    bad.put("path: /validate-everything", "path: /Validate//everything");
    bad.put("name: mguestbook-v1.kb.io", "name: mguestbook.io");
    bad.put("name: vpodexec.webapp.example.com", "name: vguestbook-v1.kb.io");
    bad.put("- CONNECT", "- PATCH");
    bad.put("matchPolicy: Exact", "matchPolicy: Fuzzy");
    bad.put("reinvocationPolicy: IfNeeded", "reinvocationPolicy: Sometimes");
    bad.put("  - v1beta1\n", "  - v1beta1\n  - v1beta1\n");
    List<String> accepted = new ArrayList<>();
    for (Map.Entry<String, String> change : bad.entrySet()) {
      assertThat(valid).contains(change.getKey());
      String refused =
          refusal(
              client,
              valid.replaceFirst(java.util.regex.Pattern.quote(change.getKey()), change.getValue()),
              namespace);
      if (refused.isEmpty()) {
        accepted.add(change.getValue());
      }
    }
    assertThat(accepted).as("accepted by the API server").isEmpty();
  }

  /** A namespace of this test's own (the server is shared), the Service's. */
  private static String namespace(KubernetesClient client) {
    String namespace = "webhook-" + Long.toString(System.nanoTime(), 36);
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .create();
    return namespace;
  }

  /**
   * The documents of {@code yaml} as kustomize would deploy them into {@code namespace}: the
   * Service and the configurations' service references in that namespace, and names of their own.
   */
  private static List<HasMetadata> load(KubernetesClient client, String yaml, String namespace) {
    String deployed =
        yaml.replace("namespace: system", "namespace: " + namespace)
            .replace("name: mutating-webhook-configuration", "name: " + namespace + "-mutating")
            .replace(
                "name: validating-webhook-configuration", "name: " + namespace + "-validating");
    return client.load(new ByteArrayInputStream(deployed.getBytes(StandardCharsets.UTF_8))).items();
  }

  /** The server's messages refusing the documents of {@code yaml} (dry run), empty if none. */
  private static String refusal(KubernetesClient client, String yaml, String namespace) {
    StringBuilder refusals = new StringBuilder();
    for (HasMetadata item : load(client, yaml, namespace)) {
      try {
        client.resource(item).dryRun().create();
      } catch (KubernetesClientException e) {
        assertThat(e.getCode()).as(e.getMessage()).isEqualTo(422);
        refusals.append(e.getMessage()).append('\n');
      }
    }
    return refusals.toString();
  }
}

package dev.opboot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@WithKubeApiServer
class SharedKubeApiServerTest {

  private final KubernetesClient client;
  private final KubeApiServer server;

  SharedKubeApiServerTest(KubernetesClient client, KubeApiServer server) {
    this.client = client;
    this.server = server;
  }

  @Test
  void listsTheSystemNamespaces() {
    assertThat(client.namespaces().list().getItems())
        .extracting(ns -> ns.getMetadata().getName())
        .contains("default", "kube-system");
    assertThat(client.getKubernetesVersion().getGitVersion()).startsWith("v1.");
  }

  @Test
  void isTheSameServerForEveryTest() {
    assertThat(KubeApiServer.shared()).isSameAs(server);
    assertThat(server.client()).isSameAs(client);
    assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void appliedCrdIsEstablishedAndValidatesItsResources() {
    CustomResourceDefinition crd =
        server.applyCrd(getClass().getResourceAsStream("/widgets-crd.yaml"));
    assertThat(crd.getStatus().getConditions())
        .anyMatch(c -> c.getType().equals("Established") && c.getStatus().equals("True"));
    // applying again is an update, not a conflict
    server.applyCrd(getClass().getResourceAsStream("/widgets-crd.yaml"));

    var widgets = client.genericKubernetesResources(CustomResourceDefinitionContext.fromCrd(crd));
    GenericKubernetesResource valid = widget("valid", Map.of("replicas", 3, "color", "red"));
    GenericKubernetesResource created = widgets.inNamespace("default").resource(valid).create();
    assertThat(created.getMetadata().getUid()).isNotBlank();

    GenericKubernetesResource invalid = widget("invalid", Map.of("replicas", 0, "color", "green"));
    assertThatThrownBy(() -> widgets.inNamespace("default").resource(invalid).create())
        .isInstanceOfSatisfying(
            KubernetesClientException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(422);
              assertThat(e.getStatus().getReason()).isEqualTo("Invalid");
              assertThat(e.getMessage()).contains("spec.replicas", "spec.color");
            });
  }

  @Test
  void namespacedWorkIsStored() {
    Namespace ns =
        client
            .namespaces()
            .resource(
                new NamespaceBuilder()
                    .withNewMetadata()
                    .withName("harness-test")
                    .endMetadata()
                    .build())
            .create();
    client
        .configMaps()
        .inNamespace("harness-test")
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("cm")
                .endMetadata()
                .addToData("k", "v")
                .build())
        .create();
    assertThat(client.configMaps().inNamespace("harness-test").withName("cm").get().getData())
        .containsEntry("k", "v");
    assertThat(ns.getMetadata().getName()).isEqualTo("harness-test");
  }

  @Test
  void anonymousRequestsAreForbiddenByRbacAndAWrongTokenIsUnauthorized() throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(
                Credentials.trusting(
                    Files.readAllBytes(server.runDir().resolve("certs/apiserver.crt"))))
            .build();
    URI namespaces = URI.create(server.url() + "/api/v1/namespaces");

    HttpResponse<String> anonymous =
        http.send(HttpRequest.newBuilder(namespaces).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> wrongToken =
        http.send(
            HttpRequest.newBuilder(namespaces)
                .header("Authorization", "Bearer not-the-token")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(403);
    assertThat(anonymous.body()).contains("system:anonymous");
    assertThat(wrongToken.statusCode()).as(wrongToken.body()).isEqualTo(401);
  }

  @Test
  void theKubeconfigFileWorksForKubectl() throws Exception {
    Process kubectl =
        new ProcessBuilder(
                server.assets().kubectl().toString(),
                "--kubeconfig",
                server.kubeconfig().toString(),
                "get",
                "namespace",
                "default",
                "-o",
                "name")
            .redirectErrorStream(true)
            .start();
    String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(kubectl.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(kubectl.exitValue()).as(out).isZero();
    assertThat(out.strip()).isEqualTo("namespace/default");
  }

  private static GenericKubernetesResource widget(String name, Map<String, Object> spec) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("test.opboot.dev/v1")
        .withKind("Widget")
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .addToAdditionalProperties("spec", spec)
        .build();
  }
}

package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scaffolded manager Deployment, as config/default renders it (with the webhook server's port
 * and certificate volume), meets the "restricted" Pod Security Standard: its pod, created (dry run)
 * in a namespace that enforces that level, is admitted; a pod that breaks the standard is not, so
 * the check has teeth.
 */
@WithKubeApiServer
class ManagerSecurityTest {
  @Test
  void managerPodIsAdmittedUnderTheRestrictedPodSecurityStandard(KubernetesClient client)
      throws Exception {
    // config/default as kustomize renders it: the manager with every patch, the webhooks' too
    Process kustomize =
        new ProcessBuilder(
                dev.opboot.testing.EnvTestAssets.assumeFound().dir().resolve("kubectl").toString(),
                "kustomize",
                TestdataDir.goldenScaffold().resolve("config/default").toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    byte[] rendered = kustomize.getInputStream().readAllBytes();
    assertThat(kustomize.waitFor()).as("kubectl kustomize config/default").isZero();
    List<HasMetadata> manifests = client.load(new java.io.ByteArrayInputStream(rendered)).items();
    Deployment deployment =
        manifests.stream()
            .filter(Deployment.class::isInstance)
            .map(Deployment.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes())
        .as("the webhook certificate's volume, from config/default's patch")
        .anyMatch(v -> v.getSecret() != null);
    String namespace = "restricted-" + Long.toString(System.nanoTime(), 36);
    client
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(namespace)
                .addToLabels("pod-security.kubernetes.io/enforce", "restricted")
                .addToLabels("pod-security.kubernetes.io/enforce-version", "latest")
                .endMetadata()
                .build())
        .create();

    deployment.getMetadata().setNamespace(namespace);
    client.apps().deployments().inNamespace(namespace).resource(deployment).dryRun().create();

    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName("manager")
            .withNamespace(namespace)
            .endMetadata()
            .withSpec(deployment.getSpec().getTemplate().getSpec())
            .build();
    Pod admitted = client.pods().inNamespace(namespace).resource(pod).dryRun().create();
    assertThat(admitted.getMetadata().getName()).isEqualTo("manager");

    Pod weakened =
        new PodBuilder(pod)
            .editSpec()
            .editFirstContainer()
            .editSecurityContext()
            .withAllowPrivilegeEscalation(true)
            .endSecurityContext()
            .endContainer()
            .endSpec()
            .build();
    assertThatThrownBy(
            () -> client.pods().inNamespace(namespace).resource(weakened).dryRun().create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("violates PodSecurity \"restricted:latest\"");
  }
}

package dev.opboot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.retry.GenericRetry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A real operator, on config maps, whose reconciliations the recorder watches. */
@WithKubeApiServer
class ReconciliationRecorderTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final KubernetesClient client;

  ReconciliationRecorderTest(KubernetesClient client) {
    this.client = client;
  }

  @Test
  void passesWhenTheReconcilerCompletes() throws Exception {
    String namespace = newNamespace();
    ReconciliationRecorder recorder = new ReconciliationRecorder();
    Operator operator = operator(recorder, new Succeeding(), namespace);
    operator.start();
    try {
      recorder.awaitReconciled(List.of(sample(namespace, "fine")), TIMEOUT);
    } finally {
      operator.stop();
    }
  }

  @Test
  void failsWithTheReconcilersExceptionWhenItThrows() throws Exception {
    String namespace = newNamespace();
    ReconciliationRecorder recorder = new ReconciliationRecorder();
    Operator operator = operator(recorder, new Throwing(), namespace);
    operator.start();
    try {
      ReconciliationRecorder.Sample sample = sample(namespace, "broken");
      assertThatThrownBy(() -> recorder.awaitReconciled(List.of(sample), TIMEOUT))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("1 of 1 sample was not reconciled:")
          .hasMessageContaining("broken.yaml (ConfigMap " + namespace + "/broken)")
          .hasMessageContaining("2 attempts, no more retries")
          .hasMessageContaining("java.lang.IllegalStateException: the widget is broken")
          .hasMessageContaining("at " + Throwing.class.getName() + ".reconcile(");
    } finally {
      operator.stop();
    }
  }

  @Test
  void failsWhenNothingReconcilesTheSample() throws Exception {
    String namespace = newNamespace();
    ReconciliationRecorder recorder = new ReconciliationRecorder();
    ReconciliationRecorder.Sample sample = sample(namespace, "ignored");
    assertThatThrownBy(() -> recorder.awaitReconciled(List.of(sample), Duration.ofSeconds(1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no reconciliation started within PT1S");
  }

  @Test
  void namesTheRuleTheServerRefused() {
    String namespace = newNamespace();
    KubernetesClient nobody =
        new KubernetesClientBuilder()
            .withConfig(
                new ConfigBuilder(client.getConfiguration())
                    .withImpersonateUsername("system:serviceaccount:" + namespace + ":nobody")
                    .withImpersonateGroups("system:authenticated")
                    .build())
            .build();
    try (nobody) {
      KubernetesClientException refused =
          (KubernetesClientException)
              org.assertj.core.api.Assertions.catchThrowable(
                  () ->
                      nobody
                          .secrets()
                          .inNamespace(namespace)
                          .resource(
                              new SecretBuilder()
                                  .withNewMetadata()
                                  .withName("s")
                                  .endMetadata()
                                  .build())
                          .create());
      assertThat(refused.getCode()).isEqualTo(403);
      Optional<Forbidden> forbidden = Forbidden.in(new IllegalStateException("wrapped", refused));
      assertThat(forbidden)
          .contains(
              new Forbidden(
                  "system:serviceaccount:" + namespace + ":nobody",
                  "create",
                  "secrets",
                  "",
                  Optional.of(namespace)));
      assertThat(OperatorErrors.describe(refused))
          .startsWith(
              "forbidden: system:serviceaccount:" + namespace + ":nobody may not create secrets")
          .contains(
              "add @RbacRule(groups = \"\", resources = \"secrets\", verbs = \"create\")"
                  + " to the reconciler or let generate rbac see the call");
    }
  }

  private ReconciliationRecorder.Sample sample(String namespace, String name) {
    client
        .configMaps()
        .inNamespace(namespace)
        .resource(new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
    Resource<GenericKubernetesResource> resource =
        client.genericKubernetesResources("v1", "ConfigMap").inNamespace(namespace).withName(name);
    return new ReconciliationRecorder.Sample(name + ".yaml", resource, false);
  }

  private Operator operator(
      ReconciliationRecorder recorder, Reconciler<ConfigMap> reconciler, String namespace) {
    Operator operator =
        new Operator(
            o -> o.withKubernetesClient(client).withMetrics(recorder).withCloseClientOnStop(false));
    operator.register(
        reconciler,
        o ->
            o.settingNamespace(namespace)
                .withRetry(new GenericRetry().setMaxAttempts(1).setInitialInterval(100)));
    return operator;
  }

  private String newNamespace() {
    String name = "recorder-" + Long.toString(System.nanoTime(), 36);
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
    return name;
  }

  static final class Succeeding implements Reconciler<ConfigMap> {
    @Override
    public UpdateControl<ConfigMap> reconcile(ConfigMap resource, Context<ConfigMap> context) {
      return UpdateControl.noUpdate();
    }
  }

  static final class Throwing implements Reconciler<ConfigMap> {
    @Override
    public UpdateControl<ConfigMap> reconcile(ConfigMap resource, Context<ConfigMap> context) {
      throw new IllegalStateException("the widget is broken");
    }
  }
}

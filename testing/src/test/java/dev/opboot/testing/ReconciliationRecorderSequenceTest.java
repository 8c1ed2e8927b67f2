package dev.opboot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The recorder fed the calls JOSDK 5's {@code EventProcessor} makes, in its order and on its
 * threads, including the order that made an operator with dependents look as if JOSDK had given up:
 * the ending execution submits the next one before it reports its own end.
 */
class ReconciliationRecorderSequenceTest {

  private static final Map<String, Object> NONE = Map.of();

  private final ConfigMap site =
      new ConfigMapBuilder()
          .withNewMetadata()
          .withNamespace("ns")
          .withName("site")
          .endMetadata()
          .build();
  private final ReconciliationRecorder recorder = new ReconciliationRecorder();

  @Test
  void aSuccessFollowedByANewEventIsStillReconciled() throws Exception {
    recorder.reconcileCustomResource(site, null, NONE);
    recorder.reconciliationExecutionStarted(site, NONE);
    recorder.finishedReconciliation(site, NONE);
    // an event arrived during the execution (a dependent was created): JOSDK submits the next
    // execution from this thread, then ends this one
    recorder.reconcileCustomResource(site, null, NONE);
    recorder.reconciliationExecutionFinished(site, NONE);

    assertThat(recorder.gaveUp(site)).isFalse();
    assertThat(recorder.reconciled(site)).isTrue();

    onAnotherThread(
        () -> {
          recorder.reconciliationExecutionStarted(site, NONE);
          recorder.finishedReconciliation(site, NONE);
          recorder.reconciliationExecutionFinished(site, NONE);
        });
    assertThat(recorder.reconciled(site)).isTrue();
  }

  @Test
  void anExecutionEndingWithNeitherSuccessNorRetryIsGivingUp() throws Exception {
    recorder.reconcileCustomResource(site, null, NONE);
    recorder.reconciliationExecutionStarted(site, NONE);
    recorder.failedReconciliation(site, new IllegalStateException("first"), NONE);
    recorder.reconciliationExecutionFinished(site, NONE);
    assertThat(recorder.gaveUp(site)).isFalse();

    onAnotherThread(
        () -> {
          recorder.reconcileCustomResource(site, null, NONE);
          recorder.reconciliationExecutionStarted(site, NONE);
          // retries exhausted: JOSDK logs it and reports neither a failure nor a success
          recorder.reconciliationExecutionFinished(site, NONE);
        });
    assertThat(recorder.gaveUp(site)).isTrue();
    assertThat(recorder.reconciled(site)).isFalse();
  }

  @Test
  void anExecutionSkippedBeforeItStartedIsNoVerdict() {
    recorder.reconcileCustomResource(site, null, NONE);
    // the primary left the cache: JOSDK ends the execution without starting it
    recorder.reconciliationExecutionFinished(site, NONE);
    assertThat(recorder.gaveUp(site)).isFalse();
  }

  private static void onAnotherThread(Runnable calls) throws Exception {
    CompletableFuture.runAsync(calls).get();
  }
}

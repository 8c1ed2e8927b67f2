package dev.opboot.testing;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.api.reconciler.RetryInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What JOSDK itself says about each reconciliation, learnt through its {@link Metrics} hooks (give
 * it to the operator, e.g. in an {@code AggregatedMetrics} with the operator's own), so that an
 * integration test proves reconciliation whatever the status looks like: a sample is reconciled
 * when its reconciler completed without an exception, and, where the status can say so ({@link
 * ReadyCondition}), when it is Ready.
 *
 * <p>{@link #awaitReconciled} fails with the operator's errors first: the reconciler's exception
 * with its message and the line that threw it, or a refused permission as the rule to add ({@link
 * OperatorErrors}), instead of a timeout whose cause is hundreds of log lines back.
 */
public final class ReconciliationRecorder implements Metrics {

  private static final Duration POLL = Duration.ofMillis(250);

  private final Map<ResourceKey, Outcome> outcomes = new ConcurrentHashMap<>();

  /**
   * The execution running on this thread. JOSDK reports an execution's end ({@link
   * #reconciliationExecutionFinished}) after it may already have submitted the next one for the
   * same object ({@link #reconcileCustomResource}, from inside the ending execution), so whether an
   * execution ended without a verdict must be judged per execution, not from the latest attempt.
   */
  private final ThreadLocal<Execution> executing = new ThreadLocal<>();

  /** A sample the test created and expects the operator to reconcile. */
  public record Sample(
      String source, Resource<GenericKubernetesResource> resource, boolean reportsReady) {
    public Sample {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(resource, "resource");
    }
  }

  @Override
  public void reconcileCustomResource(
      HasMetadata resource, RetryInfo retryInfo, Map<String, Object> metadata) {
    outcome(resource).attemptStarted();
  }

  @Override
  public void reconciliationExecutionStarted(HasMetadata resource, Map<String, Object> metadata) {
    executing.set(new Execution(ResourceKey.of(resource)));
  }

  @Override
  public void failedReconciliation(
      HasMetadata resource, Exception exception, Map<String, Object> metadata) {
    outcome(resource).failed(exception);
    verdictGiven(resource);
  }

  @Override
  public void finishedReconciliation(HasMetadata resource, Map<String, Object> metadata) {
    outcome(resource).succeeded();
    verdictGiven(resource);
  }

  @Override
  public void reconciliationExecutionFinished(HasMetadata resource, Map<String, Object> metadata) {
    Execution execution = executing.get();
    executing.remove();
    if (execution != null && !execution.verdictGiven) {
      outcomes.computeIfAbsent(execution.key, key -> new Outcome()).retriesExhausted();
    }
  }

  private void verdictGiven(HasMetadata resource) {
    Execution execution = executing.get();
    if (execution != null && execution.key.equals(ResourceKey.of(resource))) {
      execution.verdictGiven = true;
    }
  }

  /** Whether JOSDK has reported a completed reconciliation of {@code resource} as its last word. */
  boolean reconciled(HasMetadata resource) {
    Outcome outcome = outcomes.get(ResourceKey.of(resource));
    return outcome != null && outcome.reconciled();
  }

  /** Whether JOSDK gave up on {@code resource}: its last execution ended with no retry ahead. */
  boolean gaveUp(HasMetadata resource) {
    Outcome outcome = outcomes.get(ResourceKey.of(resource));
    return outcome != null && outcome.gaveUp();
  }

  /** One execution of a reconciler on one thread, and whether JOSDK said how it ended. */
  private static final class Execution {
    private final ResourceKey key;
    private boolean verdictGiven;

    Execution(ResourceKey key) {
      this.key = key;
    }
  }

  private Outcome outcome(HasMetadata resource) {
    return outcomes.computeIfAbsent(ResourceKey.of(resource), key -> new Outcome());
  }

  /**
   * Waits until every sample is reconciled (and Ready where it reports Ready), or its reconciler
   * has given up, or {@code timeout} has passed.
   *
   * @throws AssertionError naming, for each sample that is not reconciled, why: the reconciler's
   *     last exception, a refused permission, no reconciliation at all, or a status that never
   *     became Ready; then the failures of other objects the operator reconciled
   */
  public void awaitReconciled(List<Sample> samples, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    Map<Sample, ResourceKey> keys = new LinkedHashMap<>();
    Map<Sample, String> problems = new LinkedHashMap<>();
    for (Sample sample : samples) {
      GenericKubernetesResource created = sample.resource().get();
      if (created == null) {
        problems.put(sample, "not found: deleted before it was reconciled");
      } else {
        keys.put(sample, ResourceKey.of(created));
      }
    }
    Map<Sample, ResourceKey> pending = new LinkedHashMap<>(keys);
    while (true) {
      boolean timedOut = !Instant.now().isBefore(deadline);
      for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
        var entry = it.next();
        Sample sample = entry.getKey();
        Outcome outcome = outcomes.get(entry.getValue());
        GenericKubernetesResource current = sample.resource().get();
        if (outcome != null
            && outcome.reconciled()
            && (!sample.reportsReady() || ReadyCondition.isMet(current))) {
          it.remove();
        } else if (outcome != null && outcome.gaveUp()) {
          problems.put(sample, outcome.describeFailure());
          it.remove();
        } else if (timedOut) {
          problems.put(sample, whyPending(outcome, current, timeout));
          it.remove();
        }
      }
      if (pending.isEmpty()) {
        break;
      }
      Thread.sleep(POLL.toMillis());
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(report(samples, keys, problems));
    }
  }

  private String report(
      List<Sample> samples, Map<Sample, ResourceKey> keys, Map<Sample, String> problems) {
    StringBuilder text = new StringBuilder();
    text.append(problems.size())
        .append(" of ")
        .append(samples.size())
        .append(problems.size() == 1 ? " sample was" : " samples were")
        .append(" not reconciled:");
    Set<ResourceKey> reported = new LinkedHashSet<>();
    problems.forEach(
        (sample, why) -> {
          ResourceKey key = keys.get(sample);
          text.append("\n- ").append(sample.source());
          if (key != null) {
            reported.add(key);
            text.append(" (").append(key).append(')');
          }
          text.append(": ").append(why);
        });
    List<String> others = new ArrayList<>();
    outcomes.forEach(
        (key, outcome) -> {
          if (!reported.contains(key) && outcome.lastFailure() != null && !outcome.reconciled()) {
            others.add("\n- " + key + ": " + outcome.describeFailure());
          }
        });
    if (!others.isEmpty()) {
      text.append("\nOther objects whose reconciliation failed:");
      others.stream().sorted().forEach(text::append);
    }
    return text.toString();
  }

  private static String whyPending(
      Outcome outcome, GenericKubernetesResource current, Duration timeout) {
    if (current == null) {
      return "deleted before it was reconciled";
    }
    if (outcome == null) {
      return "no reconciliation started within "
          + timeout
          + ": is its reconciler registered in Reconcilers, and does it watch this namespace?";
    }
    if (outcome.lastFailure() != null && !outcome.reconciled()) {
      return outcome.describeFailure() + " (still retrying after " + timeout + ")";
    }
    if (!outcome.reconciled()) {
      return "no reconciliation completed within " + timeout;
    }
    return "reconciled without an error, but not Ready for generation "
        + current.getMetadata().getGeneration()
        + " within "
        + timeout
        + ": status "
        + current.getAdditionalProperties().get("status")
        + " (set the Ready condition and observedGeneration when the reconciler is done)";
  }

  /** A reconciled object: its API group, kind, namespace and name. */
  record ResourceKey(String group, String kind, String namespace, String name) {
    static ResourceKey of(HasMetadata resource) {
      String apiVersion = resource.getApiVersion() == null ? "" : resource.getApiVersion();
      int slash = apiVersion.indexOf('/');
      return new ResourceKey(
          slash < 0 ? "" : apiVersion.substring(0, slash),
          resource.getKind(),
          resource.getMetadata().getNamespace(),
          resource.getMetadata().getName());
    }

    @Override
    public String toString() {
      return (group.isEmpty() ? kind : kind + "." + group)
          + " "
          + (namespace == null ? name : namespace + "/" + name);
    }
  }

  /**
   * The reconciliations of one object. JOSDK reports a failed attempt only when it schedules a
   * retry; an execution that ends with neither a success nor a retry is the last one (retries
   * exhausted), whose exception is the one before it or only in the log.
   */
  private static final class Outcome {
    private int attempts;
    private boolean succeeded;
    private boolean gaveUp;
    private Exception lastFailure;

    synchronized void attemptStarted() {
      attempts++;
    }

    synchronized void failed(Exception exception) {
      lastFailure = exception;
      succeeded = false;
    }

    synchronized void succeeded() {
      succeeded = true;
      gaveUp = false;
    }

    synchronized void retriesExhausted() {
      succeeded = false;
      gaveUp = true;
    }

    synchronized boolean reconciled() {
      return succeeded;
    }

    synchronized boolean gaveUp() {
      return gaveUp && !succeeded;
    }

    synchronized Exception lastFailure() {
      return lastFailure;
    }

    synchronized String describeFailure() {
      String attemptsText =
          attempts
              + (attempts == 1 ? " attempt" : " attempts")
              + (gaveUp ? ", no more retries" : "");
      if (lastFailure == null) {
        return "its reconciliation failed ("
            + attemptsText
            + "); JOSDK reported no exception: see 'Exhausted retries' or 'Error during event"
            + " processing' in the log";
      }
      return "its reconciler failed ("
          + attemptsText
          + "): "
          + OperatorErrors.describe(lastFailure);
    }
  }
}

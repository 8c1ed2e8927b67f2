package dev.opboot.corpus.kitchensink.v1;

import dev.opboot.annotations.ListMapKeys;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.model.annotation.LabelSelector;
import io.fabric8.kubernetes.model.annotation.StatusReplicas;
import java.time.Instant;
import java.util.List;

/** KitchenSinkStatus is the observed state of a KitchenSink. */
public class KitchenSinkStatus {
  /** Replicas is the number of pods running. */
  @StatusReplicas
  public Integer replicas;

  /** Selector selects the pods, in the string form of a label selector. */
  @LabelSelector
  public String selector;

  @PrinterColumn(name = "Phase")
  public Phase phase;

  /** ObservedGeneration is the last generation reconciled. */
  public Long observedGeneration;

  /** Conditions are the latest observations of the object's state. */
  @ListMapKeys("type")
  public List<Condition> conditions;

  /** LastUpdated is when the status was last written. */
  public Instant lastUpdated;
}

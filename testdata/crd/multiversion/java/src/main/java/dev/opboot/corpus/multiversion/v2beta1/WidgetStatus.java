package dev.opboot.corpus.multiversion.v2beta1;

import dev.opboot.annotations.Optional;
import io.fabric8.kubernetes.model.annotation.StatusReplicas;

/** WidgetStatus is the observed state of a Widget. */
public class WidgetStatus {
  /** Replicas is the number of copies made. */
  @StatusReplicas
  public int replicas;

  /** Message explains the state. */
  @Optional
  public String message;
}

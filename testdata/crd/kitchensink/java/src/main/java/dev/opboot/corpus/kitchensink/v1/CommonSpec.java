package dev.opboot.corpus.kitchensink.v1;

import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Size;

/** CommonSpec holds the fields every kind of this group shares. */
public abstract class CommonSpec {
  /** Suspend stops reconciliation while true. */
  @Default("false")
  public Boolean suspend;

  /** Owner names the team that owns this object. */
  @Size(max = 64)
  public String owner;
}

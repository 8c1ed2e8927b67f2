package dev.opboot.corpus.kitchensink.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Phase is where the workload is in its life. */
public enum Phase {
  @JsonProperty("Pending")
  PENDING,
  @JsonProperty("Running")
  RUNNING,
  @JsonProperty("Failed")
  FAILED
}

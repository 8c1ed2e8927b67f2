package com.example.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/** Dates and numbers in other shapes than their usual ones. */
public class WidgetStatus {
  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public Instant observedAt;

  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public long generation;

  public Phase phase;

  /** An enum Jackson writes as its index. */
  @JsonFormat(shape = JsonFormat.Shape.NUMBER)
  public enum Phase {
    PENDING,
    READY
  }
}

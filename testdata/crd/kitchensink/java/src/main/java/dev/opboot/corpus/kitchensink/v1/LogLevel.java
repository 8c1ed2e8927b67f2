package dev.opboot.corpus.kitchensink.v1;

import com.fasterxml.jackson.annotation.JsonValue;

/** LogLevel is how much the workload logs. */
public enum LogLevel {
  DEBUG("debug"),
  INFO("info"),
  WARN("warn"),
  ERROR("error");

  private final String value;

  LogLevel(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }
}

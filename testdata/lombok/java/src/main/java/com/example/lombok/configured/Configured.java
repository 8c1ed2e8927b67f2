package com.example.lombok.configured;

import com.fasterxml.jackson.annotation.JsonProperty;
import lombok.Getter;
import lombok.Setter;

/** Fluent by this folder's {@code lombok.config}: only the fields Jackson sees by themselves. */
@Getter
@Setter
public class Configured {
  private String name;

  @JsonProperty("kept")
  private int count;

  public int seen;
}

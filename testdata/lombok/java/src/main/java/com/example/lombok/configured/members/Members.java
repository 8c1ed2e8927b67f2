package com.example.lombok.configured.members;

import lombok.Data;

/** Prefixed by this folder's {@code lombok.config}, which stops the fluent one above. */
@Data
public class Members {
  private String mName;
  private String plain;
}

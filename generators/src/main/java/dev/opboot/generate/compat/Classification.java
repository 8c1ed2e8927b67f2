package dev.opboot.generate.compat;

import java.util.Locale;

/**
 * What a change means for objects and clients that already exist: the three verdicts of a
 * compatibility report, worst first, so that sorting by it puts what must be looked at on top.
 */
public enum Classification {
  /** Stored objects, or requests existing clients send, stop working. */
  BREAKING,
  /** Nothing is refused, but what clients see or how the server treats them changes. */
  WARNING,
  /** Everything that worked before still works. */
  SAFE;

  /** The word reports use: {@code breaking}, {@code warning}, {@code safe}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package dev.opboot.generate.problem;

import dev.opboot.generate.problem.GeneratorException.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run writes but the user should hear about (a CRD too large for client-side {@code kubectl
 * apply}, a Kubernetes template whose required fields the operator fills in), each at its file:line
 * with the way out. Unlike {@link Problems} they stop nothing; each is said once, in the same order
 * as problems.
 */
public final class Warnings {
  private final List<Problem> warnings = new ArrayList<>();

  public void add(SourceLocation location, String message) {
    warnings.add(new Problem(location, message));
  }

  /**
   * Every warning, each once, sorted by file and line, as javac writes its own: {@code
   * File.java:12:3: warning: message}.
   */
  public List<String> lines() {
    return warnings.stream()
        .distinct()
        .sorted(Problems.ORDER)
        .map(w -> (w.location() == null ? "" : w.location() + ": ") + "warning: " + w.message())
        .toList();
  }
}

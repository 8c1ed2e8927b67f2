package dev.opboot.generate.problem;

import dev.opboot.generate.problem.GeneratorException.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of a run, gathered so that one bad class or property does not hide the others: a
 * user fixing an existing project sees every error at once, sorted by file and line, and nothing is
 * written until there are none.
 */
public final class Problems {
  /** By file, line and column, then message; problems without a place last. */
  static final Comparator<Problem> ORDER =
      Comparator.comparing(
              Problem::location,
              Comparator.nullsLast(
                  Comparator.comparing(SourceLocation::file)
                      .thenComparingLong(SourceLocation::line)
                      .thenComparingLong(SourceLocation::column)))
          .thenComparing(Problem::message);

  /** A step that may fail with problems. */
  @FunctionalInterface
  public interface Step<T> {
    T run() throws GeneratorException;
  }

  private final List<Problem> problems = new ArrayList<>();

  /** Runs {@code step}; its problems are kept and {@code null} returned when it fails. */
  public <T> T attempt(Step<T> step) {
    try {
      return step.run();
    } catch (GeneratorException e) {
      add(e);
      return null;
    }
  }

  /** Keeps the problems of a failed step. */
  public void add(GeneratorException e) {
    problems.addAll(e.problems());
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Fails with every problem kept, each once and sorted; does nothing when there are none. */
  public void throwIfAny() throws GeneratorException {
    if (!problems.isEmpty()) {
      throw new GeneratorException(problems.stream().distinct().sorted(ORDER).toList());
    }
  }
}

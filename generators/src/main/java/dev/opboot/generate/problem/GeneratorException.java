package dev.opboot.generate.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The API classes cannot be turned into manifests: each problem says where (file:line:column), what
 * is wrong and how to fix it. All problems found are reported together.
 */
public class GeneratorException extends Exception {
  private static final long serialVersionUID = 1L;

  /** One problem at one place. */
  public record Problem(SourceLocation location, String message) {
    @Override
    public String toString() {
      return location == null ? message : location + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  public GeneratorException(List<Problem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  public GeneratorException(SourceLocation location, String message) {
    this(List.of(new Problem(location, message)));
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}

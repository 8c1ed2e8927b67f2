package dev.opboot.generate.problem;

/**
 * Where something was declared: a source file with line and column, or, for types read from a jar,
 * just the class name. Every error op-boot reports about user code carries one.
 */
public record SourceLocation(String file, long line, long column) {
  /** A location inside a class file, where there are no lines. */
  public static SourceLocation ofClass(String className) {
    return new SourceLocation(className, 0, 0);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}

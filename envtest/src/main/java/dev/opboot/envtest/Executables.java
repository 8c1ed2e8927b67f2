package dev.opboot.envtest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Finds programs as a shell does: on the {@code PATH} of a given environment. */
final class Executables {
  private Executables() {}

  /** {@code name} on {@code env}'s {@code PATH}, the first executable file of that name. */
  static Optional<Path> onPath(String name, UnaryOperator<String> env) {
    String path = env.apply("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      try {
        Path candidate = Path.of(dir, name);
        if (isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      } catch (InvalidPathException e) {
        // a PATH entry that is no path names no program
      }
    }
    return Optional.empty();
  }

  static boolean isExecutable(Path file) {
    return Files.isRegularFile(file) && Files.isExecutable(file);
  }
}

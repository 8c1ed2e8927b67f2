package dev.opboot.project;

import dev.opboot.core.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Maven project's compile class path, asked of Maven once and kept in {@code
 * target/op-boot/classpath.txt} with the hash of the pom it came from, so that a CI step that
 * regenerates manifests pays for Maven only when the pom changes.
 */
public final class ProjectClasspath {
  private ProjectClasspath() {}

  /** {@link #of(Path, Consumer)}, saying on standard error when Maven is asked. */
  public static List<Path> of(Path project) throws BadInputException {
    return of(project, line -> System.err.println(line));
  }

  /**
   * The class path, from the cache or else from Maven.
   *
   * @param progress hears one line before Maven is asked (a few seconds, more on a cold local
   *     repository), so that a user waiting knows why
   */
  public static List<Path> of(Path project, Consumer<String> progress) throws BadInputException {
    Path pom = project.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) {
      throw new BadInputException(
          "--classpath",
          "no pom.xml in "
              + project
              + " to read the class path from."
              + " Pass --classpath with the jars your API classes compile against.");
    }
    try {
      String hash = sha256(Files.readAllBytes(pom));
      Path cache = project.resolve("target/op-boot/classpath.txt");
      if (Files.isRegularFile(cache)) {
        List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
        if (lines.size() == 2 && lines.get(0).equals(hash)) {
          return split(lines.get(1));
        }
      }
      Files.createDirectories(cache.getParent());
      progress.accept(
          "op-boot: resolving the compile class path with Maven ("
              + (Files.isRegularFile(cache) ? "the pom changed" : "the first time")
              + "; kept in "
              + project.relativize(cache)
              + " until the pom changes)...");
      Path out = cache.resolveSibling("classpath.maven.txt");
      Path log = cache.resolveSibling("classpath.log");
      Process maven =
          new ProcessBuilder(
                  "mvn",
                  "-B",
                  "-q",
                  "-f",
                  pom.toString(),
                  "dependency:build-classpath",
                  "-Dmdep.includeScope=compile",
                  "-Dmdep.outputFile=" + out)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!maven.waitFor(10, TimeUnit.MINUTES)) {
        maven.destroyForcibly();
        throw new BadInputException(
            "Maven took more than 10 minutes to resolve the class path of "
                + pom
                + "; see "
                + log
                + ". Pass --classpath to skip Maven.");
      }
      if (maven.exitValue() != 0 || !Files.isRegularFile(out)) {
        throw new BadInputException(
            "Maven could not resolve the class path of "
                + pom
                + " (see "
                + log
                + "). Fix the build, or pass --classpath with the jars your API classes compile against.");
      }
      String classpath = Files.readString(out, StandardCharsets.UTF_8).strip();
      Files.writeString(cache, hash + "\n" + classpath + "\n", StandardCharsets.UTF_8);
      return split(classpath);
    } catch (IOException e) {
      throw new BadInputException(
          "--classpath",
          "could not run Maven to resolve the class path of "
              + pom
              + " ("
              + e.getMessage()
              + "). Install Maven, or pass --classpath.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException("interrupted while Maven resolved the class path");
    }
  }

  public static List<Path> split(String classpath) {
    List<Path> paths = new ArrayList<>();
    for (String entry : classpath.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        paths.add(Path.of(entry.strip()));
      }
    }
    return paths;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.opboot.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real jbang, run the way its launcher script runs it. jbang's launcher script ({@code jbang} in
 * its distribution) runs {@code java -cp <jbang> dev.jbang.Main <args>}; when that program exits
 * with 255, its standard output is a shell command line (the {@code java} command with the resolved
 * class path) that the script then executes with {@code eval "exec $output"}. Any other exit code
 * is jbang's own answer. {@link #run} does the same with bash.
 *
 * <p>jbang-cli and its dependencies are resolved from Maven Central into the build's local
 * repository by {@code testdata/jbang/pom.xml} (see there for why gson is overridden). jbang runs
 * {@code --offline}, with its home ({@code JBANG_DIR}) in a temporary folder and the build's local
 * repository as its Maven repository ({@code JBANG_REPO}; jbang ignores {@code
 * -Dmaven.repo.local}), so it finds the op-boot artifacts {@code mvn install} put there.
 */
final class Jbang {
  static final String HOW_TO_PROVIDE =
      "jbang-cli is resolved from Maven Central by 'mvn -f testdata/jbang/pom.xml dependency:build-classpath';"
          + " run it once with network access to Maven Central (CI has it)";

  private final List<String> classpath;
  private final Path home;
  private final Path localRepository;

  private Jbang(List<String> classpath, Path home, Path localRepository) {
    this.classpath = classpath;
    this.home = home;
    this.localRepository = localRepository;
  }

  /**
   * jbang with its home in {@code home}, or empty when its class path cannot be resolved (the log
   * says why).
   */
  static Optional<Jbang> resolve(Path home, Path localRepository)
      throws IOException, InterruptedException {
    Path root = TestdataDir.path().getParent();
    Path classpathFile = Files.createDirectories(home).resolve("classpath.txt");
    List<String> command =
        new ArrayList<>(
            List.of(
                "mvn",
                "-B",
                "-q",
                "-f",
                root.resolve("testdata/jbang/pom.xml").toString(),
                "-Dmaven.repo.local=" + localRepository,
                "dependency:build-classpath",
                "-DincludeScope=runtime",
                "-Dmdep.outputFile=" + classpathFile));
    Processes.Result result =
        Processes.run(root, command, Map.of(), home.resolve("resolve.log"), 10);
    if (result.exitCode() != 0 || !Files.isRegularFile(classpathFile)) {
      System.err.println(
          "could not resolve jbang-cli:\n" + OpBootProcess.tail(result.output(), 30));
      return Optional.empty();
    }
    String text = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
    return Optional.of(
        new Jbang(List.of(text.split(java.io.File.pathSeparator)), home, localRepository));
  }

  int classpathSize() {
    return classpath.size();
  }

  /**
   * {@code jbang --offline <args>} in {@code dir}, executing what jbang asks its launcher to
   * execute.
   */
  Processes.Result run(Path dir, Path log, List<String> args)
      throws IOException, InterruptedException {
    Map<String, String> env =
        Map.of(
            "JBANG_DIR", home.toString(),
            "JBANG_REPO", localRepository.toString());
    List<String> command =
        new ArrayList<>(
            List.of(
                Processes.java(),
                "-cp",
                String.join(java.io.File.pathSeparator, classpath),
                "dev.jbang.Main",
                "--offline"));
    command.addAll(args);
    Process process =
        Processes.builder(dir, command, env)
            .redirectError(log.resolveSibling(log.getFileName() + ".jbang.err").toFile())
            .start();
    process.getOutputStream().close();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("jbang did not finish in 5 minutes: " + command);
    }
    String jbangErr =
        Files.readString(
            log.resolveSibling(log.getFileName() + ".jbang.err"), StandardCharsets.UTF_8);
    if (process.exitValue() != 255) {
      // jbang answered itself (an error, or something it needed not launch).
      return new Processes.Result(process.exitValue(), printed + jbangErr);
    }
    // 255: "execute the printed command", as the launcher script's 'eval "exec $output"' does.
    return Processes.run(dir, List.of("bash", "-c", "exec " + printed.trim()), env, log, 5);
  }
}

package dev.opboot.testdata;

import dev.opboot.testing.EnvTestAssets;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs op-boot and Maven as separate processes, the way a user does. op-boot is the launcher named
 * by {@code $OP_BOOT} (CI sets it to the one install.sh installed), or else a JVM on this test's
 * class path.
 */
final class OpBootProcess {
  private OpBootProcess() {}

  static Processes.Result opBoot(Path workingDirectory, List<String> args)
      throws IOException, InterruptedException {
    return Processes.run(
        workingDirectory,
        command(args),
        Map.of(),
        workingDirectory.resolveSibling("op-boot.log"),
        2);
  }

  /**
   * op-boot with {@code extraPath} in front of PATH (where the test's kubectl is), its output in
   * {@code log}.
   */
  static Processes.Result opBoot(Path workingDirectory, List<String> args, Path extraPath, Path log)
      throws IOException, InterruptedException {
    return Processes.run(workingDirectory, command(args), environment(extraPath), log, 20);
  }

  /** Starts op-boot and returns at once, for commands that run until stopped. */
  static Process start(Path workingDirectory, List<String> args, Path extraPath, Path log)
      throws IOException {
    return Processes.builder(workingDirectory, command(args), environment(extraPath))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /**
   * PATH with {@code extraPath} first; Maven in op-boot's subprocesses using this build's local
   * repository.
   */
  private static Map<String, String> environment(Path extraPath) {
    Map<String, String> env = assetsEnvironment();
    env.put("PATH", extraPath + File.pathSeparator + System.getenv("PATH"));
    String localRepository = System.getProperty("opboot.localRepository");
    if (localRepository != null && !localRepository.isBlank()) {
      env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + localRepository);
    }
    return env;
  }

  /** The op-boot command line for {@code args}. */
  static List<String> command(List<String> args) {
    List<String> command = new ArrayList<>();
    String launcher = System.getenv("OP_BOOT");
    if (launcher != null && !launcher.isBlank()) {
      command.add(launcher);
    } else {
      command.add(Processes.java());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("dev.opboot.cli.OpBoot");
    }
    command.addAll(args);
    return command;
  }

  /**
   * {@code mvn -B <goals>} in {@code project}; its output goes to {@code log}. The project's tests
   * get the API server assets this test has, also when they were found elsewhere than in {@code
   * KUBEBUILDER_ASSETS} (the system property, a store, a build from source), which would not reach
   * them by themselves.
   */
  static Processes.Result maven(Path project, Path log, String... goals)
      throws IOException, InterruptedException {
    return maven(project, log, assetsEnvironment(), goals);
  }

  /** {@code mvn -B <goals>} with {@code env} over this JVM's (a null value unsets a variable). */
  static Processes.Result maven(Path project, Path log, Map<String, String> env, String... goals)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp"));
    String localRepository = System.getProperty("opboot.localRepository");
    if (localRepository != null && !localRepository.isBlank()) {
      command.add("-Dmaven.repo.local=" + localRepository);
    }
    command.addAll(List.of(goals));
    return Processes.run(project, command, env, log, 20);
  }

  /** {@code KUBEBUILDER_ASSETS} naming the folder this test JVM found, if it found one. */
  private static Map<String, String> assetsEnvironment() {
    Map<String, String> env = new HashMap<>();
    EnvTestAssets.find()
        .ifPresent(assets -> env.put(EnvTestAssets.VARIABLE, assets.dir().toString()));
    return env;
  }

  static String tail(String output, int lines) {
    List<String> all = output.lines().toList();
    return String.join(
        File.separator.equals("/") ? "\n" : System.lineSeparator(),
        all.subList(Math.max(0, all.size() - lines), all.size()));
  }
}

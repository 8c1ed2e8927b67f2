package dev.opboot.testdata;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs op-boot and Maven as separate processes, the way a user does. op-boot is the launcher
 * named by {@code $OP_BOOT} (CI sets it to the one install.sh installed), or else a JVM on this
 * test's class path.
 */
final class OpBootProcess {
  private OpBootProcess() {}

  record Result(int exitCode, String output) {}

  static Result opBoot(Path workingDirectory, List<String> args) throws IOException, InterruptedException {
    return run(workingDirectory, command(args), workingDirectory.resolveSibling("op-boot.log"), 2);
  }

  /** op-boot with {@code extraPath} in front of PATH (where the test's kubectl is), its output in {@code log}. */
  static Result opBoot(Path workingDirectory, List<String> args, Path extraPath, Path log)
      throws IOException, InterruptedException {
    return run(builder(workingDirectory, command(args), extraPath, log), String.join(" ", args), log, 20);
  }

  /** Starts op-boot and returns at once, for commands that run until stopped. */
  static Process start(Path workingDirectory, List<String> args, Path extraPath, Path log) throws IOException {
    return builder(workingDirectory, command(args), extraPath, log).start();
  }

  private static ProcessBuilder builder(Path dir, List<String> command, Path extraPath, Path log) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().merge("PATH", extraPath.toString(), (old, extra) -> extra + File.pathSeparator + old);
    String localRepository = System.getProperty("opboot.localRepository");
    if (localRepository != null && !localRepository.isBlank()) {
      builder.environment().put("MAVEN_OPTS", "-Dmaven.repo.local=" + localRepository);
    }
    return builder;
  }

  private static List<String> command(List<String> args) {
    List<String> command = new ArrayList<>();
    String launcher = System.getenv("OP_BOOT");
    if (launcher != null && !launcher.isBlank()) {
      command.add(launcher);
    } else {
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("dev.opboot.cli.OpBoot");
    }
    command.addAll(args);
    return command;
  }

  /** {@code mvn -B <goals>} in {@code project}; its output goes to {@code log}. */
  static Result maven(Path project, Path log, String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp"));
    String localRepository = System.getProperty("opboot.localRepository");
    if (localRepository != null && !localRepository.isBlank()) {
      command.add("-Dmaven.repo.local=" + localRepository);
    }
    command.addAll(List.of(goals));
    return run(project, command, log, 20);
  }

  private static Result run(Path dir, List<String> command, Path log, long minutes)
      throws IOException, InterruptedException {
    return run(new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()), String.join(" ", command), log, minutes);
  }

  private static Result run(ProcessBuilder builder, String shown, Path log, long minutes)
      throws IOException, InterruptedException {
    Process process = builder.start();
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(shown + " did not finish in " + minutes + " minutes; see " + log);
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  static String tail(String output, int lines) {
    List<String> all = output.lines().toList();
    return String.join(File.separator.equals("/") ? "\n" : System.lineSeparator(),
        all.subList(Math.max(0, all.size() - lines), all.size()));
  }
}

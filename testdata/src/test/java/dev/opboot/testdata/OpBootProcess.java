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
    return run(workingDirectory, command, workingDirectory.resolveSibling("op-boot.log"), 2);
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
    Process process = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in " + minutes + " minutes; see " + log);
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  static String tail(String output, int lines) {
    List<String> all = output.lines().toList();
    return String.join(File.separator.equals("/") ? "\n" : System.lineSeparator(),
        all.subList(Math.max(0, all.size() - lines), all.size()));
  }
}

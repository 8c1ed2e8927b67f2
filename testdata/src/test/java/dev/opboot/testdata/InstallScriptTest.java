package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.core.Versions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * install.sh refuses a machine it cannot work on, before building anything, and says what to
 * install; and what it installs works from a prefix whose path has spaces and quotes in it.
 */
class InstallScriptTest {
  @TempDir Path tmp;

  @Test
  void refusesJavaOlderThan17() throws Exception {
    Path bin = tools("awk", "dirname", "sed", "head");
    script(bin.resolve("java"), "echo '    java.specification.version = 11' >&2");
    Result run = install(bin);
    assertThat(run.code).isEqualTo(1);
    assertThat(run.err)
        .contains("install.sh: error: op-boot needs Java 17 or newer, but 'java' is Java 11");
  }

  @Test
  void refusesAMachineWithoutMaven() throws Exception {
    Path bin = tools("awk", "dirname", "sed", "head");
    Files.createSymbolicLink(
        bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    Result run = install(bin);
    assertThat(run.code).isEqualTo(1);
    assertThat(run.err)
        .contains("install.sh: error: Maven was not found. Install Maven 3.8 or newer");
  }

  /**
   * {@code install.sh --no-build} (this checkout's runnable jar and man pages, as the reactor built
   * them) into a prefix with spaces, a quote and a {@code $}: the launcher, which names the jar by
   * that path, must run from anywhere.
   */
  @Test
  void installsIntoAPrefixWithSpacesAndTheLauncherRuns() throws Exception {
    String version = Versions.current().opBoot();
    Path jar = TestdataDir.path().resolveSibling("cli/target/op-boot-cli-" + version + "-all.jar");
    Assumptions.assumeTrue(
        Files.isRegularFile(jar),
        "no runnable jar "
            + jar
            + ": build it with 'mvn -B install' (or 'mvn -B package -pl cli -am')");
    Path prefix = tmp.resolve("my tools/it's $HOME");
    ProcessBuilder install =
        new ProcessBuilder(
            "/bin/bash", TestdataDir.path().resolveSibling("install.sh").toString(), "--no-build");
    install.environment().put("PREFIX", prefix.toString());
    install.environment().put("HOME", tmp.toString());
    install.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Result installed = run(install, 180);
    assertThat(installed.code).as(installed.err).isZero();
    assertThat(prefix.resolve("share/bash-completion/completions/op-boot")).isRegularFile();
    assertThat(prefix.resolve("share/man/man1/op-boot.1")).isRegularFile();

    ProcessBuilder launcher =
        new ProcessBuilder(prefix.resolve("bin/op-boot").toString(), "--version")
            .directory(tmp.toFile());
    launcher.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Result ran = run(launcher, 60);
    assertThat(ran.code).as(ran.err).isZero();
    assertThat(ran.err).startsWith("op-boot " + version);
  }

  private record Result(int code, String err) {}

  /** Runs a command to its end; {@code err} is its output, stdout and stderr together. */
  private static Result run(ProcessBuilder builder, long seconds)
      throws IOException, InterruptedException {
    Process process = builder.redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as(output).isTrue();
    return new Result(process.exitValue(), output);
  }

  private Result install(Path bin) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("/bin/bash", TestdataDir.path().resolveSibling("install.sh").toString())
            .redirectErrorStream(false);
    builder.environment().clear();
    builder.environment().put("PATH", bin.toString());
    builder.environment().put("HOME", tmp.toString());
    builder.environment().put("PREFIX", tmp.resolve("prefix").toString());
    Process process = builder.start();
    process.getOutputStream().close();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(tmp.resolve("prefix")).doesNotExist();
    return new Result(process.exitValue(), err);
  }

  /** A folder for PATH holding only the named system tools. */
  private Path tools(String... names) throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    for (String name : names) {
      for (String dir : new String[] {"/usr/bin", "/bin"}) {
        Path tool = Path.of(dir, name);
        if (Files.isExecutable(tool)) {
          Files.createSymbolicLink(bin.resolve(name), tool);
          break;
        }
      }
    }
    return bin;
  }

  private static void script(Path path, String body) throws IOException {
    Files.writeString(path, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}

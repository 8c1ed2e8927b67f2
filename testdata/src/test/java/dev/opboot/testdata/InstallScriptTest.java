package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** install.sh refuses a machine it cannot work on, before building anything, and says what to install. */
class InstallScriptTest {
  @TempDir
  Path tmp;

  @Test
  void refusesJavaOlderThan17() throws Exception {
    Path bin = tools("awk", "dirname", "sed", "head");
    script(bin.resolve("java"), "echo '    java.specification.version = 11' >&2");
    Result run = install(bin);
    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("install.sh: error: op-boot needs Java 17 or newer, but 'java' is Java 11");
  }

  @Test
  void refusesAMachineWithoutMaven() throws Exception {
    Path bin = tools("awk", "dirname", "sed", "head");
    Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    Result run = install(bin);
    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("install.sh: error: Maven was not found. Install Maven 3.8 or newer");
  }

  private record Result(int code, String err) {}

  private Result install(Path bin) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("/bin/bash", TestdataDir.path().resolveSibling("install.sh").toString())
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

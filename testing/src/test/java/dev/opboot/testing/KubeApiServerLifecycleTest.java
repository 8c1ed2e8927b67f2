package dev.opboot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is left behind: no etcd or kube-apiserver process, no temporary folder. */
@WithKubeApiServer // for the skip when no kube-apiserver is found; every test starts its own
class KubeApiServerLifecycleTest {

  private final List<Process> children = new ArrayList<>();

  @AfterEach
  void killChildrenLeftByAFailedTest() throws InterruptedException {
    for (Process child : children) {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    KubeApiServer.reapStaleRuns();
  }

  @Test
  void stopEndsBothProcessesAndDeletesTheRunFolder() {
    KubeApiServer server = KubeApiServer.start();
    List<ProcessHandle> processes = server.processes();
    Path runDir = server.runDir();
    assertThat(processes).hasSize(2).allMatch(ProcessHandle::isAlive);
    assertThat(runDir).isDirectory();
    assertThat(server.client().namespaces().withName("default").get()).isNotNull();

    server.stop();

    assertAllGone(pids(processes), runDir);
    server.stop(); // idempotent
    assertThatThrownBy(server::client).hasMessage("this API server was stopped");
  }

  @Test
  void aJvmThatIsInterruptedStopsItsServerInTheShutdownHook(@TempDir Path tmp) throws Exception {
    Child child = Child.start(tmp);
    children.add(child.process);

    child.process.destroy(); // SIGTERM: shutdown hooks run
    assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).as(child.stderr()).isTrue();

    assertAllGone(child.pids, child.runDir);
  }

  @Test
  void whatAJvmKilledOutrightLeftBehindIsReapedByTheNextStart(@TempDir Path tmp) throws Exception {
    Child child = Child.start(tmp);
    children.add(child.process);

    child.process.destroyForcibly(); // SIGKILL: no shutdown hook
    assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.pids).allMatch(KubeApiServerLifecycleTest::alive);
    assertThat(child.runDir).isDirectory();

    assertThat(KubeApiServer.reapStaleRuns()).isGreaterThanOrEqualTo(1);

    assertAllGone(child.pids, child.runDir);
  }

  private static void assertAllGone(List<Long> pids, Path runDir) {
    assertThat(pids).hasSize(2).noneMatch(KubeApiServerLifecycleTest::alive);
    assertThat(runDir).doesNotExist();
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static List<Long> pids(List<ProcessHandle> processes) {
    return processes.stream().map(ProcessHandle::pid).toList();
  }

  /** A JVM running {@link RunUntilKilled}, past its READY line. */
  private record Child(Process process, List<Long> pids, Path runDir, Path stderrFile) {

    static Child start(Path tmp) throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String classpath =
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      Path stderr = tmp.resolve("child.stderr");
      List<String> command =
          new ArrayList<>(
              List.of(
                  java,
                  "-cp",
                  classpath,
                  "-D" + EnvTestAssets.VARIABLE + "=" + EnvTestAssets.find().orElseThrow().dir(),
                  RunUntilKilled.class.getName()));
      Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
      CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> readyLine(process));
      String line;
      try {
        line = ready.get(Duration.ofSeconds(120).toSeconds(), TimeUnit.SECONDS);
      } catch (Exception e) {
        process.destroyForcibly();
        throw new AssertionError(
            "the child JVM did not report READY: " + Files.readString(stderr), e);
      }
      assertThat(line).as(Files.readString(stderr)).startsWith("READY ");
      String[] parts = line.split(" ", 3);
      List<Long> pids = Arrays.stream(parts[1].split(",")).map(Long::valueOf).toList();
      assertThat(pids).hasSize(2).allMatch(KubeApiServerLifecycleTest::alive);
      return new Child(process, pids, Path.of(parts[2]), stderr);
    }

    private static String readyLine(Process process) {
      try {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
          if (line.startsWith("READY ")) {
            return line;
          }
        }
        return "(exited with " + process.waitFor() + ")";
      } catch (IOException e) {
        return "(" + e + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "(interrupted)";
      }
    }

    String stderr() throws IOException {
      return Files.readString(stderrFile);
    }
  }
}

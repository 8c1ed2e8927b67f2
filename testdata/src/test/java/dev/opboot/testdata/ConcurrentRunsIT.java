package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two op-boot runs on one project at the same time, as separate processes the way a user starts
 * them ({@code op-boot create api ... & op-boot create api ... & wait}): the project lock makes one
 * wait for the other, so every trial ends with a consistent project, each kind recorded in PROJECT,
 * both kustomizations and Reconcilers. Without the lock one kind was lost in every trial.
 */
class ConcurrentRunsIT {
  private static final int TRIALS = 20;

  @TempDir Path tmp;

  @Test
  void twoCreateApisAtOnceBothLand() throws Exception {
    for (int trial = 0; trial < TRIALS; trial++) {
      Path project = Files.createDirectory(tmp.resolve("trial-" + trial));
      run(project, "init", "--domain", "example.com");

      CompletableFuture<Processes.Result> foo =
          start(project, "create", "api", "--group", "webapp", "--version", "v1", "--kind", "Foo");
      CompletableFuture<Processes.Result> memcached =
          start(
              project,
              "create",
              "api",
              "--group",
              "cache",
              "--version",
              "v1alpha1",
              "--kind",
              "Memcached");

      assertThat(foo.get().exitCode()).as("trial %d: %s", trial, foo.get().output()).isZero();
      assertThat(memcached.get().exitCode())
          .as("trial %d: %s", trial, memcached.get().output())
          .isZero();
      assertRecorded(project, trial, "webapp", "Foo", "foos");
      assertRecorded(project, trial, "cache", "Memcached", "memcacheds");
    }
  }

  @Test
  void createApiBesideGenerateCrdLeavesAProjectThatGenerates() throws Exception {
    Path project = Files.createDirectory(tmp.resolve("project"));
    run(project, "init", "--domain", "example.com");
    run(project, "create", "api", "--group", "shop", "--version", "v1", "--kind", "Cart");
    run(project, "generate", "crd"); // resolves and caches the class path once
    for (int trial = 0; trial < TRIALS; trial++) {
      String kind = "Item" + trial;
      CompletableFuture<Processes.Result> create =
          start(project, "create", "api", "--group", "shop", "--version", "v1", "--kind", kind);
      CompletableFuture<Processes.Result> generate = start(project, "generate", "crd");

      assertThat(create.get().exitCode()).as("trial %d: %s", trial, create.get().output()).isZero();
      assertThat(generate.get().exitCode())
          .as("trial %d: %s", trial, generate.get().output())
          .isZero();
      assertRecorded(project, trial, "shop", kind, "item" + trial + "s");
    }
    Processes.Result last = run(project, "generate", "crd");
    for (int trial = 0; trial < TRIALS; trial++) {
      assertThat(project.resolve("config/crd/bases/shop.example.com_item" + trial + "s.yaml"))
          .isRegularFile();
    }
    assertThat(last.output()).doesNotContain("error");
  }

  private static void assertRecorded(
      Path project, int trial, String group, String kind, String plural) throws IOException {
    String crdFile = group + ".example.com_" + plural + ".yaml";
    assertThat(Files.readString(project.resolve("PROJECT")))
        .as("trial %d: PROJECT", trial)
        .contains("kind: " + kind + "\n");
    assertThat(Files.readString(project.resolve("config/crd/kustomization.yaml")))
        .as("trial %d: config/crd/kustomization.yaml", trial)
        .contains("bases/" + crdFile);
    assertThat(Files.readString(project.resolve("config/samples/kustomization.yaml")))
        .as("trial %d: config/samples/kustomization.yaml", trial)
        .contains("_" + kind.toLowerCase() + ".yaml");
    try (var files = Files.walk(project.resolve("src/main/java"))) {
      Path main =
          files
              .filter(p -> p.getFileName().toString().equals("Reconcilers.java"))
              .findFirst()
              .orElseThrow();
      assertThat(Files.readString(main))
          .as("trial %d: Reconcilers", trial)
          .contains("new " + kind + "Reconciler(");
    }
  }

  private static Processes.Result run(Path project, String... args) throws Exception {
    Processes.Result result = OpBootProcess.opBoot(project, List.of(args));
    assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.output()).isZero();
    return result;
  }

  private static CompletableFuture<Processes.Result> start(Path project, String... args) {
    Path log =
        project.resolveSibling(
            project.getFileName()
                + "-"
                + String.join("-", args).hashCode()
                + "-"
                + System.nanoTime()
                + ".log");
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return Processes.run(
                project, OpBootProcess.command(List.of(args)), java.util.Map.of(), log, 5);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        });
  }
}

package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate crd --check-compat REF}: the generated CRDs compared with those committed at a
 * git ref, failing on a breaking change unless the allow list acknowledges it, and a bad REF
 * writing nothing.
 */
class GenerateCrdCheckCompatTest {
  @TempDir Path tmp;

  private Path thing;
  private final String classpath = System.getProperty("java.class.path");

  @BeforeEach
  void releasedApi() throws Exception {
    thing = Files.createDirectories(tmp.resolve("api/com/example")).resolve("Thing.java");
    Files.writeString(
        thing,
        """
        package com.example;
        @io.fabric8.kubernetes.model.annotation.Group("example.com")
        @io.fabric8.kubernetes.model.annotation.Version("v1")
        public class Thing extends io.fabric8.kubernetes.client.CustomResource<Thing.Spec, Void> {
          public static class Spec { @io.fabric8.generator.annotation.Min(1) public int size; }
        }
        """);
    assertThat(generate().exitCode()).isZero();
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "release");
    Files.writeString(
        thing,
        Files.readString(thing)
            .replace("Min(1) public int size;", "Min(2) public int size; public String colour;"));
  }

  @Test
  void aBreakingChangeSinceTheRefFailsWithTheReport() {
    CliRun run = generate("--check-compat", "main");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out())
        .contains("updated    out/example.com_things.yaml")
        .contains("Compatibility with main:")
        .contains(
            "breaking  things.example.com/v1 .spec.size\n"
                + "          minimum-tightened: minimum 1 -> 2")
        .contains("safe      things.example.com/v1 .spec.colour")
        .endsWith("1 breaking, 0 warning, 1 safe.\n");
    CliRun explicit = generate("--check", "--check-compat", "git:main:out");
    assertThat(explicit.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(explicit.out()).contains("Compatibility with git:main:out:", "minimum-tightened");
  }

  @Test
  void theAllowListAcknowledgesIt() throws Exception {
    Files.writeString(
        tmp.resolve("allow.yaml"),
        "- {crd: things.example.com, path: .spec.size, kind: minimum-tightened, reason: 1 never worked}\n");
    CliRun run = generate("--check-compat", "main", "--compat-allow", "allow.yaml");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("allowed by entry 1")
        .endsWith("1 breaking (1 allowed), 0 warning, 1 safe.\n");
  }

  @Test
  void aBadRefIsBadInputAndWritesNothing() throws Exception {
    byte[] before = Files.readAllBytes(tmp.resolve("out/example.com_things.yaml"));
    CliRun run = generate("--check-compat", "no-such-branch");
    CliRun allowAlone = generate("--compat-allow", "allow.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--check-compat git:no-such-branch:out: git cannot read it");
    assertThat(Files.readAllBytes(tmp.resolve("out/example.com_things.yaml"))).isEqualTo(before);
    assertThat(allowAlone.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(allowAlone.err()).contains("--compat-allow needs --check-compat REF");
  }

  @Test
  void generateWithNoGeneratorNamedChecksTheCrdsOfItsOutputFolder() throws Exception {
    Path project = Files.createDirectories(tmp.resolve("project"));
    assertThat(CliRun.in(project, "init", "--domain", "example.com").exitCode()).isZero();
    Files.writeString(
        thing,
        Files.readString(thing)
            .replace("Min(2) public int size; public String colour;", "Min(1) public int size;"));
    String[] generate = {"generate", "--source", "../api", "--classpath", classpath};
    CliRun release = CliRun.in(project, generate);
    assertThat(release.exitCode()).as(release.out() + release.err()).isZero();
    git(project, "add", ".");
    git(
        project,
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.com",
        "commit",
        "-q",
        "-m",
        "two");
    Files.writeString(thing, Files.readString(thing).replace("Min(1)", "Min(3)"));

    List<String> args = new ArrayList<>(List.of(generate));
    args.addAll(List.of("--check", "--check-compat", "HEAD"));
    CliRun run = CliRun.in(project, args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out())
        .contains("Compatibility with HEAD:", "minimum-tightened: minimum 1 -> 3")
        .endsWith("1 breaking, 0 warning, 0 safe.\n");
  }

  private CliRun generate(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "generate", "crd", "--source", "api", "--classpath", classpath, "--output", "out"));
    args.addAll(List.of(extra));
    return CliRun.in(tmp, args.toArray(String[]::new));
  }

  private void git(String... args) throws Exception {
    git(tmp, args);
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> line = new ArrayList<>(List.of("git"));
    line.addAll(List.of(args));
    Process process = new ProcessBuilder(line).directory(dir.toFile()).inheritIO().start();
    assertThat(process.waitFor()).isZero();
  }
}

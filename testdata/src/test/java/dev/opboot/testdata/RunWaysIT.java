package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.core.Versions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way to run op-boot does the same thing: {@code java -jar} on the runnable jar, the launcher
 * install.sh installed ({@code $OP_BOOT}), and jbang, through the repository's jbang-catalog.json
 * alias ({@code op-boot@<checkout>}) and through the Maven coordinates ({@code
 * dev.opboot:op-boot-cli:<version>}), each run {@code init} and {@code create api} in an empty
 * folder and write byte-identical trees.
 */
class RunWaysIT {
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("init", "--domain", "example.com"),
          List.of("create", "api", "--group", "webapp", "--version", "v1", "--kind", "Guestbook"));

  @TempDir Path tmp;

  @FunctionalInterface
  private interface Way {
    Processes.Result run(Path dir, Path log, List<String> args) throws Exception;
  }

  @Test
  void javaJarLauncherAndJbangWriteTheSameTree() throws Exception {
    Path root = TestdataDir.path().getParent();
    String version = Versions.current().opBoot();
    Path jar = root.resolve("cli/target/op-boot-cli-" + version + "-all.jar");
    Assumptions.assumeTrue(
        Files.isRegularFile(jar),
        "no runnable jar "
            + jar
            + ": build it with 'mvn -B install' (or 'mvn -B package -pl cli -am')");
    String launcher = System.getenv("OP_BOOT");
    Assumptions.assumeTrue(
        launcher != null && !launcher.isBlank(),
        "OP_BOOT is not set: run 'PREFIX=<folder> ./install.sh' and set OP_BOOT=<folder>/bin/op-boot (CI does)");
    Path localRepository = localRepository();
    Path installedCli =
        localRepository.resolve(
            "dev/opboot/op-boot-cli/" + version + "/op-boot-cli-" + version + ".jar");
    Assumptions.assumeTrue(
        Files.isRegularFile(installedCli),
        "op-boot-cli "
            + version
            + " is not in the local Maven repository "
            + localRepository
            + ": run 'mvn -B install' (or install.sh), which installs it before these tests run");
    Optional<Jbang> jbang = Jbang.resolve(tmp.resolve("jbang-home"), localRepository);
    Assumptions.assumeTrue(jbang.isPresent(), Jbang.HOW_TO_PROVIDE);

    Map<String, Way> ways = new LinkedHashMap<>();
    ways.put(
        "java -jar",
        (dir, log, args) ->
            Processes.run(
                dir,
                concat(List.of(Processes.java(), "-jar", jar.toString()), args),
                Map.of(),
                log,
                5));
    ways.put(
        "installed launcher",
        (dir, log, args) -> Processes.run(dir, concat(List.of(launcher), args), Map.of(), log, 5));
    ways.put(
        "jbang catalog alias",
        (dir, log, args) -> jbang.get().run(dir, log, concat(List.of("op-boot@" + root), args)));
    ways.put(
        "jbang Maven coordinates",
        (dir, log, args) ->
            jbang.get().run(dir, log, concat(List.of("dev.opboot:op-boot-cli:" + version), args)));

    Map<String, Map<String, byte[]>> trees = new LinkedHashMap<>();
    int n = 0;
    for (Map.Entry<String, Way> way : ways.entrySet()) {
      Path project =
          Files.createDirectories(tmp.resolve("way" + n++).resolve("guestbook-operator"));
      for (List<String> command : COMMANDS) {
        Path log = project.resolveSibling("op-boot-" + command.get(0) + ".log");
        Processes.Result result = way.getValue().run(project, log, command);
        assertThat(result.exitCode())
            .as(
                "%s: op-boot %s failed:%n%s",
                way.getKey(), String.join(" ", command), result.output())
            .isZero();
        assertThat(result.output()).as(way.getKey()).contains("create");
      }
      trees.put(way.getKey(), Trees.read(project));
    }

    Map<String, byte[]> reference = trees.get("java -jar");
    assertThat(reference).containsKeys("pom.xml", "PROJECT");
    assertThat(reference.keySet()).anyMatch(path -> path.endsWith("/Guestbook.java"));
    for (Map.Entry<String, Map<String, byte[]>> tree : trees.entrySet()) {
      assertThat(Trees.differences(reference, tree.getValue()))
          .as("%s wrote another tree than java -jar", tree.getKey())
          .isEmpty();
    }
  }

  private static Path localRepository() {
    String configured = System.getProperty("opboot.localRepository");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}

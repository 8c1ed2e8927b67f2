package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.cli.OpBoot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden scaffold under {@code testdata/scaffold/golden} is exactly what op-boot writes for
 * {@code testdata/scaffold/commands} (scaffolding, then {@code generate crd}): any change to the
 * templates or the CRD engine shows up here as a diff to review, and {@code testdata/regenerate}
 * accepts it. On the real file system, because generating CRDs runs javac and Maven.
 */
class GoldenScaffoldIT {
  @Test
  void goldenScaffoldIsUpToDate(@TempDir Path tmp) throws Exception {
    Path project = Files.createDirectories(tmp.resolve("guestbook-operator"));
    for (List<String> command : Scenario.goldenScaffold().commands()) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          OpBoot.commandLine(project, new PrintWriter(out), new PrintWriter(err))
              .execute(command.toArray(String[]::new));
      assertThat(code).as("op-boot %s failed: %s", String.join(" ", command), err).isZero();
    }

    Map<String, byte[]> actual = Trees.read(project);
    Map<String, byte[]> golden = Trees.read(TestdataDir.goldenScaffold());
    assertThat(Trees.differences(golden, actual))
        .as("testdata/scaffold/golden is stale; review the change and run testdata/regenerate")
        .isEmpty();
    assertThat(actual)
        .containsKeys(
            "config/crd/bases/webapp.example.com_guestbooks.yaml",
            "config/crd/bases/cache.example.com_memcacheds.yaml");
  }
}

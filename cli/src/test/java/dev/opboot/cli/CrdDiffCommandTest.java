package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code op-boot crd diff} as users run it: files, folders and git revisions compared, the exit
 * code following unacknowledged breaking changes and refused samples, every bad input at once.
 */
class CrdDiffCommandTest {
  @TempDir Path dir;

  private static String crd(String specProperties) {
    return """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: widgets.example.com}
        spec:
          group: example.com
          names: {kind: Widget, plural: widgets}
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    properties: %s
        """
        .formatted(specProperties);
  }

  private static final String OLD = crd("{size: {type: integer}, legacy: {type: string}}");
  private static final String NEW =
      crd("{size: {type: integer, maximum: 5}, color: {type: string}}");

  @Test
  void aBreakingChangeFailsWithTheReportAndAnAllowListAcknowledgesIt() throws IOException {
    write("old.yaml", OLD);
    write("new/widgets.yaml", NEW);
    write("new/kustomization.yaml", "resources: [widgets.yaml]\n");

    CliRun run = CliRun.in(dir, "crd", "diff", "old.yaml", "new");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out())
        .contains(
            "breaking  widgets.example.com/v1 .spec.legacy\n"
                + "          property-removed: the property (string) is gone (the server prunes")
        .contains(
            "breaking  widgets.example.com/v1 .spec.size\n          maximum-tightened: maximum none -> 5")
        .contains(
            "safe      widgets.example.com/v1 .spec.color\n          property-added: type string")
        .endsWith("2 breaking, 0 warning, 1 safe.\n");

    write(
        "allow.yaml",
        """
        - {crd: widgets.example.com, path: .spec.legacy, kind: property-removed, reason: unused}
        - {crd: widgets.example.com, version: v1, path: .spec.size, kind: maximum-tightened, reason: capped at 5 in 1.3}
        """);
    CliRun allowed = CliRun.in(dir, "crd", "diff", "old.yaml", "new", "--allow", "allow.yaml");
    assertThat(allowed.exitCode()).as(allowed.err()).isEqualTo(ExitCodes.OK);
    assertThat(allowed.out())
        .contains("allowed by entry 2")
        .endsWith("2 breaking (2 allowed), 0 warning, 1 safe.\n");
  }

  @Test
  void verifyWithoutSamplesIsBadInputAndStartsNoServer() throws IOException {
    write("a.yaml", NEW);
    CliRun run = CliRun.in(dir, "crd", "diff", "a.yaml", "a.yaml", "--verify");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("--verify judges the --samples objects on a real API server: add --samples DIR");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void jsonOutputAndNoChangeExitsZero() throws IOException {
    write("a.yaml", NEW);
    write("b.yaml", NEW);
    CliRun same = CliRun.in(dir, "crd", "diff", "a.yaml", "b.yaml");
    assertThat(same.exitCode()).isZero();
    assertThat(same.out()).isEqualTo("No changes.\n");

    write("a.yaml", OLD);
    CliRun json = CliRun.in(dir, "crd", "diff", "a.yaml", "b.yaml", "--output", "json");
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(json.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(report.at("/summary/breaking").asInt()).isEqualTo(2);
    assertThat(report.get("findings"))
        .extracting(f -> f.get("kind").asText() + " " + f.get("path").asText())
        .containsExactly(
            "property-removed .spec.legacy",
            "maximum-tightened .spec.size",
            "property-added .spec.color");
  }

  @Test
  void gitRevisionsAreReadWithGit() throws Exception {
    git("init", "-q", "-b", "main");
    write("config/crd/bases/widgets.yaml", OLD);
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "v1");
    write("config/crd/bases/widgets.yaml", NEW);

    CliRun folder = CliRun.in(dir, "crd", "diff", "git:main:config/crd/bases", "config/crd/bases");
    CliRun file =
        CliRun.in(dir, "crd", "diff", "git:main:config/crd/bases/widgets.yaml", "config/crd/bases");

    assertThat(folder.exitCode()).as(folder.err()).isEqualTo(ExitCodes.FAILURE);
    assertThat(folder.out()).endsWith("2 breaking, 0 warning, 1 safe.\n");
    assertThat(file.out()).isEqualTo(folder.out());
  }

  @Test
  void samplesNewWouldRefuseAreListedAndFailTheRun() throws IOException {
    write("a.yaml", NEW);
    write(
        "samples/good.yaml",
        "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: good}\nspec: {size: 3}\n---\n"
            + "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: other}\n");
    write(
        "samples/big.yaml",
        "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: big}\nspec: {size: 7}\n");

    CliRun run = CliRun.in(dir, "crd", "diff", "a.yaml", "a.yaml", "--samples", "samples");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out())
        .isEqualTo(
            """
            No changes.

            Samples against NEW:
              refused   samples/big.yaml: Widget big
                        .spec.size: 7 is above the maximum 5
              accepted  samples/good.yaml: Widget good
            1 of 2 samples refused.
            """);
  }

  @Test
  void everyBadInputIsReportedAtOnceWithExitTwo() throws IOException {
    write("allow.yaml", "- {crd: widgets.example.com, kind: property-removed}\n");
    write("empty.yaml", "kind: ConfigMap\n");

    CliRun run =
        CliRun.in(
            dir,
            "crd",
            "diff",
            "missing.yaml",
            "empty.yaml",
            "--allow",
            "allow.yaml",
            "--samples",
            "nope");
    CliRun badRef = CliRun.in(dir, "crd", "diff", "git:main", "empty.yaml");
    CliRun badOutput = CliRun.in(dir, "crd", "diff", "empty.yaml", "empty.yaml", "--output", "xml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("OLD " + dir.resolve("missing.yaml") + " does not exist")
        .contains("NEW empty.yaml holds no CustomResourceDefinition")
        .contains("--allow allow.yaml: entry 1: missing reason")
        .contains("--samples " + dir.resolve("nope") + " does not exist");
    assertThat(badRef.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badRef.err()).contains("OLD git:main: expected git:<ref>:<path>");
    assertThat(badOutput.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badOutput.err()).contains("--output", "text, json", "'xml'");
  }

  @Test
  void theHelpListsTheChangeKinds() {
    CliRun run = CliRun.in(dir, "crd", "diff", "--help");
    assertThat(run.out())
        .contains("Change kinds:", "breaking: crd-removed", "property-removed", "safe:");
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void git(String... args) throws Exception {
    Process process =
        new ProcessBuilder(concat("git", args)).directory(dir.toFile()).inheritIO().start();
    assertThat(process.waitFor()).isZero();
  }

  private static List<String> concat(String first, String... rest) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(first), java.util.stream.Stream.of(rest))
        .toList();
  }
}

package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate docs} (and apiserver-boot's {@code build docs}) on CRD files outside any project:
 * written, then up to date with {@code --check}, stale after an edit; bad input refused with
 * nothing written.
 */
class GenerateDocsCommandTest {
  private static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: gizmos.example.com
      spec:
        group: example.com
        scope: Namespaced
        names: {kind: Gizmo, listKind: GizmoList, plural: gizmos, singular: gizmo}
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
                    properties:
                      volume:
                        description: How loud it is.
                        type: integer
                        maximum: %d
      """;

  @TempDir Path tmp;

  @Test
  void crdFilesAreDocumentedAndCheckedOutsideAProject() throws Exception {
    Files.createDirectories(tmp.resolve("crds"));
    Files.writeString(tmp.resolve("crds/gizmos.yaml"), CRD.formatted(11));

    CliRun written =
        CliRun.in(
            tmp, "build", "docs", "--from-crd", "crds", "--output", "site", "--format", "both");
    assertThat(written.exitCode()).as(written.err()).isZero();
    assertThat(written.out())
        .contains("created    site/api-reference.html", "created    site/api-reference.md");
    assertThat(tmp.resolve("site/api-reference.md"))
        .content()
        .contains("| `volume` | `integer` |  | How loud it is.<br>At most `11`. |");

    CliRun upToDate =
        CliRun.in(
            tmp,
            "generate",
            "docs",
            "--from-crd",
            "crds",
            "--output",
            "site",
            "--format",
            "both",
            "--check");
    assertThat(upToDate.exitCode()).as(upToDate.out()).isZero();

    Files.writeString(tmp.resolve("crds/gizmos.yaml"), CRD.formatted(10));
    CliRun stale =
        CliRun.in(tmp, "generate", "docs", "--from-crd", "crds", "--output", "site", "--check");
    assertThat(stale.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(stale.out())
        .contains("-| `volume` | `integer` |  | How loud it is.<br>At most `11`. |");
  }

  @Test
  void badInputIsRefusedWithNothingWritten() throws Exception {
    CliRun noFolder = CliRun.in(tmp, "generate", "docs", "--from-crd", "nope", "--output", "site");
    assertThat(noFolder.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noFolder.err()).contains("--from-crd " + tmp.resolve("nope") + " is not a folder");

    CliRun format =
        CliRun.in(
            tmp, "generate", "docs", "--from-crd", ".", "--output", "site", "--format", "pdf");
    assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).contains("--format must be markdown, html or both, not 'pdf'.");
    assertThat(tmp.resolve("site")).doesNotExist();
  }
}

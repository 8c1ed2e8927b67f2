package dev.opboot.generate.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate docs} on CRD files and on Java sources. */
class DocsGeneratorTest {
  static final Path TESTDATA = Path.of("..", "testdata").toAbsolutePath().normalize();
  static final Path CRONJOB = TESTDATA.resolve("crd/cronjob");

  @TempDir Path tmp;

  static GeneratedFiles fromCrd(Path crds, Path samples, String format) throws Exception {
    DocsGenerator docs = new DocsGenerator();
    GeneratorSettings settings =
        GeneratorSettings.checked(
            docs,
            Map.of(
                "from-crd",
                crds.toString(),
                "samples",
                samples.toString(),
                "format",
                format,
                "kube-version",
                "1.32"),
            o -> "--" + o.name());
    return docs.generate(ProjectSources.of(List.of(), List.of()), settings);
  }

  /** The YAML files of {@code folder}, sorted. */
  static List<Path> yamlFiles(Path folder) throws java.io.IOException {
    try (var files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void theCronJobOfControllerGenIsDocumentedFromItsCrdFile() throws Exception {
    GeneratedFiles files =
        fromCrd(CRONJOB.resolve("expected"), CRONJOB.resolve("samples/valid"), "both");
    String markdown = files.files().get("api-reference.md");
    String html = files.files().get("api-reference.html");
    Files.createDirectories(Path.of("target/docs"));
    Files.writeString(Path.of("target/docs/cronjob.md"), markdown);
    Files.writeString(Path.of("target/docs/cronjob.html"), html);
    assertThat(markdown)
        .contains("## batch.tutorial.kubebuilder.io/v1")
        .contains("### CronJob")
        .contains("#### CronJob.spec")
        .contains("| `schedule` | `string` | yes |")
        .contains(
            "[`JobTemplateSpec`](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.32/#jobtemplatespec-v1-batch)");
    assertThat(html)
        .contains("<article class=\"kind\" id=\"cronjob-v1-batch-tutorial-kubebuilder-io\"");
  }

  @Test
  void aBadCrdFileIsAProblemAtItsLine() throws Exception {
    Path crds = Files.createDirectories(tmp.resolve("crds"));
    Files.writeString(crds.resolve("bad.yaml"), "kind: CustomResourceDefinition\nspec: [\n");
    assertThatThrownBy(() -> fromCrd(crds, tmp.resolve("none"), "markdown"))
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining(crds.resolve("bad.yaml") + ":")
        .hasMessageContaining("not valid YAML");
  }
}

package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.opboot.generate.crd.CrdDocument;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.crd.Yaml;
import dev.opboot.generate.crd.check.CrdValidator;
import dev.opboot.generate.crd.check.Finding;
import dev.opboot.generate.model.ApiModelReader;
import dev.opboot.generate.model.Crd;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.source.JavaSources;
import dev.opboot.testdata.RefusalCatalogue.Case;
import dev.opboot.testdata.RefusalCatalogue.Verdict;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator of {@code generate crd} agrees with kube-apiserver: each input of {@link
 * RefusalCatalogue} is generated twice, once by {@code generate crd} (which must refuse exactly the
 * broken ones, at the marked line, with a one-line message) and once without the validator, the CRD
 * then created (dry run) on a real API server, which must refuse exactly the same ones.
 */
@WithKubeApiServer
class CrdRefusalsApiServerTest {
  private static final com.fasterxml.jackson.databind.ObjectMapper YAML =
      new com.fasterxml.jackson.databind.ObjectMapper(
          new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());

  @TempDir Path tmp;

  static Stream<Case> cases() {
    return Stream.of(RefusalCatalogue.BROKEN, RefusalCatalogue.VALID, CelCatalogue.RULES)
        .flatMap(List::stream);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validatorAndServerAgree(Case c, KubernetesClient client) throws Exception {
    Path sources = tmp.resolve("src");
    Path file = sources.resolve("com/example/Widget.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, c.source());

    // the CRD as op-boot builds it, without the validator, on the real server
    List<Crd> crds =
        ApiModelReader.read(JavaSources.compile(List.of(sources), TestClasspath.entries()));
    assertThat(crds).hasSize(1);
    String yaml = Yaml.write(CrdDocument.of(crds.get(0), "test"));
    String refusal = serverRefusal(client, yaml);
    List<Finding> findings = CrdValidator.validate(YAML.readTree(yaml));
    if (c.verdict() == Verdict.ACCEPTED) {
      assertThat(refusal).as("the server's verdict on\n%s", yaml).isNull();
      assertThat(findings).as("the validator's findings").isEmpty();
    } else {
      assertThat(refusal).as("the server should refuse\n%s", yaml).isNotNull();
    }
    if (c.verdict() == Verdict.COSTLY) {
      assertThat(findings)
          .as("server: %s", refusal)
          .isNotEmpty()
          .allMatch(f -> !f.isError() && f.message().contains("max"));
    }

    // generate crd: refuses the broken inputs at the marked line, writes the others
    CrdGenerator.Options options =
        new CrdGenerator.Options(List.of(sources), TestClasspath.entries(), null, "test");
    if (c.verdict() == Verdict.REFUSED) {
      GeneratorException e =
          catchThrowableOfType(GeneratorException.class, () -> CrdGenerator.generate(options));
      assertThat(e).as("generate crd should refuse it; the server said: %s", refusal).isNotNull();
      assertThat(e.problems())
          .as("server: %s", refusal)
          .allSatisfy(
              p -> {
                assertThat(p.location().file()).endsWith("Widget.java");
                assertThat(p.location().line()).isEqualTo(c.line());
                assertThat(p.message()).doesNotContain("\n").contains(". ");
              });
    } else {
      assertThat(CrdGenerator.generate(options)).hasSize(1);
    }
  }

  /** The server's message when it refuses the CRD (dry run), or null when it accepts it. */
  private static String serverRefusal(KubernetesClient client, String yaml) {
    CustomResourceDefinition crd =
        client.getKubernetesSerialization().unmarshal(yaml, CustomResourceDefinition.class);
    try {
      client.apiextensions().v1().customResourceDefinitions().resource(crd).dryRun().create();
      return null;
    } catch (KubernetesClientException e) {
      assertThat(e.getCode()).as(e.getMessage()).isEqualTo(422);
      return e.getMessage();
    }
  }
}

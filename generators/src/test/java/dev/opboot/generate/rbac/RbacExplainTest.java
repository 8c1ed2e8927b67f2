package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.GeneratorOption;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code generate rbac --explain} and {@code --explain-comments} on {@code
 * testdata/rbac/operators/podexec}: each rule with the code that needs it, files relative to the
 * source folder; without the flags, role.yaml is the same bytes as ever.
 */
class RbacExplainTest {
  private static final Path SOURCES = RbacOperatorsTest.OPERATORS.resolve("podexec/src/main/java");

  private static GeneratedFiles generate(Map<String, String> options) throws Exception {
    RbacGenerator generator = new RbacGenerator();
    return generator.generate(
        ProjectSources.of(List.of(SOURCES), JosdkOnClasspath.entries()),
        GeneratorSettings.checked(generator, options, GeneratorOption::flag));
  }

  private static final String EXPLANATION =
      """
      ClusterRole manager-role: each rule and the code that needs it
      - events: create patch
          com/example/podexec/DiagnosisReconciler.java:12: create patch: recording events for DiagnosisReconciler
      - pods: get list watch
          com/example/podexec/DiagnosisReconciler.java:20: list: client.pods().inNamespace(namespace).withLabel("app", diagnosis.getSpec().app).list() in DiagnosisReconciler
          com/example/podexec/PodShell.java:24: get list watch: client.pods().inNamespace(namespace).withName(pod).writingOutput(out).exec("sh", "-c", command) in PodShell
      - pods/exec: create get
          com/example/podexec/PodShell.java:24: create get: client.pods().inNamespace(namespace).withName(pod).writingOutput(out).exec("sh", "-c", command) in PodShell
      - diagnoses.diag.example.com: get list patch update watch
          com/example/podexec/DiagnosisReconciler.java:12: get list patch update watch: the primary resource of DiagnosisReconciler
      - diagnoses/finalizers.diag.example.com: update
          com/example/podexec/DiagnosisReconciler.java:12: update: the primary resource of DiagnosisReconciler
      - diagnoses/status.diag.example.com: get patch update
          com/example/podexec/DiagnosisReconciler.java:12: get patch update: the primary resource of DiagnosisReconciler
      """;

  @Test
  void withoutTheFlagsTheRoleIsTheSameBytesAndNothingIsExplained() throws Exception {
    GeneratedFiles files = generate(Map.of());
    assertThat(files.files().get(RbacGenerator.FILE_NAME))
        .isEqualTo(
            Files.readString(RbacOperatorsTest.OPERATORS.resolve("podexec/expected/role.yaml")));
    assertThat(files.explanation()).isEmpty();
    assertThat(files.warnings()).isEmpty();
  }

  @Test
  void explainPrintsEachRuleWithTheCodeThatNeedsIt() throws Exception {
    GeneratedFiles files = generate(Map.of("explain", "true"));
    assertThat(String.join("\n", files.explanation()) + "\n").isEqualTo(EXPLANATION);
    assertThat(files.files().get(RbacGenerator.FILE_NAME))
        .as("--explain alone leaves role.yaml as it is")
        .isEqualTo(generate(Map.of()).files().get(RbacGenerator.FILE_NAME));
  }

  @Test
  void explainCommentsPutsTheSameAboveEachRuleOfRoleYaml() throws Exception {
    String plain = generate(Map.of()).files().get(RbacGenerator.FILE_NAME);
    String commented =
        generate(Map.of("explain-comments", "true")).files().get(RbacGenerator.FILE_NAME);
    assertThat(commented)
        .startsWith(
            RbacGenerator.HEADER
                + """
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: manager-role
            rules:
            # com/example/podexec/DiagnosisReconciler.java:12: create patch: recording events for DiagnosisReconciler
            - apiGroups:
              - ""
              resources:
              - events
            """);
    List<String> comments =
        commented
            .substring(RbacGenerator.HEADER.length())
            .lines()
            .filter(l -> l.startsWith("# "))
            .toList();
    assertThat(comments)
        .containsExactlyElementsOf(
            EXPLANATION
                .lines()
                .filter(l -> l.startsWith("    "))
                .map(l -> "# " + l.strip())
                .toList());
    assertThat(
            commented
                .substring(RbacGenerator.HEADER.length())
                .lines()
                .filter(l -> !l.startsWith("# "))
                .toList())
        .as("without its comments, the same role")
        .isEqualTo(plain.lines().filter(l -> !l.startsWith("# ")).toList());
  }
}

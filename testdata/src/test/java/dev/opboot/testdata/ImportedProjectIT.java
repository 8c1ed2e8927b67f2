package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.testing.EnvTestAssets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team that starts from CRDs it already has: {@code op-boot init}, then {@code create api
 * --from-crd} for two APIs it owns (the kubebuilder book's CronJob, with Kubernetes'
 * JobTemplateSpec; the golden scaffold's Memcached, whose status reports Ready) and one it only
 * uses ({@code --external}, a cert-manager-like Certificate), then the project's own {@code mvn
 * verify}: the imported classes compile, the reconcilers' tests pass, the build regenerates the
 * owned CRD exactly (at the Kubernetes version of the original's built-in types) and writes none
 * for the external one, and with an API server the operator runs against both.
 */
class ImportedProjectIT {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir static Path tmp;

  private static Path project;
  private static Processes.Result build;

  @BeforeAll
  static void scaffoldImportAndBuild() throws Exception {
    project = Files.createDirectory(tmp.resolve("batch"));
    run(List.of("init", "--domain", "example.com"));
    run(
        List.of(
            "create",
            "api",
            "--from-crd",
            TestdataDir.path()
                .resolve("crd/cronjob/expected/batch.tutorial.kubebuilder.io_cronjobs.yaml")
                .toString()));
    run(
        List.of(
            "create",
            "api",
            "--from-crd",
            TestdataDir.goldenScaffold()
                .resolve("config/crd/bases/cache.example.com_memcacheds.yaml")
                .toString()));
    run(
        List.of(
            "create",
            "api",
            "--from-crd",
            TestdataDir.path().resolve("import/external/certificate.yaml").toString(),
            "--external"));
    build = OpBootProcess.maven(project, tmp.resolve("mvn-verify.log"), "verify");
  }

  private static void run(List<String> args) throws Exception {
    Processes.Result result = OpBootProcess.opBoot(project, args);
    assertThat(result.exitCode())
        .as("op-boot %s: %s", String.join(" ", args), result.output())
        .isZero();
  }

  @Test
  void buildsAndPassesItsUnitTests() throws Exception {
    assertThat(build.exitCode())
        .as(
            "mvn verify in the imported project failed:%n%s",
            OpBootProcess.tail(build.output(), 80))
        .isZero();
    for (String test :
        List.of("CronJobReconcilerTest", "MemcachedReconcilerTest", "CertificateReconcilerTest")) {
      SurefireReports reports = SurefireReports.of(project, "com.example.batch.controller." + test);
      assertThat(reports.tests()).as(test).isGreaterThanOrEqualTo(1);
      assertThat(reports.failures() + reports.errors() + reports.skipped()).as(test).isZero();
    }
  }

  @Test
  void theBuildRegeneratesTheOwnedCrdExactlyAndNoneForTheExternalOne() throws Exception {
    assertThat(build.exitCode()).isZero();
    List<String> crds = new ArrayList<>();
    try (var files = Files.list(project.resolve("config/crd/bases"))) {
      files.forEach(f -> crds.add(f.getFileName().toString()));
    }
    assertThat(crds)
        .containsExactlyInAnyOrder(
            "batch.tutorial.kubebuilder.io_cronjobs.yaml", "cache.example.com_memcacheds.yaml");
    for (Path original :
        List.of(
            TestdataDir.path()
                .resolve("crd/cronjob/expected/batch.tutorial.kubebuilder.io_cronjobs.yaml"),
            TestdataDir.goldenScaffold()
                .resolve("config/crd/bases/cache.example.com_memcacheds.yaml"))) {
      JsonNode expected = CrdRoundTripTest.normalize(YAML.readTree(original.toFile()));
      JsonNode generated =
          CrdRoundTripTest.normalize(
              YAML.readTree(
                  project.resolve("config/crd/bases").resolve(original.getFileName()).toFile()));
      List<String> differences = JsonDiff.of(expected, generated);
      if (original.getFileName().toString().startsWith("batch.")) {
        // controller-gen made the original with Kubernetes 1.32's types; the project's fabric8
        // 7.5.2 models 1.34, whose types the build describes (DIFFERENCES.md D9): only Kubernetes'
        // JobTemplateSpec may differ, and at 1.32 the CRD comes back exactly (below)
        assertThat(differences)
            .as("%s", original.getFileName())
            .isNotEmpty()
            .allMatch(d -> d.contains("/properties/spec/properties/jobTemplate/properties/"));
        Path at132 = tmp.resolve("crds-at-1.32");
        List<String> args =
            List.of("generate", "crd", "--kube-version", "1.32", "--output", at132.toString());
        Processes.Result at132Run = OpBootProcess.opBoot(project, args);
        assertThat(at132Run.exitCode()).as(at132Run.output()).isZero();
        generated =
            CrdRoundTripTest.normalize(
                YAML.readTree(at132.resolve(original.getFileName()).toFile()));
        // fabric8 7.5.2's fields that 1.32 lacks are walked from the classes, each with a
        // warning, rather than pruned (DIFFERENCES.md D10): those additions and nothing else
        differences =
            WalkedFields.withoutWalked(
                JsonDiff.of(expected, generated), at132Run.output().lines().toList());
      }
      assertThat(differences).as("%s", original.getFileName()).isEmpty();
    }
    assertThat(Files.readString(project.resolve("config/rbac/role.yaml")))
        .contains("cert-manager.io", "certificates", "batch.tutorial.kubebuilder.io", "cronjobs");
  }

  @Test
  void runsAgainstARealApiServer() throws Exception {
    EnvTestAssets.assumeFound();
    assertThat(build.exitCode()).isZero();
    SurefireReports it = SurefireReports.ofIntegrationTest(project, "com.example.batch.OperatorIT");
    assertThat(it.tests()).isEqualTo(1);
    assertThat(it.failures() + it.errors() + it.skipped())
        .as("OperatorIT must run and pass")
        .isZero();
  }
}

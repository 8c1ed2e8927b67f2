package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.testing.EnvTestAssets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reconciler that owns built-in objects, as a kubebuilder user writes one with {@code
 * Owns(&appsv1.Deployment{})}: {@code op-boot create api --owns Deployment,Service,ConfigMap}, then
 * the project's own {@code mvn verify}. Its unit tests create each owned object on fabric8's mock
 * API server; the role the build generates grants the owned kinds; and on a real API server, with
 * the operator running as its service account, each owned object is created with an owner reference
 * and created again when deleted. Last, the same IT run against a dependent that sets no owner
 * reference fails, saying so: the IT proves what it claims.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnedResourcesProjectIT {
  private static final String CONTROLLER = "src/main/java/com/example/site/controller/";

  @TempDir static Path tmp;

  private static Path project;
  private static Processes.Result build;

  @BeforeAll
  static void scaffoldAndBuild() throws Exception {
    project = Files.createDirectory(tmp.resolve("site"));
    run(List.of("init", "--domain", "example.com"));
    run(
        List.of(
            "create",
            "api",
            "--group",
            "web",
            "--version",
            "v1",
            "--kind",
            "Site",
            "--owns",
            "Deployment,Service,ConfigMap"));
    build = OpBootProcess.maven(project, tmp.resolve("mvn-verify.log"), "verify");
  }

  private static void run(List<String> args) throws Exception {
    ScaffoldedBuild.opBoot(project, args);
  }

  @Test
  @Order(1)
  void buildsAndItsUnitTestsCreateEachOwnedObject() throws Exception {
    assertThat(build.exitCode())
        .as("mvn verify failed:%n%s", OpBootProcess.tail(build.output(), 80))
        .isZero();
    for (String test :
        List.of(
            "SiteReconcilerTest",
            "SiteDeploymentDependentTest",
            "SiteServiceDependentTest",
            "SiteConfigMapDependentTest")) {
      SurefireReports reports = SurefireReports.of(project, "com.example.site.controller." + test);
      assertThat(reports.tests()).as(test).isGreaterThanOrEqualTo(1);
      assertThat(reports.failures() + reports.errors() + reports.skipped()).as(test).isZero();
    }
  }

  @Test
  @Order(2)
  void theGeneratedRoleGrantsTheOwnedKinds() throws Exception {
    assertThat(build.exitCode()).isZero();
    String role = Files.readString(project.resolve("config/rbac/role.yaml"));
    String verbs =
        "  verbs:\n  - create\n  - delete\n  - get\n  - list\n  - patch\n  - update\n  - watch\n";
    assertThat(role)
        .contains(
            "- apiGroups:\n  - \"\"\n  resources:\n  - configmaps\n  - services\n" + verbs,
            "- apiGroups:\n  - apps\n  resources:\n  - deployments\n" + verbs,
            "  - events\n  verbs:\n  - create\n  - patch\n");
  }

  @Test
  @Order(3)
  void onARealApiServerTheOwnedObjectsAreCreatedOwnedAndPutBack() throws Exception {
    EnvTestAssets.assumeFound();
    assertThat(build.exitCode()).isZero();
    for (String test :
        List.of("com.example.site.SiteOwnedResourcesIT", "com.example.site.OperatorIT")) {
      SurefireReports it = SurefireReports.ofIntegrationTest(project, test);
      assertThat(it.tests()).as(test).isEqualTo(1);
      assertThat(it.failures() + it.errors() + it.skipped())
          .as(test + " must run and pass")
          .isZero();
    }
  }

  @Test
  @Order(4)
  void aDependentWithoutOwnerReferencesFailsTheIt() throws Exception {
    EnvTestAssets.assumeFound();
    assertThat(build.exitCode()).isZero();
    Path dependent = project.resolve(CONTROLLER + "SiteDeploymentDependent.java");
    String source = Files.readString(dependent);
    String broken =
        source.replace(
            "    @Override\n    protected Deployment desired(",
            "    @Override\n    protected boolean addOwnerReference() {\n        return false;\n    }\n\n"
                + "    @Override\n    protected Deployment desired(");
    assertThat(broken).isNotEqualTo(source);
    Files.writeString(dependent, broken);

    Processes.Result rerun =
        OpBootProcess.maven(
            project,
            tmp.resolve("mvn-verify-broken.log"),
            "verify",
            "-Dtest=SiteReconcilerTest",
            "-Dit.test=SiteOwnedResourcesIT");

    assertThat(rerun.exitCode()).as(OpBootProcess.tail(rerun.output(), 40)).isNotZero();
    SurefireReports it =
        SurefireReports.ofIntegrationTest(project, "com.example.site.SiteOwnedResourcesIT");
    assertThat(it.failures() + it.errors()).isEqualTo(1);
    assertThat(
            Files.readString(
                project.resolve(
                    "target/failsafe-reports/com.example.site.SiteOwnedResourcesIT.txt")))
        .contains("not created with an owner reference to ");
  }
}

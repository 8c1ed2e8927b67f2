package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code create api --owns}: a JOSDK managed dependent resource per owned built-in kind, in the
 * reconciler's {@code @Workflow}, recorded in PROJECT, with its test and an integration test; and
 * the reconciler's clock and events, which every scaffolded reconciler has.
 */
class CreateApiOwnsTest {
  private static final String BASE = "src/main/java/com/example/siteoperator/";
  private static final String TEST = "src/test/java/com/example/siteoperator/";
  private static final String RECONCILER = BASE + "controller/SiteReconciler.java";

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path project = fs.getPath("/home/dev/site-operator");
  @TempDir Path classes;

  @BeforeEach
  void init() throws IOException {
    Files.createDirectories(project);
    assertThat(CliRun.in(project, "init", "--domain", "example.com").exitCode()).isZero();
  }

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void eachOwnedKindIsAManagedDependentOfTheReconcilersWorkflow() throws Exception {
    CliRun run = api("--owns", "Deployment,Service");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(project);
    assertThat(tree)
        .containsKeys(
            BASE + "controller/SiteDeploymentDependent.java",
            BASE + "controller/SiteServiceDependent.java",
            TEST + "controller/SiteDeploymentDependentTest.java",
            TEST + "controller/SiteServiceDependentTest.java",
            TEST + "SiteOwnedResourcesIT.java");
    assertThat(tree.get(RECONCILER))
        .contains(
            "@Workflow(dependents = {\n"
                + "        @Dependent(type = SiteDeploymentDependent.class),\n"
                + "        @Dependent(type = SiteServiceDependent.class)\n"
                + "})\n"
                + "@ControllerConfiguration\n");
    assertThat(tree.get(BASE + "controller/SiteDeploymentDependent.java"))
        .contains(
            "public class SiteDeploymentDependent extends"
                + " CRUDKubernetesDependentResource<Deployment, Site> {",
            ".withMatchLabels(SiteReconciler.labels(primary))",
            ".withImage(primary.getSpec().getImage())");
    assertThat(tree.get(BASE + "controller/SiteServiceDependent.java"))
        .contains(".withSelector(SiteReconciler.labels(primary))")
        .doesNotContain("getImage");
    // a pod template needs an image: the spec asks for one, the sample gives one
    assertThat(tree.get(BASE + "api/web/v1/SiteSpec.java"))
        .contains("@Required\n    private String image;");
    assertThat(tree.get("config/samples/web_v1_site.yaml"))
        .endsWith("  foo: bar\n  image: nginx:1.27\n");
    assertThat(tree.get(TEST + "SiteOwnedResourcesIT.java"))
        .contains(
            "client.resources(Deployment.class)",
            "client.resources(Service.class)",
            "asServiceAccount(client, installRbac(client))");
    assertThat(tree.get("PROJECT"))
        .contains("  storage: true\n  owns:\n  - Deployment\n  - Service\n");
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  @Test
  void withoutOwnsTheReconcilerHasNoWorkflowButAClockAndEvents() throws Exception {
    CliRun run = api();

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(project);
    assertThat(tree.get(RECONCILER))
        .doesNotContain("@Workflow")
        .contains(
            "public SiteReconciler(Clock clock) {",
            "Conditions.set(status.getConditions(), new ConditionBuilder()",
            ".build(), clock));",
            "Events.record(context.getClient(), resource, Events.NORMAL, \"Ready\"");
    assertThat(tree.get(BASE + "Reconcilers.java"))
        .contains(
            "        Clock clock = Clock.systemUTC();\n        operator.register(new SiteReconciler(clock));\n");
    assertThat(tree.get(BASE + "Events.java")).contains("client.v1().events()");
    assertThat(tree.get(TEST + "controller/SiteReconcilerTest.java"))
        .contains(
            "@EnableKubernetesMockClient(crud = true)",
            "when(context.getClient()).thenReturn(client);");
    assertThat(tree.get("PROJECT")).doesNotContain("owns");
    assertThat(tree.keySet())
        .noneMatch(
            path ->
                path.contains("Dependent")
                    || path.endsWith("IT.java") && !path.endsWith("OperatorIT.java"));
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  @Test
  void everyKnownKindCompiles() throws Exception {
    CliRun run =
        api(
            "--owns",
            "Deployment,StatefulSet,DaemonSet,Job",
            "--owns",
            "Service,ConfigMap,Secret,ServiceAccount");

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (Stream<Path> files = Files.list(project.resolve(BASE + "controller"))) {
      assertThat(
              files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("Dependent.java")))
          .hasSize(8);
    }
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  @Test
  void forceWithoutOwnsKeepsTheKindsProjectRecords() throws Exception {
    assertThat(api("--owns", "ConfigMap").exitCode()).isZero();
    Map<String, String> before = CliRun.tree(project);

    CliRun again = api("--force");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(CliRun.tree(project)).isEqualTo(before);
    assertThat(again.out())
        .contains("unchanged  " + BASE + "controller/SiteConfigMapDependent.java");
  }

  @Test
  void aCreatedApiRegistersWithTheSystemClockInAReconcilersClassWithoutOne() throws Exception {
    Path reconcilers = project.resolve(BASE + "Reconcilers.java");
    Files.writeString(
        reconcilers,
        Files.readString(reconcilers)
            .replace("        Clock clock = Clock.systemUTC();\n", "")
            .replace("import java.time.Clock;\n", ""));

    CliRun run = api();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(reconcilers))
        .contains("operator.register(new SiteReconciler(java.time.Clock.systemUTC()));");
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown kind       | --owns Deploymnet                     | --owns: 'Deploymnet' is not a kind op-boot can scaffold an owner of. It takes built-in kinds, comma-separated: Deployment, StatefulSet, DaemonSet, Job, Service, ConfigMap, Secret, ServiceAccount.",
        "lower-case kind    | --owns deployment                     | 'deployment' is not a kind op-boot can scaffold an owner of (did you mean Deployment?)",
        "plural             | --owns Services                       | (did you mean Service?)",
        "every problem      | --owns Foo,Service,,Service           | --owns: 'Foo' is not a kind op-boot can scaffold an owner of; an empty name (a stray comma?); 'Service' is named twice.",
        "no reconciler      | --owns Service --controller=false     | --owns wires the owned kinds into Site's reconciler, and --controller=false scaffolds none",
        "owns itself        | --kind Deployment --owns Deployment   | --owns Deployment: the kind is itself Deployment",
      })
  void badOwnsIsRefusedWithExit2AndWritesNothing(String name, String args, String message)
      throws Exception {
    Map<String, String> before = CliRun.tree(project);

    CliRun run = api(args.split(" "));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("op-boot: error: ").contains(message).doesNotContain("\tat ");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void ownsWithFromCrdIsRefused() throws Exception {
    Map<String, String> before = CliRun.tree(project);

    CliRun run =
        CliRun.in(project, "create", "api", "--from-crd", "crd.yaml", "--owns", "Deployment");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--owns scaffolds dependents that read the scaffolded spec");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  /** {@code create api} for web/v1 Site unless {@code args} name another kind. */
  private CliRun api(String... args) {
    List<String> all =
        new java.util.ArrayList<>(List.of("create", "api", "--group", "web", "--version", "v1"));
    if (!List.of(args).contains("--kind")) {
      all.addAll(List.of("--kind", "Site"));
    }
    all.addAll(List.of(args));
    return CliRun.in(project, all.toArray(String[]::new));
  }
}

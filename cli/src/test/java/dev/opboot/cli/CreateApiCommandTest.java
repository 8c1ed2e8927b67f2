package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreateApiCommandTest {
  private static final String MAIN = "src/main/java/com/example/guestbookoperator/";
  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path project = fs.getPath("/home/dev/guestbook-operator");

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
  void scaffoldsTheResourceItsReconcilerAndTheirManifests() throws Exception {
    CliRun run = api("--group", "webapp", "--version", "v1", "--kind", "Guestbook");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(project);
    assertThat(tree)
        .containsKeys(
            MAIN + "api/webapp/v1/Guestbook.java",
            MAIN + "api/webapp/v1/GuestbookSpec.java",
            MAIN + "api/webapp/v1/GuestbookStatus.java",
            MAIN + "controller/GuestbookReconciler.java",
            "src/test/java/com/example/guestbookoperator/controller/GuestbookReconcilerTest.java",
            "config/samples/webapp_v1_guestbook.yaml",
            "config/rbac/webapp_guestbook_editor_role.yaml",
            "config/rbac/webapp_guestbook_viewer_role.yaml",
            "config/crd/kustomization.yaml");
    assertThat(tree.get(MAIN + "api/webapp/v1/Guestbook.java"))
        .contains(
            "@Group(\"webapp.example.com\")",
            "@Version(\"v1\")",
            "extends CustomResource<GuestbookSpec, GuestbookStatus> implements Namespaced");
    assertThat(run.out()).doesNotContain("OperatorMain"); // the user's alone after init
    assertThat(tree.get(MAIN + "Reconcilers.java"))
        .contains(
            "import com.example.guestbookoperator.controller.GuestbookReconciler;\n// op-boot:scaffold:imports",
            "        operator.register(new GuestbookReconciler(clock));\n        // op-boot:scaffold:reconcilers");
    assertThat(tree.get("config/crd/kustomization.yaml"))
        .contains("- bases/webapp.example.com_guestbooks.yaml");
    assertThat(tree.get("config/default/kustomization.yaml")).contains("- ../crd\n");
    assertThat(tree.get("config/rbac/role.yaml"))
        .doesNotContain("guestbooks"); // generate rbac writes it
    assertThat(tree.get("PROJECT"))
        .contains("kind: Guestbook", "plural: guestbooks", "storage: true");
    assertThat(run.out())
        .contains(
            "updated  src/main/java/com/example/guestbookoperator/Reconcilers.java"
                + "  (added at op-boot:scaffold:imports, op-boot:scaffold:reconcilers)");
  }

  @Test
  void aSecondVersionIsServedButNotStoredAndSharesTheReconciler() throws Exception {
    api("--group", "webapp", "--version", "v1", "--kind", "Guestbook");

    CliRun run = api("--group", "webapp", "--version", "v2", "--kind", "Guestbook");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(project);
    assertThat(tree.get(MAIN + "api/webapp/v2/Guestbook.java"))
        .contains("@Version(value = \"v2\", storage = false)");
    assertThat(tree).doesNotContainKey(MAIN + "controller/GuestbookReconciler2.java");
    assertThat(tree.get(MAIN + "Reconcilers.java"))
        .containsOnlyOnce("operator.register(new GuestbookReconciler(clock));");
    assertThat(tree.get("config/crd/kustomization.yaml"))
        .containsOnlyOnce("webapp.example.com_guestbooks.yaml");
    assertThat(tree.get("config/samples/kustomization.yaml"))
        .contains("- webapp_v1_guestbook.yaml\n- webapp_v2_guestbook.yaml\n");
    assertThat(tree.get("PROJECT"))
        .contains(
            "version: v2\n  kind: Guestbook\n  plural: guestbooks\n"
                + "  namespaced: true\n  package: com.example.guestbookoperator.api.webapp.v2\n  api: true\n"
                + "  controller: false\n  storage: false\n");

    CliRun explicit =
        api("--group", "webapp", "--version", "v3", "--kind", "Guestbook", "--controller");
    assertThat(explicit.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(explicit.err()).contains("--controller=false");
  }

  @Test
  void aSecondGroupAndAClusterScopedKind() throws Exception {
    api("--group", "webapp", "--version", "v1", "--kind", "Guestbook");

    CliRun run =
        api(
            "--group",
            "cache",
            "--version",
            "v1alpha1",
            "--kind",
            "Memcached",
            "--namespaced=false");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // Events.java, shared since init, is no news in the second run
    assertThat(run.out()).doesNotContain("Events.java");
    Map<String, String> tree = CliRun.tree(project);
    assertThat(tree.get(MAIN + "api/cache/v1alpha1/Memcached.java"))
        .contains("@Group(\"cache.example.com\")")
        .doesNotContain("Namespaced");
    assertThat(tree.get(MAIN + "Reconcilers.java"))
        .contains(
            "operator.register(new GuestbookReconciler(clock));\n        operator.register(new MemcachedReconciler(clock));");
    assertThat(tree.get("PROJECT")).contains("group: cache\n", "namespaced: false\n");
  }

  @Test
  void rerunningForAnExistingApiChangesNothingAndFails() throws Exception {
    api("--group", "webapp", "--version", "v1", "--kind", "Guestbook");
    Map<String, String> before = CliRun.tree(project);

    CliRun run = api("--group", "webapp", "--version", "v1", "--kind", "Guestbook");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("webapp.example.com/v1 Guestbook already exists in PROJECT", "--force");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void forceRescaffoldsTheFilesOfThatResourceOnly() throws Exception {
    api("--group", "webapp", "--version", "v1", "--kind", "Guestbook");
    api("--group", "cache", "--version", "v1", "--kind", "Memcached");
    Map<String, String> pristine = CliRun.tree(project);
    String reconciler = MAIN + "controller/GuestbookReconciler.java";
    String other = MAIN + "controller/MemcachedReconciler.java";
    Files.writeString(project.resolve(reconciler), "// my edits\n");
    Files.writeString(project.resolve(other), "// my other edits\n");
    Files.writeString(project.resolve("README.md"), "my readme\n");

    CliRun run = api("--group", "webapp", "--version", "v1", "--kind", "Guestbook", "--force");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> expected = new HashMap<>(pristine);
    expected.put(other, "// my other edits\n");
    expected.put("README.md", "my readme\n");
    Map<String, String> tree = CliRun.tree(project);
    String backup =
        tree.keySet().stream().filter(p -> p.startsWith(".op-boot/")).findFirst().orElseThrow();
    assertThat(backup).matches("\\.op-boot/backup/\\d{8}T\\d{6}Z/" + reconciler);
    expected.put(backup, "// my edits\n");
    assertThat(tree).isEqualTo(expected);
    assertThat(run.out()).contains("updated    " + reconciler, "unchanged  PROJECT");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no group              | --version v1 --kind Guestbook                     | --group is required",
        "upper-case group      | --group WebApp --version v1 --kind Guestbook      | --group 'WebApp' is not valid: it contains upper-case letters",
        "group with underscore | --group web_app --version v1 --kind Guestbook     | --group 'web_app' is not valid",
        "no version            | --group webapp --kind Guestbook                   | --version is required",
        "bad version           | --group webapp --version 1 --kind Guestbook       | --version '1' is not valid",
        "bad pre-release       | --group webapp --version v1gamma1 --kind Guestbook | --version 'v1gamma1' is not valid",
        "zero version          | --group webapp --version v0 --kind Guestbook      | --version 'v0' is not valid",
        "no kind               | --group webapp --version v1                       | --kind is required",
        "lower-case kind       | --group webapp --version v1 --kind guestbook      | --kind 'guestbook' is not valid: it must be UpperCamelCase",
        "keyword kind          | --group webapp --version v1 --kind class          | --kind 'class' is a Java keyword",
        "kind List             | --group webapp --version v1 --kind List           | --kind 'List' is reserved",
        "kind Object           | --group webapp --version v1 --kind Object         | --kind 'Object' is reserved",
        "kind ending in List   | --group webapp --version v1 --kind GuestbookList  | ends in 'List'",
        "kind with dash        | --group webapp --version v1 --kind Guest-book     | --kind 'Guest-book' is not valid",
        "bad plural            | --group webapp --version v1 --kind Guestbook --plural Guestbooks | --plural 'Guestbooks' is not valid",
        "nothing to do         | --group webapp --version v1 --kind Guestbook --resource=false --controller=false | leave nothing to scaffold",
        "no classes            | --group webapp --version v1 --kind Guestbook --resource=false | --resource=false needs the class",
      })
  void rejectsBadFlagsWithExit2AndWritesNothing(String name, String args, String message)
      throws Exception {
    Map<String, String> before = CliRun.tree(project);

    CliRun run = api(args.split(" "));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("op-boot: error: ").contains(message).doesNotContain("\tat ");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void aPluralAlreadyUsedInTheGroupIsAClash() throws Exception {
    api("--group", "webapp", "--version", "v1", "--kind", "Guestbook");
    Map<String, String> before = CliRun.tree(project);

    CliRun run =
        api(
            "--group",
            "webapp",
            "--version",
            "v1",
            "--kind",
            "Visitorbook",
            "--plural",
            "guestbooks");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains(
            "the plural 'guestbooks' is already used by kind Guestbook in webapp.example.com");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void outsideAProjectItSaysHowToStartOne() throws Exception {
    Path elsewhere = Files.createDirectories(fs.getPath("/home/dev/empty"));

    CliRun run =
        CliRun.in(
            elsewhere,
            "create",
            "api",
            "--group",
            "webapp",
            "--version",
            "v1",
            "--kind",
            "Guestbook");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("no PROJECT file in /home/dev/empty", "op-boot init --domain");
    assertThat(CliRun.tree(elsewhere)).isEmpty();
  }

  @Test
  void aBrokenProjectFileIsReportedWithItsLine() throws Exception {
    Files.writeString(
        project.resolve("PROJECT"), "layout: josdk.v5\ndomain: example.com\nresources: [\n");
    Map<String, String> before = CliRun.tree(project);

    CliRun run = api("--group", "webapp", "--version", "v1", "--kind", "Guestbook");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains(
            "/home/dev/guestbook-operator/PROJECT:4:1: expected the node content, but found '<stream end>'"
                + " (while parsing a flow node)",
            "Fix the file");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void anApiWhoseClassesAreGoneIsNamedWithTheWayToRepairIt() throws Exception {
    assertThat(api("--group", "webapp", "--version", "v1", "--kind", "Guestbook").exitCode())
        .isZero();
    Path apiPackage = project.resolve("src/main/java/com/example/guestbookoperator/api/webapp/v1");
    try (var files = Files.walk(apiPackage)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    Map<String, String> before = CliRun.tree(project);

    CliRun v2 = api("--group", "webapp", "--version", "v2", "--kind", "Guestbook");

    assertThat(v2.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(v2.err())
        .contains(
            "PROJECT records APIs whose classes are missing:",
            "webapp.example.com/v1 Guestbook: src/main/java/com/example/guestbookoperator/api/webapp/v1/Guestbook.java",
            "'op-boot create api --group webapp --version v1 --kind Guestbook --force'");
    assertThat(CliRun.tree(project)).isEqualTo(before);

    CliRun repaired = api("--group", "webapp", "--version", "v1", "--kind", "Guestbook", "--force");
    assertThat(repaired.exitCode()).as(repaired.err()).isZero();
    assertThat(apiPackage.resolve("Guestbook.java")).exists();
    assertThat(api("--group", "webapp", "--version", "v2", "--kind", "Guestbook").exitCode())
        .isZero();
  }

  @Test
  void anExistingFileOfTheNewResourceIsNotOverwritten() throws Exception {
    Files.createDirectories(project.resolve(MAIN + "api/webapp/v1"));
    Files.writeString(project.resolve(MAIN + "api/webapp/v1/Guestbook.java"), "// hand-written\n");
    Map<String, String> before = CliRun.tree(project);

    CliRun run = api("--group", "webapp", "--version", "v1", "--kind", "Guestbook");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("this file already exists: " + MAIN + "api/webapp/v1/Guestbook.java", "--force");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void sameCommandsInTwoFoldersGiveIdenticalTrees() throws Exception {
    Path a = Files.createDirectories(fs.getPath("/a/guestbook-operator"));
    Path b = Files.createDirectories(fs.getPath("/b/guestbook-operator"));
    for (Path dir : new Path[] {a, b}) {
      assertThat(CliRun.in(dir, "init", "--domain", "example.com").exitCode()).isZero();
      assertThat(
              CliRun.in(
                      dir,
                      "create",
                      "api",
                      "--group",
                      "webapp",
                      "--version",
                      "v1",
                      "--kind",
                      "Guestbook")
                  .exitCode())
          .isZero();
    }
    assertThat(CliRun.tree(b)).isEqualTo(CliRun.tree(a)).isNotEmpty();
  }

  private CliRun api(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "create";
    all[1] = "api";
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.in(project, all);
  }
}

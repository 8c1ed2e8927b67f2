package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scaffolding again over a project the user has changed: registrations recognised however edited,
 * {@code --force} backing up and showing what it replaces, {@code --dry-run} writing nothing.
 */
class RescaffoldTest {
  private static final String BASE = "src/main/java/com/example/cronjoboperator/";
  private static final String RECONCILERS = BASE + "Reconcilers.java";
  private static final String RECONCILER = BASE + "controller/CronJobReconciler.java";
  private static final String SCAFFOLDED_REGISTRATION =
      "        operator.register(new CronJobReconciler(clock));\n";
  private static final Pattern BACKUP_FOLDER =
      Pattern.compile("\\.op-boot/backup/\\d{8}T\\d{6}Z(?:-\\d+)?/");

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path project = fs.getPath("/home/dev/cronjob-operator");
  @TempDir Path classes;

  @BeforeEach
  void init() throws IOException {
    Files.createDirectories(project);
    assertThat(CliRun.in(project, "init", "--domain", "example.com").exitCode()).isZero();
    assertThat(api().exitCode()).isZero();
  }

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "operator.register(new CronJobReconciler(), o -> o.settingNamespaces(\"jobs\"));",
        "operator.register(\n            new CronJobReconciler() /* split over lines */);",
        "CronJobReconciler cronJobs = new CronJobReconciler();\n"
            + "        operator.register(cronJobs, o -> o.withName(\"cron\"));",
        "java.util.function.Supplier<CronJobReconciler> make = CronJobReconciler::new;\n"
            + "        operator.register(make.get());",
        "operator.register(newCronJobReconciler());\n    }\n\n"
            + "    private static CronJobReconciler newCronJobReconciler() {\n"
            + "        return new com.example.cronjoboperator.controller.CronJobReconciler();"
      })
  void anEditedRegistrationIsKeptByForceAndTheProjectStillCompiles(String registration)
      throws Exception {
    String edited =
        read(RECONCILERS).replace(SCAFFOLDED_REGISTRATION, "        " + registration + "\n");
    Files.writeString(project.resolve(RECONCILERS), edited);
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();

    CliRun run = api("--force");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read(RECONCILERS)).isEqualTo(edited);
    assertThat(run.out())
        .containsPattern(
            "unchanged +"
                + Pattern.quote(RECONCILERS)
                + " +\\(CronJobReconciler is already registered at Reconcilers.java:\\d+: nothing"
                + " added\\)");
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  @Test
  void aReconcilerGivenMoreKeepsItsRegistrationAndItsBackupRestoresIt() throws Exception {
    String reconciler =
        read(RECONCILER)
            .replace(
                "    public CronJobReconciler(Clock clock) {\n",
                "    private java.time.Duration period;\n\n"
                    + "    public CronJobReconciler(Clock clock, java.time.Duration period) {\n"
                    + "        this(clock);\n"
                    + "        this.period = period;\n"
                    + "    }\n\n"
                    + "    public CronJobReconciler(Clock clock) {\n");
    assertThat(reconciler).contains("Duration period;");
    Files.writeString(project.resolve(RECONCILER), reconciler);
    String registration =
        read(RECONCILERS)
            .replace(
                SCAFFOLDED_REGISTRATION,
                "        operator.register(new CronJobReconciler(clock, java.time.Duration.ofMinutes(5)));\n");
    Files.writeString(project.resolve(RECONCILERS), registration);

    CliRun run = api("--force");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read(RECONCILERS)).isEqualTo(registration);
    String backup = backupFolder(run.out()) + RECONCILER;
    assertThat(read(backup)).isEqualTo(reconciler);
    assertThat(run.out())
        .contains(
            "--- a/" + RECONCILER + "\n+++ b/" + RECONCILER + "\n",
            "-    public CronJobReconciler(Clock clock, java.time.Duration period) {\n");
    // the scaffolded reconciler has no such constructor; the user's version, restored, compiles
    assertThat(ScaffoldCompiler.errors(project, classes))
        .singleElement()
        .asString()
        .contains("Reconcilers.java:");
    Files.writeString(project.resolve(RECONCILER), read(backup));
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  @Test
  void forceBacksUpAndShowsTheDiffOfEachReplacedFileAndLeavesIdenticalOnesAlone() throws Exception {
    String spec = BASE + "api/batch/v1/CronJobSpec.java";
    String sample = "config/samples/batch_v1_cronjob.yaml";
    Map<String, String> pristine = CliRun.tree(project);
    String editedSpec =
        read(spec).replace("    private String foo;\n", "    private String schedule;\n");
    assertThat(editedSpec).isNotEqualTo(read(spec));
    Files.writeString(project.resolve(spec), editedSpec);
    Files.writeString(project.resolve(sample), "# mine\n");

    CliRun run = api("--force");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String folder = backupFolder(run.out());
    Map<String, String> expected = new HashMap<>(pristine);
    expected.put(folder + spec, editedSpec);
    expected.put(folder + sample, "# mine\n");
    assertThat(CliRun.tree(project)).isEqualTo(expected);
    assertThat(run.out())
        .contains(
            "  created    " + folder + spec + "  (backup)\n",
            "  updated    "
                + spec
                + "  (replaced; the earlier file is saved in "
                + folder.substring(0, folder.length() - 1)
                + "/)\n",
            "  unchanged  " + RECONCILER + "\n",
            "Replaced 2 files (--force); the earlier content is saved in "
                + folder
                + ". What changed:\n",
            "--- a/" + spec + "\n+++ b/" + spec + "\n",
            "-    private String schedule;\n+    private String foo;\n",
            "--- a/" + sample + "\n+++ b/" + sample + "\n@@ -1 +1,");

    CliRun again = api("--force");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).doesNotContain("created", "updated", "Replaced");
    assertThat(CliRun.tree(project)).isEqualTo(expected);
  }

  @Test
  void dryRunPrintsThePlanWithItsDiffsAndWritesNothing() throws Exception {
    String spec = BASE + "api/batch/v1/CronJobSpec.java";
    Files.writeString(project.resolve(spec), "// mine\n");
    Map<String, String> before = snapshot(project);

    CliRun force = api("--force", "--dry-run");
    CliRun another =
        CliRun.in(
            project,
            "create",
            "api",
            "--group",
            "batch",
            "--version",
            "v1",
            "--kind",
            "Job",
            "--dry-run");

    assertThat(force.exitCode()).as(force.err()).isZero();
    assertThat(another.exitCode()).as(another.err()).isZero();
    assertThat(snapshot(project)).isEqualTo(before);
    String folder = backupFolder(force.out());
    assertThat(force.out())
        .startsWith("Would scaffold API batch.example.com/v1 CronJob:\n")
        .contains(
            "  would create  " + folder + spec + "  (backup)\n",
            "  would update  " + spec + "  (replaced; the earlier file is saved in ",
            "  unchanged     " + RECONCILER + "\n",
            "What would change in the existing files:\n--- a/" + spec + "\n+++ b/" + spec + "\n",
            "-// mine\n")
        .endsWith("\nNothing was written (--dry-run).\n")
        .doesNotContain("Next:");
    assertThat(another.out())
        .contains(
            "  would create  " + BASE + "controller/JobReconciler.java\n",
            "  would update  " + RECONCILERS + "  (added at op-boot:scaffold:imports,",
            "+++ b/" + RECONCILERS + "\n",
            "+        operator.register(new JobReconciler(clock));\n")
        .doesNotContain("CronJobReconciler is already registered", ".op-boot/backup");
  }

  @Test
  void initDryRunAndInitForceInAFolderWithFiles() throws Exception {
    Path other = Files.createDirectories(fs.getPath("/home/dev/other"));
    Files.writeString(other.resolve("README.md"), "my notes\n");
    Map<String, String> before = snapshot(other);

    CliRun dryRun = CliRun.in(other, "init", "--domain", "example.com", "--force", "--dry-run");

    assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
    assertThat(snapshot(other)).isEqualTo(before);
    assertThat(dryRun.out())
        .startsWith("Would scaffold operator project 'other' in /home/dev/other:\n")
        .contains(
            "  would create  pom.xml\n", "  would update  README.md  (replaced;", "-my notes\n")
        .endsWith("Nothing was written (--dry-run).\n");

    CliRun force = CliRun.in(other, "init", "--domain", "example.com", "--force");

    assertThat(force.exitCode()).as(force.err()).isZero();
    String folder = backupFolder(force.out());
    assertThat(read(other, folder + "README.md")).isEqualTo("my notes\n");
    assertThat(force.out()).contains("Replaced 1 file (--force)", "-my notes\n");
  }

  @Test
  void aProjectScaffoldedBeforeReconcilersExistedStillRegistersInItsMainClass() throws Exception {
    String main = BASE + "OperatorMain.java";
    Files.delete(project.resolve(RECONCILERS));
    String registrations = read(main);
    registrations =
        registrations
            .replace(
                "import org.slf4j.LoggerFactory;\n",
                "import org.slf4j.LoggerFactory;\n"
                    + "import com.example.cronjoboperator.controller.CronJobReconciler;\n"
                    + "// op-boot:scaffold:imports\n")
            .replace("Reconcilers.registerAll(operator);", "registerReconcilers(operator);")
            .replace(
                "    private static Optional<LeaderElectionConfiguration> leaderElection() {",
                "    static void registerReconcilers(Operator operator) {\n"
                    + "        operator.register(new CronJobReconciler(), o -> o.withName(\"cron\"));\n"
                    + "        // op-boot:scaffold:reconcilers\n"
                    + "    }\n\n"
                    + "    private static Optional<LeaderElectionConfiguration> leaderElection() {");
    Files.writeString(project.resolve(main), registrations);
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();

    CliRun again = api("--force");
    CliRun job =
        CliRun.in(project, "create", "api", "--group", "batch", "--version", "v1", "--kind", "Job");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(job.exitCode()).as(job.err()).isZero();
    assertThat(read(main))
        .containsOnlyOnce("CronJobReconciler()")
        .contains(
            "import com.example.cronjoboperator.controller.JobReconciler;\n// op-boot:scaffold:imports",
            // the main class of such a project has no clock to hand over: the system's
            "        operator.register(new JobReconciler(java.time.Clock.systemUTC()));\n"
                + "        // op-boot:scaffold:reconcilers");
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  /**
   * Every file and folder under {@code root}: each file's bytes (Base64) and modification time,
   * each folder as such, so that equal snapshots mean a byte-identical, untouched tree.
   */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (var walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        entries.put(
            root.relativize(p).toString(),
            Files.isDirectory(p)
                ? "folder"
                : Base64.getEncoder().encodeToString(Files.readAllBytes(p))
                    + " "
                    + Files.getLastModifiedTime(p));
      }
    }
    return entries;
  }

  private static String backupFolder(String output) {
    Matcher m = BACKUP_FOLDER.matcher(output);
    assertThat(m.find()).as("a backup folder in:\n%s", output).isTrue();
    return m.group();
  }

  private String read(String path) throws IOException {
    return read(project, path);
  }

  private static String read(Path root, String path) throws IOException {
    return Files.readString(root.resolve(path));
  }

  private CliRun api(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("create", "api", "--group", "batch", "--version", "v1", "--kind", "CronJob"));
    args.addAll(List.of(more));
    return CliRun.in(project, args.toArray(String[]::new));
  }
}

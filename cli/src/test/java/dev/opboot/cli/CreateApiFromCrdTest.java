package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code create api --from-crd}: an owned and an external import, and every bad input refused. */
class CreateApiFromCrdTest {
  private static final Path INPUTS = Path.of("..", "testdata", "import");
  private static final String MAIN = "src/main/java/com/example/guestbookoperator/";
  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path project = fs.getPath("/home/dev/guestbook-operator");

  @BeforeEach
  void init() throws IOException {
    Files.createDirectories(project);
    assertThat(CliRun.in(project, "init", "--domain", "example.com").exitCode()).isZero();
    Path inputs = fs.getPath("/inputs");
    for (Path file :
        List.of(INPUTS.resolve("simple/crd.yaml"), INPUTS.resolve("external/certificate.yaml"))) {
      Files.createDirectories(inputs);
      Files.write(
          inputs.resolve(file.getParent().getFileName() + "-" + file.getFileName()),
          Files.readAllBytes(file));
    }
    try (var bad = Files.list(INPUTS.resolve("bad"))) {
      for (Path file : bad.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.write(inputs.resolve(file.getFileName().toString()), Files.readAllBytes(file));
      }
    }
  }

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void dryRunPrintsTheImportAndWritesNothing() throws Exception {
    Map<String, String> before = CliRun.tree(project);

    CliRun run = api("--from-crd", "/inputs/simple-crd.yaml", "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(CliRun.tree(project)).isEqualTo(before);
    assertThat(run.out())
        .startsWith(
            "Would import storage.example.org/v1alpha1 Backup from /inputs/simple-crd.yaml:\n")
        .contains(
            "  would create  " + MAIN + "api/storage/v1alpha1/BackupSpec.java\n",
            "+        operator.register(new BackupReconciler());\n")
        .endsWith("Nothing was written (--dry-run).\n");
  }

  @Test
  void anOwnedCrdOutsideTheDomainBecomesTheApisClassesWithItsReconcilerSampleAndProjectEntry()
      throws Exception {
    CliRun run = api("--from-crd", "/inputs/simple-crd.yaml");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(project);
    String api = MAIN + "api/storage/v1alpha1/";
    assertThat(tree)
        .containsKeys(
            api + "Backup.java",
            api + "BackupSpec.java",
            api + "BackupStatus.java",
            api + "Target.java",
            api + "Endpoint.java",
            api + "Mode.java",
            MAIN + "controller/BackupReconciler.java",
            "config/samples/storage_v1alpha1_backup.yaml",
            "config/rbac/storage_backup_editor_role.yaml");
    assertThat(tree.get(api + "Backup.java"))
        .contains(
            "package com.example.guestbookoperator.api.storage.v1alpha1;",
            "@Group(\"storage.example.org\")")
        .doesNotContain("External");
    assertThat(tree.get(MAIN + "controller/BackupReconciler.java"))
        .contains("UpdateControl.noUpdate()");
    assertThat(tree.get("config/samples/storage_v1alpha1_backup.yaml"))
        .contains("kind: Backup", "spec:\n  source: example\n");
    assertThat(tree.get("config/crd/kustomization.yaml"))
        .contains("- bases/storage.example.org_backups.yaml");
    assertThat(tree.get("PROJECT"))
        .contains(
            "group: storage\n  domain: example.org\n  version: v1alpha1\n"
                + "  kind: Backup\n  plural: backups\n")
        .doesNotContain("external");
    assertThat(run.out())
        .contains(
            "Imported storage.example.org/v1alpha1 Backup from /inputs/simple-crd.yaml:",
            "created  " + api + "Target.java");
  }

  @Test
  void theSameKindAndGroupLabelUnderAnotherDomainIsRefusedByName() throws Exception {
    assertThat(
            CliRun.in(
                    project,
                    "create",
                    "api",
                    "--group",
                    "storage",
                    "--version",
                    "v1alpha1",
                    "--kind",
                    "Backup")
                .exitCode())
        .isZero();
    Map<String, String> before = CliRun.tree(project);

    CliRun clash =
        api(
            "--from-crd",
            "/inputs/simple-crd.yaml",
            "--package",
            "com.example.guestbookoperator.api.org");

    assertThat(clash.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(clash.err())
        .contains(
            "already has the kind Backup in storage.example.com",
            "Backup of storage.example.org cannot sit beside it");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void anExternalCrdGivesTypedAccessButNoCrdSampleOrInstall() throws Exception {
    CliRun run = api("--from-crd", "/inputs/external-certificate.yaml", "--external");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(project);
    String api = MAIN + "api/certmanager/v1/";
    assertThat(tree.get(api + "Certificate.java"))
        .contains("@External", "@Group(\"cert-manager.io\")", "@ShortNames({\"cert\", \"certs\"})");
    assertThat(tree.get(api + "Usage.java")).contains("@JsonProperty(\"digital signature\")");
    assertThat(tree).doesNotContainKey("config/samples/cert-manager_v1_certificate.yaml");
    assertThat(tree.getOrDefault("config/crd/kustomization.yaml", ""))
        .doesNotContain("certificates");
    assertThat(tree.get("config/rbac/kustomization.yaml"))
        .contains("cert-manager_certificate_editor_role.yaml");
    assertThat(tree.get("PROJECT"))
        .contains("group: cert-manager\n  domain: io\n", "external: true");
    assertThat(tree.get("config/crd/external/cert-manager.io_certificates.yaml"))
        .contains(
            "# cert-manager.io's CRD, imported with --external.",
            "kind: \"CustomResourceDefinition\"");
    assertThat(run.out())
        .contains(
            "(external: no CRD is generated or installed for it)",
            "warning: /inputs/external-certificate.yaml:",
            "spec.versions[0].schema.openAPIV3Schema.properties.spec"
                + ".properties.keystores.properties.jks.oneOf: oneOf has no annotation");
  }

  @Test
  void thePackageCanBeChosen() throws Exception {
    CliRun run = api("--from-crd", "/inputs/simple-crd.yaml", "--package", "com.example.backups");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(CliRun.tree(project)).containsKey("src/main/java/com/example/backups/Backup.java");
  }

  @Test
  void everyVersionOfAMultiVersionCrdIsImportedWithOneReconcilerOnTheStoredVersion()
      throws Exception {
    copy(
        Path.of(
            "..", "testdata", "crd", "multiversion", "expected", "multi.opboot.dev_widgets.yaml"),
        "multi.yaml");

    CliRun run = api("--from-crd", "/inputs/multi.yaml", "--package", "com.example.widgets");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(project);
    for (String version : List.of("v1", "v1alpha1", "v1beta1", "v2beta1")) {
      assertThat(tree).containsKey("src/main/java/com/example/widgets/" + version + "/Widget.java");
    }
    assertThat(tree.get("src/main/java/com/example/widgets/v1/Widget.java"))
        .contains("@Version(\"v1\")");
    assertThat(tree.get("src/main/java/com/example/widgets/v1beta1/Widget.java"))
        .contains("@Version(value = \"v1beta1\", storage = false, served = false)");
    assertThat(tree.get(MAIN + "controller/WidgetReconciler.java"))
        .contains("import com.example.widgets.v1.Widget;");
    assertThat(tree.get(MAIN + "Reconcilers.java"))
        .containsOnlyOnce("operator.register(new WidgetReconciler());");
    assertThat(tree.get("PROJECT"))
        .contains("  version: v1\n  kind: Widget\n", "  version: v2beta1\n")
        .containsOnlyOnce("storage: true");
  }

  @Test
  void oneVersionCanBePickedButAnOwnedApiNeedsItsStoredOne() throws Exception {
    copy(
        Path.of(
            "..", "testdata", "crd", "multiversion", "expected", "multi.opboot.dev_widgets.yaml"),
        "multi.yaml");

    CliRun unstored = api("--from-crd", "/inputs/multi.yaml", "--version", "v2beta1");
    assertThat(unstored.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unstored.err())
        .contains("version v2beta1 of Widget is not the version the API server stores");

    CliRun stored = api("--from-crd", "/inputs/multi.yaml", "--version", "v1");
    assertThat(stored.exitCode()).as(stored.err()).isZero();
    assertThat(CliRun.tree(project))
        .containsKey(MAIN + "api/multi/v1/Widget.java")
        .doesNotContainKey(MAIN + "api/multi/v2beta1/Widget.java");

    CliRun later = api("--from-crd", "/inputs/multi.yaml", "--version", "v2beta1");
    assertThat(later.exitCode()).as(later.err()).isZero();
    assertThat(CliRun.tree(project).get(MAIN + "api/multi/v2beta1/Widget.java"))
        .contains("storage = false");
  }

  @Test
  void aJsonListOfCrdsImportsEachKindAndKindPicksOne() throws Exception {
    var yaml =
        new com.fasterxml.jackson.databind.ObjectMapper(
            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    var list =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .createObjectNode()
            .put("apiVersion", "v1")
            .put("kind", "List");
    list.putArray("items")
        .add(yaml.readTree(INPUTS.resolve("simple/crd.yaml").toFile()))
        .add(
            yaml.readTree(
                Path.of(
                        "..",
                        "testdata",
                        "crd",
                        "uniqueitems",
                        "expected",
                        "unique.opboot.dev_lotteries.yaml")
                    .toFile()));
    Files.writeString(fs.getPath("/inputs/list.json"), list.toPrettyString());

    CliRun one = api("--from-crd", "/inputs/list.json", "--kind", "Lottery");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(CliRun.tree(project))
        .containsKey(MAIN + "api/unique/v1/Lottery.java")
        .doesNotContainKey(MAIN + "api/storage/v1alpha1/Backup.java");
    assertThat(CliRun.tree(project).get(MAIN + "api/unique/v1/LotterySpec.java"))
        .contains("@UniqueItems");

    CliRun both = api("--from-crd", "/inputs/list.json", "--force");
    assertThat(both.exitCode()).as(both.err()).isZero();
    assertThat(CliRun.tree(project)).containsKey(MAIN + "api/storage/v1alpha1/Backup.java");
  }

  @Test
  void aStatusWithConditionsGetsTheReconcilerThatReportsReady() throws Exception {
    copy(
        Path.of(
            "..",
            "testdata",
            "scaffold",
            "golden",
            "config",
            "crd",
            "bases",
            "cache.example.com_memcacheds.yaml"),
        "memcached.yaml");

    CliRun run = api("--from-crd", "/inputs/memcached.yaml");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(project);
    assertThat(tree.get(MAIN + "controller/MemcachedReconciler.java"))
        .contains("CONDITION_READY", "UpdateControl.patchStatus(resource)");
    assertThat(
            tree.get(
                "src/test/java/com/example/guestbookoperator/controller/MemcachedReconcilerTest.java"))
        .doesNotContain("setFoo", "MemcachedSpec");
  }

  private void copy(Path from, String name) throws IOException {
    Files.write(fs.getPath("/inputs").resolve(name), Files.readAllBytes(from));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not-a-crd.yaml | /inputs/not-a-crd.yaml:1:1: not a CustomResourceDefinition (apiVersion 'v1', kind 'ConfigMap')",
        "no-schema.yaml | /inputs/no-schema.yaml:12:5: spec.versions[0]: version v1 has no schema",
        "not-structural.yaml | /inputs/not-structural.yaml:22:15: spec.versions[0].schema.openAPIV3Schema.properties.spec"
            + ".properties.size: the schema has no type",
        "not-structural.yaml | /inputs/not-structural.yaml:25:17: spec.versions[0].schema.openAPIV3Schema.properties"
            + ".spec.properties.shared.$ref: a structural schema has no references",
        "not-yaml.yaml | /inputs/not-yaml.yaml:5:",
        "v1beta1.yaml | /inputs/v1beta1.yaml:1:1: apiVersion: apiextensions.k8s.io/v1beta1 is not supported",
        "missing.yaml | /inputs/missing.yaml: cannot read the file: it does not exist.",
        "conversion-webhook.yaml | /inputs/conversion-webhook.yaml:18:3: spec.conversion: @ConversionWebhook writes a"
            + " conversion webhook that calls a Service; the Webhook conversion at a URL would be lost",
        "external-certificate.yaml | spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.keystores"
            + ".properties.jks.oneOf: oneOf has no annotation"
      })
  void badInputIsRefusedNamingFileAndPathAndNothingIsWritten(String file, String message)
      throws Exception {
    Map<String, String> before = CliRun.tree(project);

    CliRun run = api("--from-crd", "/inputs/" + file);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(message);
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void aKindThatExistsAlreadyIsRefused() throws Exception {
    assertThat(api("--from-crd", "/inputs/simple-crd.yaml").exitCode()).isZero();
    Map<String, String> before = CliRun.tree(project);

    CliRun again = api("--from-crd", "/inputs/simple-crd.yaml");

    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err())
        .contains("the API storage.example.org/v1alpha1 Backup already exists in PROJECT");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void flagsThatContradictTheCrdAreRefused() throws Exception {
    CliRun kind = api("--from-crd", "/inputs/simple-crd.yaml", "--kind", "Restore");
    assertThat(kind.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(kind.err())
        .contains("has no CRD for kind Restore; it has storage.example.org Backup");

    CliRun version = api("--from-crd", "/inputs/simple-crd.yaml", "--version", "v2");
    assertThat(version.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(version.err()).contains("has no version v2; it has v1alpha1");

    CliRun external =
        api("--group", "webapp", "--version", "v1", "--kind", "Guestbook", "--external");
    assertThat(external.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(external.err()).contains("--external applies to an API imported with --from-crd");
  }

  @Test
  void aCrdTooLargeForTheApiServerIsImportedWithAWarningSayingSo() throws Exception {
    String crd = Files.readString(INPUTS.resolve("simple/crd.yaml"));
    String description = "A long description. ".repeat(80_000);
    Path large = fs.getPath("/inputs/large.yaml");
    Files.writeString(large, crd.replace("Backup copies a volume somewhere safe.", description));

    CliRun run = api("--from-crd", large.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern(
            "warning: the CRD of \\S+ Backup is \\d+ KiB as JSON, over the 1536 KiB the API"
                + " server can store")
        .contains("--max-desc-len");
  }

  /**
   * controller-gen made the tutorial's CronJob CRD with Kubernetes 1.32's types; the scaffold's
   * fabric8 models 1.34, so generate crd would write its job template as 1.34 has it: the import
   * says so, and how to regenerate it exactly. Once the pom sets that version, no note.
   */
  @Test
  void aCrdOfAnotherKubernetesVersionGetsANoteNamingBothAndTheWayToRegenerateIt() throws Exception {
    Path cronJob = fs.getPath("/inputs/cronjob.yaml");
    Files.write(
        cronJob,
        Files.readAllBytes(
            INPUTS.resolveSibling(
                "crd/cronjob/expected/batch.tutorial.kubebuilder.io_cronjobs.yaml")));

    CliRun run = api("--from-crd", cronJob.toString(), "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "warning: batch.tutorial.kubebuilder.io/v1 CronJob: the Kubernetes built-in types it"
                + " embeds (JobTemplateSpec at .spec.jobTemplate) are those of Kubernetes 1.32,"
                + " but this project describes them as Kubernetes 1.34 (for fabric8"
                + " kubernetes-model-core 7.5.2, pom.xml's fabric8.version), so generate crd will"
                + " write them differently: .spec.jobTemplate.spec.template.spec.containers[*]",
            "pass --kube-version 1.32 to op-boot generate crd, or set"
                + " <op-boot.crd.kubeVersion>1.32</op-boot.crd.kubeVersion> in pom.xml's"
                + " <properties> for the build's generate crd.");

    Path pom = project.resolve("pom.xml");
    Files.writeString(
        pom,
        Files.readString(pom)
            .replaceFirst(
                "<properties>",
                "<properties>\n    <op-boot.crd.kubeVersion>1.32</op-boot.crd.kubeVersion>"));
    CliRun pinned = api("--from-crd", cronJob.toString(), "--dry-run");

    assertThat(pinned.exitCode()).as(pinned.err()).isZero();
    assertThat(pinned.out()).doesNotContain("Kubernetes built-in types");
  }

  private CliRun api(String... args) {
    List<String> all = new ArrayList<>(List.of("create", "api"));
    all.addAll(List.of(args));
    return CliRun.in(project, all.toArray(String[]::new));
  }
}

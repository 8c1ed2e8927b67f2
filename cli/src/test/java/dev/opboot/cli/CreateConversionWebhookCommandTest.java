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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code create webhook --conversion --spoke}: a mapper per spoke with its round-trip test, the
 * hub's mapper, the conversion IT, {@code @ConversionWebhook} inserted on the hub's class, {@code
 * /convert} registered, and PROJECT's record; joining the admission webhooks of the same version in
 * either order without {@code --force}; and every bad input refused with its flag, exit 2 and
 * nothing written.
 */
class CreateConversionWebhookCommandTest {
  private static final String BASE = "src/main/java/com/example/guestbookoperator/";
  private static final String TEST = "src/test/java/com/example/guestbookoperator/";
  private static final String PACKAGE = "webhook/webapp/v1/";
  private static final String HUB_CLASS = BASE + "api/webapp/v1/Guestbook.java";

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path project = fs.getPath("/home/dev/guestbook-operator");
  @TempDir Path classes;

  @BeforeEach
  void init() throws IOException {
    Files.createDirectories(project);
    assertThat(CliRun.in(project, "init", "--domain", "example.com").exitCode()).isZero();
    for (String version : new String[] {"v1", "v2", "v3"}) {
      CliRun api = run("create", "api", "--group", "webapp", "--version", version);
      assertThat(api.exitCode()).as(api.err()).isZero();
    }
  }

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (all.contains("api") || all.contains("webhook")) {
      all.addAll(List.of("--kind", "Guestbook"));
    }
    return CliRun.in(project, all.toArray(String[]::new));
  }

  private CliRun webhook(String... flags) {
    List<String> all = new ArrayList<>(List.of("create", "webhook", "--group", "webapp"));
    all.addAll(List.of(flags));
    return run(all.toArray(String[]::new));
  }

  @Test
  void mappersTestsRegistrationAnnotationAndRecord() throws Exception {
    CliRun run = webhook("--version", "v1", "--conversion", "--spoke", "v2,v3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(project);
    assertThat(tree)
        .containsKeys(
            BASE + PACKAGE + "GuestbookHubMapper.java",
            BASE + PACKAGE + "GuestbookV2Mapper.java",
            BASE + PACKAGE + "GuestbookV3Mapper.java",
            TEST + PACKAGE + "GuestbookV2MapperTest.java",
            TEST + PACKAGE + "GuestbookV3MapperTest.java",
            TEST + PACKAGE + "GuestbookConversionIT.java",
            BASE + "Webhooks.java",
            BASE + "WebhookServer.java")
        .doesNotContainKeys(
            BASE + PACKAGE + "GuestbookWebhook.java", TEST + PACKAGE + "GuestbookWebhookIT.java");
    assertThat(tree.get(BASE + PACKAGE + "GuestbookV2Mapper.java"))
        .contains(
            "@TargetVersion(\"v2\")\npublic class GuestbookV2Mapper implements"
                + " Mapper<com.example.guestbookoperator.api.webapp.v2.Guestbook, Guestbook> {");
    assertThat(tree.get(BASE + PACKAGE + "GuestbookHubMapper.java"))
        .contains("@TargetVersion(\"v1\")\npublic class GuestbookHubMapper");
    assertThat(tree.get(HUB_CLASS))
        .contains("@dev.opboot.annotations.ConversionWebhook\n// op-boot:scaffold:annotations\n");
    assertThat(tree.get(BASE + "api/webapp/v2/Guestbook.java")).doesNotContain("ConversionWebhook");
    assertThat(tree.get(BASE + "Webhooks.java"))
        .contains(
            "        endpoints.add(WebhookServer.conversion(\"/convert\",\n"
                + "                List.of(com.example.guestbookoperator.api.webapp.v1.Guestbook.class,"
                + " com.example.guestbookoperator.api.webapp.v2.Guestbook.class,"
                + " com.example.guestbookoperator.api.webapp.v3.Guestbook.class),\n"
                + "                new com.example.guestbookoperator.webhook.webapp.v1.GuestbookHubMapper(),");
    assertThat(tree.get(TEST + PACKAGE + "GuestbookConversionIT.java"))
        .contains(
            "void theHubIsTheStoredVersion()",
            "void createdAsTheHubReadAsV2AndBack()",
            "void createdAsV3StoredAsTheHubAndListedInEveryVersion()");
    assertThat(tree.get(BASE + "OperatorMain.java"))
        .containsOnlyOnce("WebhookServer.fromEnvironment");
    assertThat(tree.get(TEST + "OperatorIT.java"))
        .contains(
            "        dev.opboot.testing.LocalWebhooks conversions ="
                + " dev.opboot.testing.LocalWebhooks.create(client);\n",
            "                conversions.installConversion(crd, conversionServer.port());\n",
            "        // op-boot:scaffold:operator-it-webhooks\n");
    assertThat(tree.get("PROJECT"))
        .contains(
            "  version: v1\n",
            "  webhooks:\n    conversion: true\n    spoke:\n    - v2\n    - v3\n"
                + "    webhookVersion: v1\n");
    // cert-manager injects the CA into the CRD: its name fills in both parts of the annotation
    String crdTarget =
        "  - select:\n      kind: CustomResourceDefinition\n      name: guestbooks.webapp.example.com\n"
            + "    fieldPaths:\n    - metadata.annotations.[cert-manager.io/inject-ca-from]\n"
            + "    options:\n      delimiter: /\n      index: %d\n      create: true\n";
    assertThat(tree.get("config/default/kustomization.yaml"))
        .contains("- ../certmanager\n")
        .containsOnlyOnce(crdTarget.formatted(0) + "  # op-boot:scaffold:ca-namespace-targets\n")
        .containsOnlyOnce(crdTarget.formatted(1) + "  # op-boot:scaffold:ca-name-targets\n");
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  @Test
  void conversionJoinsTheAdmissionWebhooksAndTheyJoinItWithoutForce() throws Exception {
    assertThat(webhook("--version", "v1", "--defaulting").exitCode()).isZero();
    Path mine = project.resolve(BASE + PACKAGE + "GuestbookWebhook.java");
    Files.writeString(mine, Files.readString(mine) + "// mine\n");

    CliRun conversion = webhook("--version", "v1", "--conversion", "--spoke", "v2");
    assertThat(conversion.exitCode()).as(conversion.err()).isZero();
    CliRun validation = webhook("--version", "v1", "--programmatic-validation");
    assertThat(validation.exitCode()).as(validation.err()).isZero();

    assertThat(Files.readString(mine))
        .contains("// mine", "/validate-webapp-example-com-v1-guestbook");
    String webhooks = Files.readString(project.resolve(BASE + "Webhooks.java"));
    assertThat(webhooks)
        .containsOnlyOnce("WebhookServer.defaulting(")
        .containsOnlyOnce("WebhookServer.validating(")
        .containsOnlyOnce("WebhookServer.conversion(");
    assertThat(Files.readString(project.resolve("PROJECT")))
        .contains(
            "  webhooks:\n    defaulting: true\n    validation: true\n    conversion: true\n"
                + "    spoke:\n    - v2\n");
    assertThat(Files.readString(project.resolve("config/default/kustomization.yaml")))
        .containsOnlyOnce("- ../certmanager")
        .containsOnlyOnce("index: 0\n      create: true\n  # op-boot:scaffold:ca-namespace-targets")
        .containsOnlyOnce(
            "name: guestbooks.webapp.example.com\n    fieldPaths:\n    - metadata.annotations."
                + "[cert-manager.io/inject-ca-from]\n    options:\n      delimiter: /\n      index: 0");
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  @Test
  void aHubClassWithoutTheMarkerIsToldWhatToAdd() throws Exception {
    Path hub = project.resolve(HUB_CLASS);
    Files.writeString(hub, Files.readString(hub).replace("// op-boot:scaffold:annotations\n", ""));

    CliRun run = webhook("--version", "v1", "--conversion", "--spoke", "v2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "warning: " + HUB_CLASS + " has no 'op-boot:scaffold:annotations' marker",
            "@dev.opboot.annotations.ConversionWebhook");
    assertThat(Files.readString(hub)).doesNotContain("ConversionWebhook");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no spoke | --version v1 --conversion | --spoke | --conversion needs the versions to"
            + " convert to and from the hub v1: pass --spoke v2,v3.",
        "spoke is the hub | --version v1 --conversion --spoke v1 | --spoke"
            + " | --spoke: v1 is the hub (--version) itself",
        "unknown spoke | --version v1 --conversion --spoke v9 | --spoke"
            + " | webapp.example.com Guestbook has no version v9 in PROJECT; its other versions are"
            + " v2, v3.",
        "hub not the storage version | --version v2 --conversion --spoke v1 | --version"
            + " | the hub of a conversion webhook is the storage version",
        "spoke without conversion | --version v1 --defaulting --spoke v2 | --spoke"
            + " | add --conversion, or drop --spoke",
      })
  void badInputNamesTheFlagAndWritesNothing(String name, String args, String flag, String message)
      throws Exception {
    Map<String, String> before = CliRun.tree(project);

    CliRun run = webhook(args.strip().split(" "));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("op-boot: error: ")
        .contains(flag)
        .contains(message)
        .doesNotContain("\tat ");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void aKindWithOneVersionIsRefused() throws Exception {
    CliRun api =
        CliRun.in(
            project, "create", "api", "--group", "webapp", "--version", "v1", "--kind", "Shop");
    assertThat(api.exitCode()).as(api.err()).isZero();
    Map<String, String> before = CliRun.tree(project);

    CliRun run =
        CliRun.in(
            project,
            "create",
            "webhook",
            "--group",
            "webapp",
            "--version",
            "v1",
            "--kind",
            "Shop",
            "--conversion",
            "--spoke",
            "v2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains(
            "--conversion: webapp.example.com Shop has one version only (v1)",
            "'op-boot create api --group webapp --version v2 --kind Shop'",
            "--spoke: webapp.example.com Shop has no version v2 in PROJECT");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void forceScaffoldsTheMappersAgainSavingTheOldOnes() throws Exception {
    assertThat(webhook("--version", "v1", "--conversion", "--spoke", "v2").exitCode()).isZero();
    Path mapper = project.resolve(BASE + PACKAGE + "GuestbookV2Mapper.java");
    Files.writeString(mapper, Files.readString(mapper) + "// mine\n");

    CliRun run = webhook("--version", "v1", "--conversion", "--spoke", "v2", "--force");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(mapper)).doesNotContain("// mine");
    assertThat(
            CliRun.tree(project).entrySet().stream()
                .filter(e -> e.getKey().startsWith(".op-boot/backup/"))
                .filter(e -> e.getKey().endsWith("GuestbookV2Mapper.java"))
                .map(Map.Entry::getValue))
        .singleElement()
        .asString()
        .contains("// mine");
    assertThat(Files.readString(project.resolve(BASE + "Webhooks.java")))
        .containsOnlyOnce("WebhookServer.conversion(");
    assertThat(Files.readString(project.resolve(HUB_CLASS))).containsOnlyOnce("ConversionWebhook");
  }

  /**
   * A project whose WebhookServer.java predates conversion webhooks: op-boot keeps the file, as it
   * keeps every file the user may have edited, and says why the project will not compile and how to
   * get the current server.
   */
  @Test
  void anOlderWebhookServerWithoutConversionIsNamedWithTheWayOut() throws Exception {
    assertThat(webhook("--version", "v1", "--defaulting").exitCode()).isZero();
    Path server = project.resolve(BASE + "WebhookServer.java");
    String older = Files.readString(server).replace(" Endpoint conversion(", " Endpoint convert(");
    Files.writeString(server, older);

    CliRun run = webhook("--version", "v1", "--conversion", "--spoke", "v2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "warning: "
                + BASE
                + "WebhookServer.java was scaffolded before conversion webhooks and has no"
                + " WebhookServer.conversion(...), which Webhooks.java now calls.",
            "run this command again with --force");
    assertThat(Files.readString(server)).isEqualTo(older);
    assertThat(webhook("--version", "v1", "--programmatic-validation").out())
        .as("only a conversion needs it")
        .doesNotContain("scaffolded before conversion webhooks");
  }

  @Test
  void conversionAgainSaysItIsThereAndChangesNothing() throws Exception {
    assertThat(webhook("--version", "v1", "--conversion", "--spoke", "v2").exitCode()).isZero();
    Map<String, String> before = CliRun.tree(project);

    CliRun run = webhook("--version", "v1", "--conversion", "--spoke", "v3");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains(
            "--conversion",
            "webapp.example.com/v1 Guestbook already has the webhook of --conversion (PROJECT"
                + " records it): nothing was changed.");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }
}

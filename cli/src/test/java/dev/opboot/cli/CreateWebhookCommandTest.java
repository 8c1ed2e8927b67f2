package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code create webhook}: the webhook class with a {@code @Webhook} per type, its tests, the shared
 * server and registry, the pom and main class additions and the PROJECT record; a second type added
 * to the same class without {@code --force}, keeping the user's code; and every bad input refused
 * with the flag named, exit 2 and nothing written.
 */
class CreateWebhookCommandTest {
  private static final String BASE = "src/main/java/com/example/guestbookoperator/";
  private static final String TEST = "src/test/java/com/example/guestbookoperator/";
  private static final String WEBHOOK = BASE + "webhook/webapp/v1/GuestbookWebhook.java";

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path project = fs.getPath("/home/dev/guestbook-operator");
  @TempDir Path classes;

  @BeforeEach
  void init() throws IOException {
    Files.createDirectories(project);
    assertThat(CliRun.in(project, "init", "--domain", "example.com").exitCode()).isZero();
    CliRun api =
        CliRun.in(
            project,
            "create",
            "api",
            "--group",
            "webapp",
            "--version",
            "v1",
            "--kind",
            "Guestbook");
    assertThat(api.exitCode()).as(api.err()).isZero();
  }

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private CliRun webhook(String... types) {
    String[] args = new String[8 + types.length];
    String[] base = {
      "create", "webhook", "--group", "webapp", "--version", "v1", "--kind", "Guestbook"
    };
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(types, 0, args, base.length, types.length);
    return CliRun.in(project, args);
  }

  @Test
  void bothTypesInOneClassRegisteredServedAndRecorded() throws Exception {
    CliRun run = webhook("--defaulting", "--programmatic-validation");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(project);
    assertThat(tree)
        .containsKeys(
            WEBHOOK,
            TEST + "webhook/webapp/v1/GuestbookWebhookTest.java",
            TEST + "webhook/webapp/v1/GuestbookWebhookIT.java",
            BASE + "Webhooks.java",
            BASE + "WebhookServer.java",
            TEST + "WebhookServerTest.java");
    assertThat(tree.get(WEBHOOK))
        .contains(
            "@Webhook(path = \"/mutate-webapp-example-com-v1-guestbook\", mutating = true,"
                + " groups = \"webapp.example.com\",\n"
                + "        resources = \"guestbooks\", verbs = {\"create\", \"update\"},"
                + " versions = \"v1\",\n"
                + "        name = \"mguestbook-v1.kb.io\")\n"
                + "@Webhook(path = \"/validate-webapp-example-com-v1-guestbook\", mutating = false,",
            "name = \"vguestbook-v1.kb.io\")\n// op-boot:scaffold:webhooks\npublic class GuestbookWebhook {",
            "    public Guestbook defaults(Guestbook object) throws NotAllowedException {",
            "    public List<String> validateCreate(Guestbook object) throws NotAllowedException {",
            "    public List<String> validateUpdate(Guestbook oldObject, Guestbook object)",
            "    public List<String> validateDelete(Guestbook object) throws NotAllowedException {",
            "    }\n\n    /**\n     * Accepts or refuses a new Guestbook");
    assertThat(tree.get(BASE + "Webhooks.java"))
        .contains(
            "        endpoints.add(WebhookServer.defaulting(\"/mutate-webapp-example-com-v1-guestbook\","
                + " com.example.guestbookoperator.api.webapp.v1.Guestbook.class,\n"
                + "                new com.example.guestbookoperator.webhook.webapp.v1.GuestbookWebhook()::defaults));\n",
            "WebhookServer.validating(\"/validate-webapp-example-com-v1-guestbook\"");
    assertThat(tree.get(BASE + "OperatorMain.java"))
        .contains(
            "        if (WebhookServer.enabled(System.getenv())) {\n"
                + "            readiness.add(WebhookServer.fromEnvironment(Webhooks.all())::isServing);\n"
                + "        }\n"
                + "        // op-boot:scaffold:webhook-server\n");
    assertThat(tree.get("pom.xml"))
        .contains(
            "<artifactId>kubernetes-webhooks-framework-core</artifactId>",
            "<artifactId>bcpkix-jdk18on</artifactId>",
            "<generators>webhook</generators>");
    assertThat(tree.get("PROJECT"))
        .contains(
            "  webhooks:\n    defaulting: true\n    validation: true\n    webhookVersion: v1\n");
    assertThat(tree)
        .containsKeys(
            "config/webhook/kustomization.yaml",
            "config/webhook/kustomizeconfig.yaml",
            "config/certmanager/certificate.yaml",
            "config/certmanager/kustomization.yaml",
            "config/certmanager/kustomizeconfig.yaml",
            "config/default/manager_webhook_patch.yaml");
    assertThat(tree.get("config/default/kustomization.yaml"))
        .contains(
            "- ../manager\n# The webhooks (op-boot create webhook)",
            "- ../webhook\n- ../certmanager\n",
            "patches:\n# the webhook server's port and certificate in the manager's Deployment\n"
                + "- path: manager_webhook_patch.yaml\n",
            "      kind: ValidatingWebhookConfiguration\n")
        .doesNotContain("kind: CustomResourceDefinition");
    assertThat(run.out())
        .contains(
            "created  config/certmanager/certificate.yaml",
            "updated  config/default/kustomization.yaml  (added at op-boot:scaffold:webhook)");
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  @Test
  void theOtherTypeIsAddedToTheSameClassKeepingTheUsersCode() throws Exception {
    assertThat(webhook("--defaulting").exitCode()).isZero();
    Path webhook = project.resolve(WEBHOOK);
    String edited =
        Files.readString(webhook)
            .replace(
                "    // TODO(user): your defaults.",
                "    // my own defaults, which op-boot must keep\n    // TODO(user): your defaults.");
    Files.writeString(webhook, edited);
    assertThat(Files.readString(webhook)).doesNotContain("/validate-");

    CliRun run = webhook("--programmatic-validation");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String source = Files.readString(webhook);
    assertThat(source)
        .contains("// my own defaults, which op-boot must keep")
        .contains("\"/mutate-webapp-example-com-v1-guestbook\"")
        .contains("\"/validate-webapp-example-com-v1-guestbook\"")
        .contains("public List<String> validateCreate(");
    assertThat(source.indexOf("@Webhook(path = \"/validate"))
        .isLessThan(source.indexOf("public class"));
    assertThat(Files.readString(project.resolve(BASE + "Webhooks.java")))
        .containsOnlyOnce("WebhookServer.defaulting(")
        .containsOnlyOnce("WebhookServer.validating(");
    assertThat(Files.readString(project.resolve(BASE + "OperatorMain.java")))
        .containsOnlyOnce("WebhookServer.fromEnvironment");
    assertThat(Files.readString(project.resolve("pom.xml")))
        .containsOnlyOnce("<artifactId>kubernetes-webhooks-framework-core</artifactId>");
    assertThat(
            Files.readString(project.resolve(TEST + "webhook/webapp/v1/GuestbookWebhookIT.java")))
        .contains(
            "void theDefaultIsInTheCreatedObject()",
            "void anInvalidObjectIsRefusedWithTheValidatorsMessage()",
            "void theValidatorsWarningReachesTheClient()");
    assertThat(Files.readString(project.resolve("PROJECT")))
        .contains("    defaulting: true\n    validation: true\n");
    assertThat(Files.readString(project.resolve("config/default/kustomization.yaml")))
        .containsOnlyOnce("- ../certmanager")
        .containsOnlyOnce("replacements:");
    assertThat(run.out()).doesNotContain("config/certmanager");
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  @Test
  void forceScaffoldsTheClassAgainWithEveryRecordedTypeSavingTheOldOne() throws Exception {
    assertThat(webhook("--defaulting").exitCode()).isZero();
    Path webhook = project.resolve(WEBHOOK);
    Files.writeString(webhook, Files.readString(webhook) + "// mine\n");

    CliRun run = webhook("--programmatic-validation", "--force");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(webhook))
        .doesNotContain("// mine")
        .contains(
            "/mutate-webapp-example-com-v1-guestbook", "/validate-webapp-example-com-v1-guestbook");
    assertThat(
            CliRun.tree(project).entrySet().stream()
                .filter(e -> e.getKey().startsWith(".op-boot/backup/"))
                .filter(e -> e.getKey().endsWith("GuestbookWebhook.java"))
                .map(Map.Entry::getValue))
        .singleElement()
        .asString()
        .contains("// mine");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no type | --group webapp --version v1 --kind Guestbook | --defaulting"
            + " | no webhook type chosen: pass --defaulting",
        "kind not in PROJECT | --group webapp --version v1 --kind Book --defaulting | --kind"
            + " | --group webapp --version v1 --kind Book is not an API in PROJECT",
        "version not in PROJECT | --group webapp --version v2 --kind Guestbook --defaulting | --kind"
            + " | Create it first with 'op-boot create api', or use one PROJECT has:"
            + " --group webapp --version v1 --kind Guestbook.",
        "missing kind | --group webapp --version v1 --defaulting | --kind | --kind is required",
      })
  void badInputNamesTheFlagAndWritesNothing(String name, String args, String flag, String message)
      throws Exception {
    Map<String, String> before = CliRun.tree(project);

    CliRun run = CliRun.in(project, ("create webhook " + args.strip()).split(" "));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("op-boot: error: ")
        .contains(flag)
        .contains(message)
        .doesNotContain("\tat ");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void theSameTypeAgainSaysItIsThereAndChangesNothing() throws Exception {
    assertThat(webhook("--defaulting").exitCode()).isZero();
    Map<String, String> before = CliRun.tree(project);

    CliRun run = webhook("--defaulting", "--programmatic-validation");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains(
            "--defaulting",
            "webapp.example.com/v1 Guestbook already has the webhook of --defaulting (PROJECT"
                + " records it): nothing was changed.");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void aProjectWithoutTheMarkersIsToldWhatToAddByHand() throws Exception {
    // a project scaffolded before create webhook existed: no markers in OperatorMain, the pom and
    // config/default
    for (String file :
        new String[] {BASE + "OperatorMain.java", "pom.xml", "config/default/kustomization.yaml"}) {
      Path path = project.resolve(file);
      Files.writeString(
          path,
          Files.readString(path)
              .replaceAll(
                  "(?m)^.*op-boot:scaffold:(webhook-server|webhook|dependencies|executions).*\n",
                  ""));
    }

    CliRun run = webhook("--defaulting");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "warning: "
                + BASE
                + "OperatorMain.java has no 'op-boot:scaffold:webhook-server' marker",
            "readiness.add(WebhookServer.fromEnvironment(Webhooks.all())::isServing);",
            "warning: pom.xml has no 'op-boot:scaffold:dependencies' marker",
            "<artifactId>kubernetes-webhooks-framework-core</artifactId>",
            "warning: config/default/kustomization.yaml has no 'op-boot:scaffold:webhook' marker",
            "- ../certmanager");
    assertThat(Files.readString(project.resolve(BASE + "OperatorMain.java")))
        .doesNotContain("WebhookServer");
    assertThat(project.resolve(WEBHOOK)).isRegularFile();
  }

  @Test
  void createApiForceKeepsTheRecordedWebhooks() throws Exception {
    assertThat(webhook("--defaulting").exitCode()).isZero();

    CliRun again =
        CliRun.in(
            project,
            "create",
            "api",
            "--group",
            "webapp",
            "--version",
            "v1",
            "--kind",
            "Guestbook",
            "--force");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(Files.readString(project.resolve("PROJECT")))
        .contains("  webhooks:\n    defaulting: true\n");
  }

  @Test
  void dryRunShowsWhatWouldChangeAndWritesNothing() throws Exception {
    Map<String, String> before = CliRun.tree(project);

    CliRun run = webhook("--defaulting", "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Would scaffold webhooks of webapp.example.com/v1 Guestbook:")
        .contains(
            "webhook/webapp/v1/GuestbookWebhook.java",
            "+        if (WebhookServer.enabled(System.getenv())) {",
            "+            readiness.add(");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void anExternalKindIsRefused() throws Exception {
    Path file = project.resolve("PROJECT");
    String text = Files.readString(file);
    assertThat(text).contains("  storage: true\n");
    Files.writeString(
        file, text.replace("  storage: true\n", "  storage: true\n  external: true\n"));
    Map<String, String> before = CliRun.tree(project);

    CliRun run = webhook("--defaulting");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains(
            "--kind Guestbook (webapp.example.com/v1) is another project's API, imported with --external");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }
}

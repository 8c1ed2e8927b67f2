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
 * Admission webhooks as a kubebuilder user makes them: {@code op-boot create webhook --defaulting
 * --programmatic-validation}, then the project's own {@code mvn verify}. The build writes
 * config/webhook from the {@code @Webhook}s; the unit tests call the webhook's methods and the
 * HTTPS server (TLS, a rotated certificate); and on a real API server the scaffolded WebhookIT
 * proves each webhook through the admission chain: the default is in the stored object, an invalid
 * object is refused with the validator's message, the validator's warning reaches the client. Last,
 * a defaulting webhook that sets nothing fails that IT: it proves what it claims.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookProjectIT {
  private static final String WEBHOOK =
      "src/main/java/com/example/guestbook/webhook/webapp/v1/GuestbookWebhook.java";
  private static final String IT = "com.example.guestbook.webhook.webapp.v1.GuestbookWebhookIT";

  @TempDir static Path tmp;

  private static Path project;
  private static Processes.Result build;

  @BeforeAll
  static void scaffoldAndBuild() throws Exception {
    project = Files.createDirectory(tmp.resolve("guestbook"));
    run(List.of("init", "--domain", "example.com"));
    run(List.of("create", "api", "--group", "webapp", "--version", "v1", "--kind", "Guestbook"));
    run(
        List.of(
            "create",
            "webhook",
            "--group",
            "webapp",
            "--version",
            "v1",
            "--kind",
            "Guestbook",
            "--defaulting",
            "--programmatic-validation"));
    build = OpBootProcess.maven(project, tmp.resolve("mvn-verify.log"), "verify");
  }

  private static void run(List<String> args) throws Exception {
    ScaffoldedBuild.opBoot(project, args);
  }

  @Test
  @Order(1)
  void buildsWritesTheManifestsAndItsUnitTestsPass() throws Exception {
    assertThat(build.exitCode())
        .as("mvn verify failed:%n%s", OpBootProcess.tail(build.output(), 80))
        .isZero();
    assertThat(Files.readString(project.resolve("config/webhook/manifests.yaml")))
        .contains(
            "kind: MutatingWebhookConfiguration",
            "      path: /mutate-webapp-example-com-v1-guestbook\n",
            "  name: mguestbook-v1.kb.io\n",
            "kind: ValidatingWebhookConfiguration",
            "      path: /validate-webapp-example-com-v1-guestbook\n",
            "  name: vguestbook-v1.kb.io\n");
    assertThat(project.resolve("config/webhook/service.yaml")).isRegularFile();
    for (String test :
        List.of(
            "com.example.guestbook.webhook.webapp.v1.GuestbookWebhookTest",
            "com.example.guestbook.WebhookServerTest")) {
      SurefireReports reports = SurefireReports.of(project, test);
      assertThat(reports.tests()).as(test).isGreaterThanOrEqualTo(2);
      assertThat(reports.failures() + reports.errors() + reports.skipped()).as(test).isZero();
    }
  }

  @Test
  @Order(2)
  void onARealApiServerEachWebhookIsCalledThroughAdmission() throws Exception {
    EnvTestAssets.assumeFound();
    assertThat(build.exitCode()).isZero();
    SurefireReports it = SurefireReports.ofIntegrationTest(project, IT);
    assertThat(it.tests()).as(IT).isEqualTo(3);
    assertThat(it.failures() + it.errors() + it.skipped()).as(IT + " must run and pass").isZero();
    SurefireReports operator =
        SurefireReports.ofIntegrationTest(project, "com.example.guestbook.OperatorIT");
    assertThat(operator.failures() + operator.errors() + operator.skipped()).isZero();
  }

  @Test
  @Order(3)
  void aDefaultingWebhookThatSetsNothingFailsTheIt() throws Exception {
    EnvTestAssets.assumeFound();
    assertThat(build.exitCode()).isZero();
    Path webhook = project.resolve(WEBHOOK);
    String source = Files.readString(webhook);
    String broken = source.replace("object.getSpec().setFoo(DEFAULT_FOO);", "");
    assertThat(broken).isNotEqualTo(source);
    Files.writeString(webhook, broken);

    Processes.Result rerun =
        OpBootProcess.maven(
            project,
            tmp.resolve("mvn-verify-broken.log"),
            "verify",
            "-Dtest=WebhookServerTest",
            "-Dit.test=GuestbookWebhookIT");

    assertThat(rerun.exitCode()).as(OpBootProcess.tail(rerun.output(), 40)).isNotZero();
    SurefireReports it = SurefireReports.ofIntegrationTest(project, IT);
    assertThat(it.tests()).isEqualTo(3);
    assertThat(it.failures() + it.errors()).isEqualTo(1);
    assertThat(Files.readString(project.resolve("target/failsafe-reports/" + IT + ".txt")))
        .contains("theDefaultIsInTheCreatedObject", "the webhooks did not answer as expected");
  }
}

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
 * Issue 16's acceptance, as a kubebuilder user works: {@code init}, {@code create api} for v1 and
 * v2 of a kind, {@code create webhook --defaulting --programmatic-validation} on v1, then {@code
 * create webhook --conversion --spoke v2} on v1, and the project's own {@code mvn verify}. The
 * build writes the CRD's {@code spec.conversion} from the inserted {@code @ConversionWebhook}; the
 * unit tests round-trip the mapper; and on a real API server the scaffolded ConversionIT reads and
 * writes through the conversion webhook, beside the admission webhooks' IT. Last, a mapper that
 * drops the spec fails that IT: it proves what it claims.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConversionProjectIT {
  private static final String PACKAGE = "com.example.guestbook.webhook.webapp.v1.";
  private static final String MAPPER =
      "src/main/java/com/example/guestbook/webhook/webapp/v1/GuestbookV2Mapper.java";
  private static final String IT = PACKAGE + "GuestbookConversionIT";

  @TempDir static Path tmp;

  private static Path project;
  private static Processes.Result build;

  @BeforeAll
  static void scaffoldAndBuild() throws Exception {
    project = Files.createDirectory(tmp.resolve("guestbook"));
    run(List.of("init", "--domain", "example.com"));
    for (String version : List.of("v1", "v2")) {
      run(
          List.of(
              "create", "api", "--group", "webapp", "--version", version, "--kind", "Guestbook"));
    }
    List<String> webhook =
        List.of("create", "webhook", "--group", "webapp", "--version", "v1", "--kind", "Guestbook");
    run(concat(webhook, "--defaulting", "--programmatic-validation"));
    run(concat(webhook, "--conversion", "--spoke", "v2"));
    build = OpBootProcess.maven(project, tmp.resolve("mvn-verify.log"), "verify");
  }

  private static List<String> concat(List<String> base, String... more) {
    return java.util.stream.Stream.concat(base.stream(), java.util.Arrays.stream(more)).toList();
  }

  private static void run(List<String> args) throws Exception {
    ScaffoldedBuild.opBoot(project, args);
  }

  @Test
  @Order(1)
  void buildsWritesTheConversionStanzaAndTheMapperRoundTrips() throws Exception {
    assertThat(build.exitCode())
        .as("mvn verify failed:%n%s", OpBootProcess.tail(build.output(), 80))
        .isZero();
    assertThat(
            Files.readString(
                project.resolve("config/crd/bases/webapp.example.com_guestbooks.yaml")))
        .contains(
            "  conversion:\n    strategy: Webhook\n",
            "          path: /convert\n",
            "      conversionReviewVersions:\n      - v1\n");
    SurefireReports mapper = SurefireReports.of(project, PACKAGE + "GuestbookV2MapperTest");
    assertThat(mapper.tests()).isEqualTo(3);
    assertThat(mapper.failures() + mapper.errors() + mapper.skipped()).isZero();
    // its /convert and ENABLE_WEBHOOKS among them
    SurefireReports server = SurefireReports.of(project, "com.example.guestbook.WebhookServerTest");
    assertThat(server.tests()).isEqualTo(5);
    assertThat(server.failures() + server.errors() + server.skipped()).isZero();
  }

  @Test
  @Order(2)
  void onARealApiServerObjectsAreConvertedThroughTheWebhook() throws Exception {
    EnvTestAssets.assumeFound();
    assertThat(build.exitCode()).isZero();
    SurefireReports it = SurefireReports.ofIntegrationTest(project, IT);
    assertThat(it.tests()).as(IT).isEqualTo(3);
    assertThat(it.failures() + it.errors() + it.skipped()).as(IT + " must run and pass").isZero();
    for (String other :
        List.of(PACKAGE + "GuestbookWebhookIT", "com.example.guestbook.OperatorIT")) {
      SurefireReports reports = SurefireReports.ofIntegrationTest(project, other);
      assertThat(reports.tests()).as(other).isPositive();
      assertThat(reports.failures() + reports.errors() + reports.skipped()).as(other).isZero();
    }
  }

  @Test
  @Order(3)
  void aMapperThatDropsTheSpecFailsTheIt() throws Exception {
    EnvTestAssets.assumeFound();
    assertThat(build.exitCode()).isZero();
    Path mapper = project.resolve(MAPPER);
    String source = Files.readString(mapper);
    String broken =
        source.replace(
            "spoke.setSpec(JSON.convertValue(hub.getSpec(),"
                + " com.example.guestbook.api.webapp.v2.GuestbookSpec.class));",
            "spoke.setSpec(null);");
    assertThat(broken).isNotEqualTo(source);
    Files.writeString(mapper, broken);

    Processes.Result rerun =
        OpBootProcess.maven(
            project,
            tmp.resolve("mvn-verify-broken.log"),
            "verify",
            "-Dtest=WebhookServerTest",
            "-Dit.test=GuestbookConversionIT");

    assertThat(rerun.exitCode()).as(OpBootProcess.tail(rerun.output(), 40)).isNotZero();
    SurefireReports it = SurefireReports.ofIntegrationTest(project, IT);
    assertThat(it.tests()).isEqualTo(3);
    assertThat(it.failures() + it.errors()).isEqualTo(1);
    assertThat(Files.readString(project.resolve("target/failsafe-reports/" + IT + ".txt")))
        .contains("createdAsTheHubReadAsV2AndBack");
  }
}

package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate webhook} on the real file system: written, unchanged, {@code --check} with a
 * diff, bad input at file:line with nothing written, and nothing for sources without
 * {@code @Webhook}.
 */
class GenerateWebhookCommandTest {
  @TempDir Path tmp;

  private Path sources;

  @BeforeEach
  void webhookClass() throws Exception {
    sources = Files.createDirectories(tmp.resolve("src/com/example"));
    Files.writeString(
        sources.resolve("ShopWebhook.java"),
        """
        package com.example;
        import dev.opboot.annotations.Webhook;
        @Webhook(path = "/mutate-shop-example-com-v1-shop", mutating = true,
            groups = "shop.example.com", resources = "shops", verbs = {"create", "update"},
            versions = "v1", name = "mshop-v1.kb.io")
        public class ShopWebhook {}
        """);
  }

  private CliRun generate(String... extra) {
    String[] args =
        new String[] {
          "generate",
          "webhook",
          "--source",
          "src",
          "--classpath",
          System.getProperty("java.class.path"),
          "--output",
          "out"
        };
    String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return CliRun.in(tmp, all);
  }

  @Test
  void writesThenReportsUnchangedThenChecks() throws Exception {
    CliRun first = generate();
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("created    out/manifests.yaml", "created    out/service.yaml");
    Path manifests = tmp.resolve("out/manifests.yaml");
    assertThat(Files.readString(manifests))
        .startsWith("---\napiVersion: admissionregistration.k8s.io/v1\n")
        .contains("kind: MutatingWebhookConfiguration\n", "  name: mshop-v1.kb.io\n");

    assertThat(generate().out()).contains("unchanged  out/manifests.yaml");
    CliRun upToDate = generate("--check");
    assertThat(upToDate.exitCode()).isZero();
    assertThat(upToDate.out()).contains("up to date out/manifests.yaml");

    Files.writeString(manifests, Files.readString(manifests).replace("- UPDATE\n", ""));
    byte[] stale = Files.readAllBytes(manifests);
    CliRun check = generate("--check");
    assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(check.out())
        .contains(
            "--- a/out/manifests.yaml",
            "+    - UPDATE",
            "stale      out/manifests.yaml",
            "1 file(s) are stale: run 'op-boot generate webhook'");
    assertThat(Files.readAllBytes(manifests)).isEqualTo(stale);
  }

  @Test
  void badValuesAreUsageErrorsAtTheirLinesAndWriteNothing() throws Exception {
    Files.writeString(
        sources.resolve("PodWebhook.java"),
        """
        package com.example;
        import dev.opboot.annotations.Webhook;
        @Webhook(path = "/validate-v1-pod", mutating = false, groups = "", resources = "pods",
            verbs = "patch", versions = "v1", name = "vpod.shop.example.com", timeoutSeconds = 60)
        public class PodWebhook {}
        """);
    CliRun run = generate();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains(
            sources.resolve("PodWebhook.java")
                + ":4:5: @Webhook on PodWebhook: unknown verb 'patch'",
            sources.resolve("PodWebhook.java")
                + ":4:71: @Webhook on PodWebhook: timeoutSeconds 60 is outside 1..30");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void sourcesWithoutWebhooksGetNoFilesAndASentence() throws Exception {
    Files.delete(sources.resolve("ShopWebhook.java"));
    Files.writeString(sources.resolve("Plain.java"), "package com.example;\nclass Plain {}\n");
    CliRun run = generate();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("No @Webhook or @ConversionWebhook found under ");
    assertThat(tmp.resolve("out")).doesNotExist();
  }
}

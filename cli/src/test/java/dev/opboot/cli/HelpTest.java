package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
  private final Path cwd = Path.of(".");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--help",
        "init --help",
        "init repo --help",
        "create --help",
        "create api --help",
        "generate --help",
        "generate crd --help",
        "crd --help",
        "crd diff --help",
        "envtest --help",
        "envtest use --help",
        "version --help"
      })
  void everyLevelHasHelpWithExamples(String args) {
    CliRun run = CliRun.in(cwd, args.split(" "));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: op-boot");
    if (!args.startsWith("version")
        && !args.startsWith("create --")
        && !args.startsWith("crd --")
        && !args.startsWith("init repo")
        && !args.startsWith("generate --")) {
      assertThat(run.out()).contains("Examples:");
    }
  }

  @Test
  void versionFlagAndCommand() {
    assertThat(CliRun.in(cwd, "--version").out()).startsWith("op-boot 0.");
    assertThat(CliRun.in(cwd, "version").out())
        .contains("java-operator-sdk 5.2.3", "fabric8 kubernetes-client 7.5.2");
  }

  @Test
  void unknownCommandSuggestsTheRightOne() {
    CliRun run = CliRun.in(cwd, "inti");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Unmatched argument", "init");
  }
}

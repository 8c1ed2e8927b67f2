package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The hidden 'generate-completion' command prints a bash/zsh completion script for every command.
 */
class CompletionTest {
  private final Path cwd = Path.of(".");

  @Test
  void printsACompletionScriptForEveryCommand() {
    CliRun run = CliRun.in(cwd, "generate-completion");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("complete -F _complete_op-boot")
        .contains("init", "create", "generate", "version", "--domain", "--kind", "--check");
  }

  @Test
  void isHiddenFromTheHelp() {
    assertThat(CliRun.in(cwd, "--help").out()).doesNotContain("generate-completion");
  }
}

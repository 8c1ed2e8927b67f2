package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A run of one command builds only that command's picocli model, and behaves as with all of them:
 * the same help, the same parse errors; a run that names no known command gets them all (#15).
 */
class CommandLineForArgsTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine forArgs(String... args) {
    return OpBoot.commandLineFor(args, tmp, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void aCommandsRunBuildsThatCommandOnly() {
    assertThat(forArgs("generate", "crd").getSubcommands()).containsOnlyKeys("generate");
    assertThat(forArgs("generate").getSubcommands().get("generate").getSubcommands())
        .containsKeys("crd", "rbac", "webhook", "docs");
    assertThat(forArgs("build", "docs").getSubcommands().get("build").getSubcommands())
        .containsKey("docs");
    assertThat(forArgs("crd", "diff").getSubcommands()).containsOnlyKeys("crd");
  }

  @Test
  void helpAMisspeltCommandOrAnOptionFirstGetEveryCommand() {
    CommandLine all = OpBoot.commandLine(tmp, new PrintWriter(out), new PrintWriter(err));
    for (String[] args :
        new String[][] {
          {}, {"--help"}, {"help", "generate"}, {"genrate"}, {"--verbose", "init"}, {"cds-training"}
        }) {
      assertThat(forArgs(args).getSubcommands().keySet())
          .as(String.join(" ", args))
          .containsExactlyElementsOf(all.getSubcommands().keySet());
    }
  }

  @Test
  void aCommandsHelpAndErrorsAreTheSameAsWithEveryCommand() {
    for (String[] args :
        new String[][] {
          {"generate", "crd", "--help"}, {"init", "--bogus"}, {"create", "api", "--help"}
        }) {
      int lazyCode = forArgs(args).execute(args);
      String lazy = out + "|" + err;
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      int allCode =
          OpBoot.commandLine(tmp, new PrintWriter(out), new PrintWriter(err)).execute(args);
      String full = out + "|" + err;
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      assertThat(lazyCode).as(String.join(" ", args)).isEqualTo(allCode);
      assertThat(lazy).as(String.join(" ", args)).isEqualTo(full).isNotEqualTo("|");
    }
  }
}

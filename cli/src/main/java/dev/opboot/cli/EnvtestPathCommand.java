package dev.opboot.cli;

import dev.opboot.envtest.EnvTestException;
import dev.opboot.envtest.EnvTestUse;
import dev.opboot.envtest.Platform;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code op-boot envtest path [VERSION]}: the export line of an installed version, offline. */
@Command(
    name = "path",
    sortOptions = false,
    defaultValueProvider = EnvtestCommand.ScaffoldedVersion.class,
    header = "Print 'export KUBEBUILDER_ASSETS=...' for an installed version (never downloads).",
    description = {
      "Prints the line that points tests at the newest installed version VERSION selects, as"
          + " setup-envtest's '-p env' does; fails, saying what to run, when none is installed."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  eval \"$(op-boot envtest path)\"", "  op-boot envtest path 1.31 -p path"})
final class EnvtestPathCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "VERSION",
      description = "1.32.0, 1.32 (its newest patch) or ~1.32.3 (default: ${DEFAULT-VALUE}).")
  String version;

  @Option(
      names = {"-p", "--print"},
      paramLabel = "FORMAT",
      order = 1,
      description = "env (the default: 'export KUBEBUILDER_ASSETS=...') or path (only the folder).")
  EnvtestUseCommand.PrintFormat print = EnvtestUseCommand.PrintFormat.env;

  @Mixin EnvtestOptions options;

  @Override
  public Integer call() throws Exception {
    Platform platform = options.platform();
    try {
      EnvTestUse.Result result =
          new EnvTestUse(options.store(spec), platform).use(EnvtestCommand.selector(version), null);
      EnvtestUseCommand.print(spec.commandLine().getOut(), print, result, platform);
      return ExitCodes.OK;
    } catch (EnvTestException e) {
      throw EnvtestCommand.reported(e);
    } catch (UncheckedIOException e) {
      throw EnvtestCommand.reported(e);
    }
  }
}

package dev.opboot.cli;

import dev.opboot.envtest.EnvTestException;
import dev.opboot.envtest.EnvTestStore;
import dev.opboot.envtest.EnvTestUse;
import dev.opboot.envtest.Installer;
import dev.opboot.envtest.Platform;
import dev.opboot.envtest.VersionSelector;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code op-boot envtest use [VERSION]}: the install to use, downloaded when missing. */
@Command(
    name = "use",
    sortOptions = false,
    defaultValueProvider = EnvtestCommand.ScaffoldedVersion.class,
    header =
        "Install a Kubernetes version's test binaries (when missing) and print where they are.",
    description = {
      "Uses the newest installed version VERSION selects (default: the Kubernetes minor op-boot"
          + " scaffolds for) without touching the network; when none is installed, downloads the"
          + " newest the index has for this platform, checks its SHA-512, and installs it. Progress"
          + " goes to stderr, the result to stdout."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  op-boot envtest use",
      "  op-boot envtest use 1.31.0 --bin-dir .envtest",
      "  eval \"$(op-boot envtest use -p env)\"",
      "  op-boot envtest use latest --os darwin --arch arm64",
      "  op-boot envtest use --installed-only   # offline: fails if none is installed"
    })
final class EnvtestUseCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "VERSION",
      description =
          "1.32.0, 1.32 (its newest patch), ~1.32.3 or latest (default: ${DEFAULT-VALUE}, the"
              + " minor op-boot scaffolds for).")
  String version;

  @Option(
      names = {"-p", "--print"},
      paramLabel = "FORMAT",
      order = 1,
      description =
          "overview (the default: where, and the export line), env (only 'export"
              + " KUBEBUILDER_ASSETS=...', for eval) or path (only the folder).")
  PrintFormat print = PrintFormat.overview;

  @Mixin EnvtestIndexOptions index;

  @Mixin EnvtestOptions options;

  /** What -p takes, as setup-envtest's -p. */
  enum PrintFormat {
    overview,
    env,
    path
  }

  @Override
  public Integer call() throws Exception {
    VersionSelector selector = EnvtestCommand.selector(version);
    EnvTestStore store = options.store(spec);
    Platform platform = options.platform();
    try {
      Installer installer = index.installedOnly ? null : installer();
      EnvTestUse.Result result =
          new EnvTestUse(store, platform).use(selector, installer == null ? null : () -> installer);
      print(spec.commandLine().getOut(), print, result, platform);
      return ExitCodes.OK;
    } catch (EnvTestException e) {
      throw EnvtestCommand.reported(e);
    } catch (UncheckedIOException e) {
      throw EnvtestCommand.reported(e);
    }
  }

  /**
   * How a missing version gets installed: downloaded from the --index. (Another way of getting the
   * binaries, such as building them from source, is another {@link Installer} chosen here.)
   */
  private Installer installer() throws EnvTestException {
    return index.installer(spec);
  }

  static void print(
      PrintWriter out, PrintFormat format, EnvTestUse.Result result, Platform platform) {
    EnvTestStore.Installed installed = result.installed();
    switch (format) {
      case path -> out.println(installed.dir());
      case env -> out.println(EnvTestStore.exportLine(installed.dir()));
      case overview -> {
        out.println(
            (result.fresh() ? "Installed" : "Using installed")
                + " Kubernetes "
                + installed.version()
                + " for "
                + platform
                + ": "
                + installed.dir());
        out.println("Point tests at it in this shell with:");
        out.println("  " + EnvTestStore.exportLine(installed.dir()));
      }
    }
    out.flush();
  }
}

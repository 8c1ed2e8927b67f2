package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.envtest.EnvTestException;
import dev.opboot.envtest.EnvTestStore;
import dev.opboot.envtest.EnvTestUse;
import dev.opboot.envtest.Installer;
import dev.opboot.envtest.KubeVersion;
import dev.opboot.envtest.Platform;
import dev.opboot.envtest.SourceBuild;
import dev.opboot.envtest.SourceBuildException;
import dev.opboot.envtest.VersionSelector;
import dev.opboot.project.CommandFailedException;
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
      "  op-boot envtest use --installed-only   # offline: fails if none is installed",
      "  op-boot envtest use --from-source      # no download: built with Go, etcd from the system"
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

  @Option(
      names = "--from-source",
      order = 2,
      description =
          "Build kube-apiserver and kubectl with Go instead of downloading (for machines that"
              + " cannot): the Kubernetes version op-boot pins (the default VERSION's), from the"
              + " Go module proxy, for this machine, with etcd linked from ETCD_BIN, /usr/bin/etcd"
              + " or PATH. Cached in the store; rebuilt when op-boot pins another version.")
  boolean fromSource;

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
    if (fromSource) {
      return buildFromSource(selector, store, platform);
    }
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

  /** {@code --from-source}: the pinned version, built (or found built) into the store. */
  private int buildFromSource(VersionSelector selector, EnvTestStore store, Platform platform)
      throws Exception {
    String pinned = SourceBuild.kubernetesVersion();
    if (!selector.matches(KubeVersion.parse(pinned))) {
      throw new BadInputException(
          "VERSION",
          "--from-source builds Kubernetes "
              + pinned
              + ", the version op-boot pins, which VERSION "
              + version
              + " does not select: leave VERSION out, or download "
              + version
              + " without --from-source.");
    }
    if (!platform.equals(Platform.current()) || index.installedOnly) {
      throw new BadInputException(
          "--from-source",
          "--from-source builds for this machine ("
              + Platform.current()
              + ") and never reads the index: leave out "
              + (index.installedOnly ? "--installed-only" : "--os and --arch")
              + ".");
    }
    SourceBuild.Result built;
    try {
      built = SourceBuild.into(store, System.err).build(false);
    } catch (SourceBuildException e) {
      throw new CommandFailedException(e.getMessage());
    }
    print(
        spec.commandLine().getOut(),
        print,
        new EnvTestUse.Result(
            new EnvTestStore.Installed(built.version(), built.dir()), built.built()),
        platform);
    return ExitCodes.OK;
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

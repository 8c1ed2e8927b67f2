package dev.opboot.cli;

import dev.opboot.envtest.EnvTestStore;
import dev.opboot.envtest.Platform;
import dev.opboot.envtest.VersionSelector;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code op-boot envtest cleanup [VERSION]}: removes installed versions. */
@Command(
    name = "cleanup",
    sortOptions = false,
    header = "Remove installed versions from the store.",
    description = {
      "Removes every installed version VERSION selects for the platform (default: every version;"
          + " --os '*' --arch '*' for every platform), incomplete ones included, and says which;"
          + " also what installs killed mid-way left behind (.tmp-* in the store, older than an"
          + " hour)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  op-boot envtest cleanup 1.30.0",
      "  op-boot envtest cleanup '<1.32'",
      "  op-boot envtest cleanup --os '*' --arch '*'   # everything"
    })
final class EnvtestCleanupCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "VERSION",
      description = "1.30.0, 1.30, <1.32, <=1.31.2, ~1.30.1 (default: every version).")
  String version;

  @Mixin EnvtestOptions options;

  /** How old a temporary file of an install must be to be a leftover, not a running install's. */
  private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

  @Override
  public Integer call() throws Exception {
    VersionSelector selector =
        version == null ? VersionSelector.latest() : EnvtestCommand.selector(version);
    EnvTestStore store = options.store(spec);
    Platform platform = options.platform();
    List<EnvTestStore.Entry> removed;
    List<Path> leftovers;
    try {
      removed = store.remove(selector, platform);
      leftovers = store.removeLeftovers(LEFTOVER_AGE);
    } catch (UncheckedIOException e) {
      throw EnvtestCommand.reported(e);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Path leftover : leftovers) {
      out.println("Removed the leftover of an interrupted install: " + leftover);
    }
    if (removed.isEmpty()) {
      out.println(
          "Nothing to remove: no Kubernetes "
              + (version == null ? "version" : selector.toString())
              + " for "
              + platform
              + " is installed in "
              + store.root());
    }
    for (EnvTestStore.Entry entry : removed) {
      out.println(
          "Removed Kubernetes "
              + entry.version()
              + " for "
              + entry.platform()
              + ": "
              + entry.dir());
    }
    out.flush();
    return ExitCodes.OK;
  }
}

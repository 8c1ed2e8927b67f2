package dev.opboot.cli;

import dev.opboot.envtest.EnvTestException;
import dev.opboot.envtest.EnvTestStore;
import dev.opboot.envtest.KubeVersion;
import dev.opboot.envtest.Platform;
import dev.opboot.envtest.ReleaseIndex;
import dev.opboot.envtest.VersionSelector;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code op-boot envtest list [VERSION]}: installed versions, and those the index offers. */
@Command(
    name = "list",
    sortOptions = false,
    header = "List the installed versions and those the index offers.",
    description = {
      "One line per version and platform, newest first: 'installed' with its folder, 'incomplete'"
          + " with what it lacks (remove it with cleanup), or 'available' from the index (not with"
          + " --installed-only)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  op-boot envtest list",
      "  op-boot envtest list 1.32 --installed-only",
      "  op-boot envtest list --os '*' --arch '*'"
    })
final class EnvtestListCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "VERSION",
      description = "Only versions this selects: 1.32, ~1.32.3, <1.32 (default: every version).")
  String version;

  @Mixin EnvtestIndexOptions index;

  @Mixin EnvtestOptions options;

  @Override
  public Integer call() throws Exception {
    VersionSelector selector =
        version == null ? VersionSelector.latest() : EnvtestCommand.selector(version);
    EnvTestStore store = options.store(spec);
    Platform platform = options.platform();
    try {
      List<EnvTestStore.Entry> entries =
          store.entries(platform).stream().filter(e -> selector.matches(e.version())).toList();
      List<ReleaseIndex.Archive> available = new ArrayList<>();
      if (!index.installedOnly) {
        for (ReleaseIndex.Archive archive : index.installer(spec).index().archives(platform)) {
          boolean installed =
              entries.stream()
                  .anyMatch(
                      e ->
                          e.version().equals(archive.version())
                              && e.platform().equals(archive.platform()));
          if (selector.matches(archive.version()) && !installed) {
            available.add(archive);
          }
        }
      }
      print(spec.commandLine().getOut(), store, platform, entries, available);
      return ExitCodes.OK;
    } catch (EnvTestException e) {
      throw EnvtestCommand.reported(e);
    } catch (UncheckedIOException e) {
      throw EnvtestCommand.reported(e);
    }
  }

  private void print(
      PrintWriter out,
      EnvTestStore store,
      Platform platform,
      List<EnvTestStore.Entry> entries,
      List<ReleaseIndex.Archive> available) {
    List<String[]> rows = new ArrayList<>();
    for (EnvTestStore.Entry entry : entries) {
      rows.add(
          new String[] {
            entry.version().toString(),
            entry.platform().toString(),
            entry.problem().map(p -> "incomplete (" + p + ")").orElse("installed"),
            entry.dir().toString()
          });
    }
    for (ReleaseIndex.Archive archive : available) {
      rows.add(
          new String[] {
            archive.version().toString(), archive.platform().toString(), "available", ""
          });
    }
    rows.sort((a, b) -> KubeVersion.parse(b[0]).compareTo(KubeVersion.parse(a[0])));
    if (rows.isEmpty()) {
      out.println(
          "No Kubernetes version"
              + (version == null ? "" : " " + version)
              + " for "
              + platform
              + (index.installedOnly
                  ? " is installed in " + store.root() + ". Install one with 'op-boot envtest use'"
                  : " is installed in " + store.root() + " or offered by " + index.index));
    } else {
      int[] widths = new int[3];
      for (String[] row : rows) {
        for (int i = 0; i < 3; i++) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
      for (String[] row : rows) {
        String line =
            String.format(
                "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s",
                row[0],
                row[1],
                row[2],
                row[3]);
        out.println(line.stripTrailing());
      }
    }
    out.flush();
  }
}

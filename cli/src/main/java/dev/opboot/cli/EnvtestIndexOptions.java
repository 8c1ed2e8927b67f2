package dev.opboot.cli;

import dev.opboot.envtest.DownloadProgress;
import dev.opboot.envtest.EnvTestException;
import dev.opboot.envtest.HttpDownloads;
import dev.opboot.envtest.IndexInstaller;
import dev.opboot.envtest.ReleaseIndex;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where {@code op-boot envtest} looks for versions to download, or that it must not. */
final class EnvtestIndexOptions {
  @Option(
      names = "--index",
      paramLabel = "URL",
      order = 10,
      description =
          "The envtest releases index (default: the one controller-tools publishes and"
              + " setup-envtest reads, "
              + ReleaseIndex.DEFAULT_URL
              + ").")
  String index = ReleaseIndex.DEFAULT_URL;

  @Option(
      names = {"-i", "--installed-only"},
      order = 11,
      description = "Work offline: only look at the versions installed in the store.")
  boolean installedOnly;

  /**
   * Downloads from the --index, progress on the command's stderr: one updating line on a terminal,
   * plain lines otherwise.
   */
  IndexInstaller installer(CommandSpec spec) throws EnvTestException {
    return new IndexInstaller(
        IndexInstaller.indexUrl(index),
        HttpDownloads.fromEnvironment(),
        new DownloadProgress(spec.commandLine().getErr(), System.console() != null));
  }
}

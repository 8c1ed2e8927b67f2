package dev.opboot.cli;

import dev.opboot.project.CdsTraining;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code op-boot cds-training DIR}, hidden: the training run install.sh makes the launcher's
 * class-data sharing archive from ({@link CdsTraining}). Not for users; it always succeeds, since a
 * step that fails only makes the archive smaller.
 */
@Command(
    name = "cds-training",
    hidden = true,
    header =
        "Run what users run most, for the launcher's class-data sharing archive (used by install.sh).")
final class CdsTrainingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "An empty folder to work in.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    OpBoot root = (OpBoot) spec.root().userObject();
    List<String> failed =
        CdsTraining.run(
            root.workingDirectory().resolve(dir),
            (workingDirectory, out, args) ->
                OpBoot.commandLine(workingDirectory, out, out, root.generators()).execute(args));
    if (!failed.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "cds-training: these steps did not succeed (the archive is only smaller): "
                  + String.join("\n", failed));
    }
    return ExitCodes.OK;
  }
}

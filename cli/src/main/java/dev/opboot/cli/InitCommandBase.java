package dev.opboot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code init} and its apiserver-boot spelling {@code init repo} are: the same flags, the same
 * project.
 */
abstract class InitCommandBase implements Callable<Integer>, OpBoot.WritesProject {
  @Mixin HelpOption help;

  @Mixin InitCommand.Options options;

  @Spec CommandSpec spec;

  @Override
  public Path projectToLock() {
    return InitCommand.target(spec, options);
  }

  @Override
  public Integer call() throws Exception {
    return InitCommand.run(spec, options);
  }
}

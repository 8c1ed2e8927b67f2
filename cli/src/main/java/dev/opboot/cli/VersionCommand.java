package dev.opboot.cli;

import dev.opboot.core.Versions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code op-boot version}: op-boot's version and the versions it scaffolds projects for. */
@Command(
    name = "version",
    header = "Print op-boot's version and the versions it scaffolds for.",
    description =
        "Prints op-boot's version and the java-operator-sdk, fabric8 and Kubernetes versions it scaffolds for.")
final class VersionCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Versions versions = Versions.current();
    var out = spec.commandLine().getOut();
    out.println("op-boot " + versions.opBoot());
    out.println("java-operator-sdk " + versions.get("josdk"));
    out.println("fabric8 kubernetes-client " + versions.get("fabric8"));
    out.println("Kubernetes " + versions.get("kubernetes"));
    out.flush();
    return ExitCodes.OK;
  }
}

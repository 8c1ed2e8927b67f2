package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.generate.Generation;
import dev.opboot.generate.Generator;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.registry.GeneratorRegistry;
import dev.opboot.project.CompatCheck;
import dev.opboot.project.ProjectGeneration;
import dev.opboot.project.VerifyServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code op-boot generate}: every generator, as {@code make manifests} runs controller-gen's, over
 * sources parsed once; {@code op-boot generate <name>} runs one ({@link GenerateOneCommand}, one
 * subcommand per generator of the registry).
 */
@Command(
    name = "generate",
    sortOptions = false,
    header = "Generate manifests from the project's Java code.",
    description =
        "With no generator named, runs them all over the op-boot project's sources, each into its"
            + " own folder; name one to run only it, or to run it outside an op-boot project.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  op-boot generate",
      "  op-boot generate --check",
      "  op-boot generate --check --check-compat main    # in CI: stale or breaking fails",
      "  op-boot generate crd"
    })
final class GenerateCommand implements Callable<Integer>, OpBoot.WritesProject {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Mixin GenerateOptions options;

  @Mixin CompatOptions compat;

  @Mixin VerifyOption verify;

  /** Adds {@code generate <name>} for each generator of {@code registry} under {@code generate}. */
  static void addGenerators(CommandLine generate, GeneratorRegistry registry, OpBoot root) {
    for (Generator generator : registry.all()) {
      generate.addSubcommand(generator.name(), GenerateOneCommand.commandLine(generator, root));
    }
  }

  @Override
  public Path projectToLock() {
    return options.check ? null : options.project((OpBoot) spec.root().userObject());
  }

  @Override
  public Integer call() throws Exception {
    OpBoot root = (OpBoot) spec.root().userObject();
    Path project = options.project(root);
    List<Generation.Task> tasks = ProjectGeneration.allTasks(project, root.generators());
    int crdTask = crdTask(tasks);
    if (crdTask < 0 && verify.verify) {
      throw new BadInputException(
          VerifyServer.FLAG,
          VerifyServer.FLAG + " checks CRDs, but no generator of this run makes them.");
    }
    if (crdTask < 0 && compat.ref != null) {
      throw new BadInputException(
          CompatCheck.FLAG,
          CompatCheck.FLAG + " compares CRDs, but no generator of this run makes them.");
    }
    CompatCheck compatCheck =
        crdTask < 0 ? null : compat.prepare(project, tasks.get(crdTask).output());
    PrintWriter out = spec.commandLine().getOut();
    Generation.Outcome outcome;
    try (VerifyServer server = verify.start()) {
      outcome =
          Generation.run(
              project,
              ProjectGeneration.sources(
                  project, options.sources, options.classpath, "Java sources"),
              VerifyOption.verifiedOn(server, tasks),
              options.check,
              ProjectGeneration.printing(out, root.verbose));
    } catch (UncheckedIOException e) {
      throw VerifyOption.failed(e);
    }
    if (!outcome.upToDate()) {
      out.println(ProjectGeneration.staleMessage(outcome.stale().size(), "op-boot generate"));
    }
    boolean compatible =
        compatCheck == null
            || CompatOptions.report(
                compatCheck,
                outcome.generated().get(crdTask),
                project,
                tasks.get(crdTask).output(),
                out);
    out.flush();
    return outcome.upToDate() && compatible ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /** Where the CRD generator is among {@code tasks}, or -1. */
  private static int crdTask(List<Generation.Task> tasks) {
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).generator() instanceof CrdGenerator) {
        return i;
      }
    }
    return -1;
  }
}

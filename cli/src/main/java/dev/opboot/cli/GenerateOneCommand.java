package dev.opboot.cli;

import dev.opboot.generate.Generation;
import dev.opboot.generate.Generator;
import dev.opboot.generate.GeneratorOption;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.project.CompatCheck;
import dev.opboot.project.ProjectGeneration;
import dev.opboot.project.VerifyServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code op-boot generate <name>}: one generator, its command built from the generator's own
 * description (header, description, examples, options), so that registering a generator is all it
 * takes to have its command, its help, its man page and its completion.
 */
final class GenerateOneCommand implements Callable<Integer>, OpBoot.WritesProject {
  /** The generator's own options start after --source, --classpath and --output in help. */
  private static final int FIRST_OPTION_ORDER = 4;

  private final Generator generator;
  private final OpBoot root;
  private final GenerateOptions options = new GenerateOptions();
  private final OutputOption output = new OutputOption();
  private final CompatOptions compat = new CompatOptions();
  private final VerifyOption verify = new VerifyOption();
  private CommandSpec spec;

  private GenerateOneCommand(Generator generator, OpBoot root) {
    this.generator = generator;
    this.root = root;
  }

  static CommandLine commandLine(Generator generator, OpBoot root) {
    GenerateOneCommand command = new GenerateOneCommand(generator, root);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name(generator.name());
    spec.usageMessage()
        .sortOptions(false)
        .header(generator.header())
        .description(generator.description())
        .footerHeading("%nExamples:%n")
        .footer(
            generator.examples().stream().map(example -> "  " + example).toArray(String[]::new));
    spec.addMixin("help", CommandSpec.forAnnotatedObject(new HelpOption()));
    spec.addMixin("generate", CommandSpec.forAnnotatedObject(command.options));
    spec.addMixin("output", CommandSpec.forAnnotatedObject(command.output));
    if (generator instanceof CrdGenerator) {
      spec.addMixin("compat", CommandSpec.forAnnotatedObject(command.compat));
      spec.addMixin("verify", CommandSpec.forAnnotatedObject(command.verify));
      List<String> footer = new ArrayList<>(List.of(spec.usageMessage().footer()));
      footer.add(
          "  op-boot generate crd --check --check-compat main    # in CI: stale or breaking fails");
      spec.usageMessage().footer(footer.toArray(String[]::new));
    }
    int order = FIRST_OPTION_ORDER;
    for (GeneratorOption option : generator.options()) {
      OptionSpec.Builder builder =
          OptionSpec.builder(option.flag()).description(option.description()).order(order++);
      switch (option.type()) {
        case BOOLEAN -> builder.type(Boolean.class).arity("0..1").paramLabel("true|false");
        case INTEGER -> builder.type(Integer.class).paramLabel(option.paramLabel());
        case STRING -> builder.type(String.class).paramLabel(option.paramLabel());
      }
      spec.addOption(builder.build());
    }
    command.spec = spec;
    return new CommandLine(spec);
  }

  @Override
  public Path projectToLock() {
    return options.check ? null : options.project(root);
  }

  @Override
  public Integer call() throws Exception {
    Map<String, String> given = new TreeMap<>();
    for (GeneratorOption option : generator.options()) {
      Object value = spec.findOption(option.flag()).getValue();
      if (value != null) {
        given.put(option.name(), value.toString());
      }
    }
    GeneratorSettings settings = GeneratorSettings.checked(generator, given, GeneratorOption::flag);
    Path project = options.project(root);
    ProjectSources sources =
        generator.readsSources(settings) || !options.sources.isEmpty()
            ? ProjectGeneration.sources(
                project, options.sources, options.classpath, generator.reads())
            : ProjectSources.of(List.of(), List.of()).in(project);
    Path outputFolder = ProjectGeneration.output(project, generator, output.output);
    CompatCheck compatCheck = compat.prepare(project, outputFolder);
    PrintWriter out = spec.commandLine().getOut();
    Generation.Outcome outcome;
    try (VerifyServer server = verify.start()) {
      outcome =
          Generation.run(
              project,
              sources,
              VerifyOption.verifiedOn(
                  server, List.of(new Generation.Task(generator, settings, outputFolder))),
              options.check,
              ProjectGeneration.printing(out, root.verbose));
    } catch (UncheckedIOException e) {
      throw VerifyOption.failed(e);
    }
    if (!outcome.upToDate()) {
      out.println(
          ProjectGeneration.staleMessage(
              outcome.stale().size(), "op-boot generate " + generator.name()));
    }
    boolean compatible =
        CompatOptions.report(compatCheck, outcome.generated().get(0), project, outputFolder, out);
    out.flush();
    return outcome.upToDate() && compatible ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}

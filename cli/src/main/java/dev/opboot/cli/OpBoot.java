package dev.opboot.cli;

import dev.opboot.core.Versions;
import dev.opboot.core.files.ProjectLock;
import dev.opboot.generate.registry.GeneratorRegistry;
import dev.opboot.project.CommandFailedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code op-boot} command. It holds what every subcommand shares (the working folder, the
 * output streams, --verbose) so subcommands can be run in-process on any file system, which is how
 * the tests run them on jimfs.
 */
@Command(
    name = "op-boot",
    mixinStandardHelpOptions = true,
    versionProvider = OpBoot.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header =
        "Scaffold Kubernetes operators on java-operator-sdk and fabric8, and generate their manifests.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  op-boot init --domain example.com",
      "  op-boot create api --group webapp --version v1 --kind Guestbook",
      "  op-boot generate crd",
      "",
      "Exit codes: 0 done; 1 failed while working (a tool, the cluster, --check found stale files);",
      "2 bad input: a flag, PROJECT, an input file or the Java sources (nothing was written).",
      "Run 'op-boot <command> --help' for a command's options."
    })
public final class OpBoot implements Runnable {
  /**
   * The subcommands, in the order the help lists them. Added by {@link #commandLine} rather than
   * declared in {@code @Command}, so that a run of one command builds only its own picocli model:
   * picocli reads every command class reflectively, which took a sixth of a small {@code generate
   * crd} run (#15).
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          InitCommand.class,
          CreateCommand.class,
          GenerateCommand.class,
          CrdCommand.class,
          BuildCommand.class,
          RunCommand.class,
          DeployCommand.class,
          UndeployCommand.class,
          EnvtestCommand.class,
          VersionCommand.class,
          CdsTrainingCommand.class,
          CommandLine.HelpCommand.class,
          AutoComplete.GenerateCompletion.class);

  /**
   * The subcommands that need all the others: {@code help} shows any of them, the completion script
   * names them all, and the training run must load them all into the class-data archive.
   */
  private static final List<Class<?>> NEED_ALL =
      List.of(
          CdsTrainingCommand.class,
          CommandLine.HelpCommand.class,
          AutoComplete.GenerateCompletion.class);

  private final Path workingDirectory;
  private final GeneratorRegistry generators;

  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces and extra detail when something fails.")
  boolean verbose;

  public OpBoot(Path workingDirectory, GeneratorRegistry generators) {
    this.workingDirectory = workingDirectory;
    this.generators = generators;
  }

  /**
   * The folder relative paths are resolved against (the process's current folder in production).
   */
  Path workingDirectory() {
    return workingDirectory;
  }

  /** The generators {@code generate}, {@code build} and {@code run} run. */
  GeneratorRegistry generators() {
    return generators;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * A command line for {@code op-boot} working in {@code workingDirectory}, errors mapped to exit
   * codes.
   */
  public static CommandLine commandLine(Path workingDirectory, PrintWriter out, PrintWriter err) {
    return commandLine(workingDirectory, out, err, GeneratorRegistry.builtIn());
  }

  /** The same, with {@code generators} for {@code generate}, {@code build} and {@code run}. */
  public static CommandLine commandLine(
      Path workingDirectory, PrintWriter out, PrintWriter err, GeneratorRegistry generators) {
    return commandLine(workingDirectory, out, err, generators, SUBCOMMANDS);
  }

  /**
   * The command line for {@code args}: when they start with a subcommand's name, the root holds
   * only that subcommand (parsing, errors and its help are the same); otherwise, as for {@code
   * --help}, a misspelt command or {@code help}, every subcommand.
   */
  static CommandLine commandLineFor(
      String[] args, Path workingDirectory, PrintWriter out, PrintWriter err) {
    List<Class<?>> chosen = SUBCOMMANDS;
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (!NEED_ALL.contains(subcommand) && names(subcommand).contains(args[0])) {
          chosen = List.of(subcommand);
        }
      }
    }
    return commandLine(workingDirectory, out, err, GeneratorRegistry.builtIn(), chosen);
  }

  private static List<String> names(Class<?> subcommand) {
    Command command = subcommand.getAnnotation(Command.class);
    List<String> names = new ArrayList<>(List.of(command.aliases()));
    names.add(command.name());
    return names;
  }

  private static CommandLine commandLine(
      Path workingDirectory,
      PrintWriter out,
      PrintWriter err,
      GeneratorRegistry generators,
      List<Class<?>> subcommands) {
    OpBoot root = new OpBoot(workingDirectory, generators);
    CommandLine cli = new CommandLine(root);
    for (Class<?> subcommand : subcommands) {
      cli.addSubcommand(subcommand);
    }
    Map<String, CommandLine> built = cli.getSubcommands();
    if (built.containsKey("generate")) {
      GenerateCommand.addGenerators(built.get("generate"), generators, root);
    }
    // 'op-boot build docs': apiserver-boot's words for 'op-boot generate docs'
    if (built.containsKey("build")) {
      generators
          .find("docs")
          .ifPresent(
              docs ->
                  built
                      .get("build")
                      .addSubcommand("docs", GenerateOneCommand.commandLine(docs, root)));
    }
    if (built.containsKey("crd")) {
      CrdDiffCommand.describeKinds(built.get("crd").getSubcommands().get("diff"));
    }
    // 'op-boot generate-completion' prints the bash/zsh completion script install.sh installs;
    // hidden from the help, as picocli suggests, because users rarely run it themselves.
    if (built.containsKey("generate-completion")) {
      built.get("generate-completion").getCommandSpec().usageMessage().hidden(true);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionStrategy(OpBoot::executeHoldingTheProjectLock);
    cli.setExecutionExceptionHandler(new ErrorReporter(root));
    cli.setParameterExceptionHandler(ErrorReporter::reportUsage);
    return cli;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code;
    try {
      code = commandLineFor(args, Paths.get("").toAbsolutePath(), out, err).execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the ErrorReporter; an Error still gets one clear line.
      err.println(
          "op-boot: error: unexpected " + e + ". This is a bug in op-boot; please report it.");
      code = ExitCodes.FAILURE;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * A command that writes into a project: it runs holding the project's {@link ProjectLock}, taken
   * before it reads anything of the project, so that concurrent op-boot runs (and Maven builds)
   * never work from the same old state and lose each other's changes.
   */
  interface WritesProject {
    /** The project folder it is about to change, or {@code null} when this run changes nothing. */
    Path projectToLock();
  }

  @SuppressWarnings("try") // the lock is held for the try block's extent, never referenced in it
  private static int executeHoldingTheProjectLock(ParseResult parseResult) {
    ParseResult leaf = parseResult;
    while (leaf.hasSubcommand()) {
      leaf = leaf.subcommand();
    }
    CommandLine command = leaf.commandSpec().commandLine();
    Path project =
        command.getCommand() instanceof WritesProject writer && !leaf.isUsageHelpRequested()
            ? writer.projectToLock()
            : null;
    if (project == null) {
      return new CommandLine.RunLast().execute(parseResult);
    }
    PrintWriter err = command.getErr();
    try (ProjectLock lock =
        ProjectLock.acquire(
            project,
            ProjectLock.DEFAULT_WAIT,
            waiting -> {
              err.println("op-boot: " + waiting);
              err.flush();
            })) {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (ProjectLock.BusyException | IOException e) {
      throw new CommandLine.ExecutionException(
          command,
          e.getMessage(),
          new CommandFailedException(
              e instanceof IOException
                  ? "cannot take the project lock for "
                      + project
                      + ": "
                      + e.getMessage()
                      + ". Check that op-boot's cache folder (OP_BOOT_CACHE, default ~/.cache/op-boot) is writable."
                  : e.getMessage()));
    }
  }

  /** Reads op-boot's version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"op-boot " + Versions.current().opBoot()};
    }
  }
}

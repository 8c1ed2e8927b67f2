package dev.opboot.project;

import dev.opboot.core.BadInputException;
import dev.opboot.core.files.OutputException;
import dev.opboot.core.files.ProjectLock;
import dev.opboot.generate.Generation;
import dev.opboot.generate.Generator;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.registry.GeneratorRegistry;
import dev.opboot.scaffold.project.ProjectFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators run on a project folder: what they read and where they write by default in an op-boot
 * project ({@code src/main/java}, the Maven class path, each generator's own output folder), and
 * outside one only what the user names. {@code op-boot generate} and the first step of {@code
 * op-boot build} and {@code op-boot run} come here; the Maven plugin, which gets sources and class
 * path from Maven, runs {@link Generation} directly.
 */
public final class ProjectGeneration {
  private ProjectGeneration() {}

  /**
   * The sources of {@code project}: {@code sources} (relative to the project) or, in an op-boot
   * project, {@code src/main/java}; read against {@code classpath} (':'-separated) or, for a Maven
   * project, its compile class path.
   *
   * @param what what the sources are read for, in the message when --source is missing
   */
  public static ProjectSources sources(
      Path project, List<String> sources, String classpath, String what) throws BadInputException {
    if (!Files.isDirectory(project)) {
      throw new BadInputException(
          "--dir",
          "--dir "
              + project
              + (Files.exists(project) ? " is a file" : " does not exist")
              + ": pass the folder of the project (or of the sources).");
    }
    List<Path> roots = new ArrayList<>();
    for (String s : sources) {
      if (s.isBlank()) {
        throw new BadInputException(
            "--source", "--source is empty: pass a folder of Java sources, such as src/main/java.");
      }
      Path root = project.resolve(s);
      if (!Files.isDirectory(root)) {
        throw new BadInputException(
            "--source",
            "--source "
                + root
                + (Files.exists(root) ? " is a file" : " does not exist")
                + ": pass a folder of Java sources, such as src/main/java.");
      }
      roots.add(root);
    }
    if (roots.isEmpty()) {
      if (!ProjectFile.exists(project)) {
        throw new BadInputException(
            "--source",
            "outside an op-boot project, pass --source with the folder of"
                + " your "
                + what
                + " (and --classpath, --output).");
      }
      ProjectFile.checkClassesExist(project, ProjectFile.load(project), r -> false);
      roots.add(project.resolve("src/main/java"));
    }
    List<Path> cp =
        classpath != null
            ? ProjectClasspath.split(classpath)
            : Files.isRegularFile(project.resolve("pom.xml"))
                ? ProjectClasspath.of(project)
                : List.of();
    if (classpath != null) {
      List<String> missing =
          cp.stream()
              .filter(entry -> !Files.exists(project.resolve(entry)))
              .map(Path::toString)
              .toList();
      if (!missing.isEmpty()) {
        throw new BadInputException(
            "--classpath",
            "--classpath names "
                + (missing.size() == 1 ? "a jar or folder" : "jars or folders")
                + " that do not exist: "
                + String.join(", ", missing)
                + ". Pass the class path"
                + " your sources compile against (for a Maven project: leave --classpath out, op-boot asks Maven).");
      }
    }
    return ProjectSources.of(roots, cp).in(project);
  }

  /**
   * Where {@code generator} writes: {@code output} (relative to the project), or its folder in an
   * op-boot project.
   */
  public static Path output(Path project, Generator generator, String output)
      throws BadInputException {
    if (output == null && !ProjectFile.exists(project)) {
      throw new BadInputException(
          "--output",
          "outside an op-boot project, pass --output with the folder for"
              + " the generated files.");
    }
    return project.resolve(output != null ? output : generator.defaultOutput());
  }

  /**
   * Every generator of {@code registry} with its defaults, into its own folder of the op-boot
   * project.
   */
  public static List<Generation.Task> allTasks(Path project, GeneratorRegistry registry)
      throws BadInputException {
    if (!ProjectFile.exists(project)) {
      throw new BadInputException(
          "--dir",
          project
              + " is not an op-boot project (no PROJECT file): 'op-boot"
              + " generate' with no generator runs them all into an op-boot project's folders. Elsewhere name one,"
              + " as in 'op-boot generate crd --source DIR --output DIR'.");
    }
    List<Generation.Task> tasks = new ArrayList<>();
    for (Generator generator : registry.byDefault()) {
      tasks.add(
          new Generation.Task(
              generator, GeneratorSettings.defaults(), project.resolve(generator.defaultOutput())));
    }
    return tasks;
  }

  /** A report printed as {@code op-boot generate} prints it: diffs whole, files indented. */
  public static Generation.Report printing(PrintWriter out) {
    return printing(out, false);
  }

  /**
   * A report printed as {@code op-boot generate} prints it; with {@code verbose}, also what the
   * generators chose (such as the Kubernetes version of the built-in types).
   */
  public static Generation.Report printing(PrintWriter out, boolean verbose) {
    return new Generation.Report() {
      @Override
      public void detail(String line) {
        if (verbose) {
          out.println(line);
        }
      }

      @Override
      public void file(String line) {
        out.println("  " + line);
      }

      @Override
      public void diff(String unifiedDiff) {
        out.print(unifiedDiff);
      }

      @Override
      public void note(String line) {
        out.println(line);
      }

      @Override
      public void warning(String line) {
        out.println(line); // File.java:12:3: warning: ...
      }
    };
  }

  /** The sentence that ends a {@code --check} that found stale files. */
  public static String staleMessage(int stale, String regenerate) {
    return stale + " file(s) are stale: run '" + regenerate + "' and commit the result.";
  }

  /**
   * The first step of build and run: every generator of {@code registry} over the project (or, with
   * {@code check}, a comparison that fails when a file is stale). Its report goes to {@code echo}
   * as it comes when given, and into the failure's message otherwise.
   */
  public static void addStep(
      Steps steps, Path project, boolean check, PrintWriter echo, GeneratorRegistry registry) {
    List<String> names = registry.byDefault().stream().map(Generator::name).toList();
    String flag = check ? " --check" : "";
    steps.add(
        (check ? "Check that the generated manifests are up to date (" : "Generate the manifests (")
            + String.join(", ", names)
            + ")",
        names.stream().map(name -> "op-boot generate " + name + flag).toList(),
        () -> run(project, registry, check, echo));
  }

  @SuppressWarnings(
      "try") // the project lock is held for the try block's extent, never referenced in it
  private static void run(Path project, GeneratorRegistry registry, boolean check, PrintWriter echo)
      throws BadInputException,
          GeneratorException,
          IOException,
          OutputException,
          CommandFailedException {
    StringWriter text = new StringWriter();
    PrintWriter out = echo != null ? echo : new PrintWriter(text);
    Generation.Outcome outcome;
    // The lock is held for this step only: the Maven build that follows runs op-boot's plugin,
    // which takes the same lock.
    try (ProjectLock lock = check ? null : Locks.take(project, out)) {
      outcome =
          Generation.run(
              project,
              sources(project, List.of(), null, "Java sources"),
              allTasks(project, registry),
              check,
              printing(out));
    }
    out.flush();
    if (!outcome.upToDate()) {
      throw new CommandFailedException(
          text.toString() + staleMessage(outcome.stale().size(), "op-boot generate"));
    }
  }
}

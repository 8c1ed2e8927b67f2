package dev.opboot.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.opboot.core.files.ChangeSet;
import dev.opboot.core.files.FileChange;
import dev.opboot.core.files.OutputException;
import dev.opboot.core.files.UnifiedDiff;
import dev.opboot.generate.CrdGenerator;
import dev.opboot.generate.GeneratorException;
import dev.opboot.scaffold.ScaffoldException;
import dev.opboot.scaffold.ScaffoldVersions;
import dev.opboot.scaffold.project.ProjectFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code op-boot generate crd}: CustomResourceDefinitions from the annotated Java API classes. */
@Command(
    name = "crd",
    sortOptions = false,
    header = "Generate CustomResourceDefinitions from the API classes.",
    description = "Reads the custom resource classes (subclasses of fabric8's CustomResource) in the sources"
        + " with the JDK's compiler, honouring Jackson, Bean Validation, fabric8 and op-boot annotations and"
        + " Javadoc. In an op-boot project: src/main/java -> config/crd/bases/<group>_<plural>.yaml.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  op-boot generate crd",
        "  op-boot generate crd --check",
        "  op-boot generate crd --source api/src --classpath \"$(cat cp.txt)\" --output crds"})
final class GenerateCrdCommand implements Callable<Integer> {
  @Mixin
  HelpOption help;

  @Spec
  CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR", order = 1,
      description = "A folder of Java sources to read; repeatable (default in a project: src/main/java).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--classpath", paramLabel = "CLASSPATH", order = 2,
      description = "The jars and folders the sources compile against, separated by ':' (default in a"
          + " Maven project: its compile class path, resolved by Maven and cached in target/op-boot).")
  String classpath;

  @Option(names = "--output", paramLabel = "DIR", order = 3,
      description = "Where the CRD files go (default in a project: config/crd/bases).")
  String output;

  @Option(names = "--check", order = 4,
      description = "Write nothing; show a diff of every stale file and exit 1 if any is stale.")
  boolean check;

  @Option(names = "--max-desc-len", paramLabel = "N", order = 5,
      description = "Truncate descriptions to N characters at a sentence end; 0 leaves them out.")
  Integer maxDescriptionLength;

  @Option(names = "--dir", paramLabel = "DIR", order = 6,
      description = "The project's folder (default: the current folder).")
  String dir;

  @Override
  public Integer call() throws ScaffoldException, GeneratorException, OutputException, IOException {
    OpBoot root = (OpBoot) spec.root().userObject();
    Path project = root.workingDirectory().resolve(dir == null ? "." : dir).normalize();
    boolean inProject = ProjectFile.exists(project);
    if (maxDescriptionLength != null && maxDescriptionLength < 0) {
      throw new ScaffoldException("--max-desc-len", "--max-desc-len must be 0 or more, not " + maxDescriptionLength + ".");
    }
    List<Path> sourceDirs = new ArrayList<>();
    for (String s : sources) {
      sourceDirs.add(project.resolve(s));
    }
    if (sourceDirs.isEmpty()) {
      if (!inProject) {
        throw new ScaffoldException("--source", "outside an op-boot project, pass --source with the folder of"
            + " your API classes (and --classpath, --output).");
      }
      sourceDirs.add(project.resolve("src/main/java"));
    }
    if (output == null && !inProject) {
      throw new ScaffoldException("--output", "outside an op-boot project, pass --output with the folder for"
          + " the CRD files.");
    }
    Path outputDir = project.resolve(output != null ? output : "config/crd/bases");
    List<Path> cp = classpath != null ? ProjectClasspath.split(classpath)
        : Files.isRegularFile(project.resolve("pom.xml")) ? ProjectClasspath.of(project) : List.of();

    SortedMap<String, String> files = CrdGenerator.generate(new CrdGenerator.Options(sourceDirs, cp,
        maxDescriptionLength, ScaffoldVersions.current().opBoot()));

    ChangeSet changes = new ChangeSet();
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = outputDir.resolve(file.getKey());
      byte[] previous = Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
      changes.add(FileChange.replacing(file.getKey(), file.getValue().getBytes(UTF_8), previous, ""));
    }
    PrintWriter out = spec.commandLine().getOut();
    Path shown = outputDir.startsWith(project) ? project.relativize(outputDir) : outputDir;
    if (files.isEmpty()) {
      out.println("No custom resource classes (subclasses of fabric8's CustomResource with @Group and @Version)"
          + " found under " + sourceDirs + ".");
      out.flush();
      return ExitCodes.OK;
    }
    if (check) {
      List<FileChange> stale = changes.writes();
      for (FileChange change : stale) {
        out.print(UnifiedDiff.of(shown.resolve(change.path()).toString(), change.previous(), change.content()));
      }
      for (FileChange change : changes.changes()) {
        out.println((change.action().writes() ? "  stale      " : "  up to date ") + shown.resolve(change.path()));
      }
      if (!stale.isEmpty()) {
        out.println(stale.size() + " CRD file(s) are stale: run 'op-boot generate crd' and commit the result.");
      }
      out.flush();
      return stale.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
    changes.apply(outputDir);
    for (FileChange change : changes.changes()) {
      out.printf("  %-9s  %s%n", change.action().pastTense(), shown.resolve(change.path()));
    }
    out.flush();
    return ExitCodes.OK;
  }
}

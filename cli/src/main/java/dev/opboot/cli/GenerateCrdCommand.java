package dev.opboot.cli;


import dev.opboot.core.files.OutputException;
import dev.opboot.generate.CrdGenerator;
import dev.opboot.generate.GeneratorException;
import dev.opboot.core.BadInputException;
import dev.opboot.core.Versions;
import java.io.IOException;
import java.io.PrintWriter;
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

  @Mixin
  GenerateOptions options;





  @Option(names = "--max-desc-len", paramLabel = "N", order = 5,
      description = "Truncate descriptions to N characters at a sentence end; 0 leaves them out.")
  Integer maxDescriptionLength;


  @Override
  public Integer call() throws BadInputException, GeneratorException, OutputException, IOException {
    if (maxDescriptionLength != null && maxDescriptionLength < 0) {
      throw new BadInputException("--max-desc-len", "--max-desc-len must be 0 or more, not " + maxDescriptionLength + ".");
    }
    GenerateTarget target = options.target(spec, "config/crd/bases", "API classes");
    SortedMap<String, String> files = CrdGenerator.generate(new CrdGenerator.Options(target.sources(), target.classpath(),
        maxDescriptionLength, Versions.current().opBoot()));

    PrintWriter out = spec.commandLine().getOut();
    if (files.isEmpty()) {
      out.println("No custom resource classes (subclasses of fabric8's CustomResource with @Group and @Version)"
          + " found under " + target.sources() + ".");
      out.flush();
      return ExitCodes.OK;
    }
    return target.writeOrCheck(out, files, options.check, "op-boot generate crd");
  }
}

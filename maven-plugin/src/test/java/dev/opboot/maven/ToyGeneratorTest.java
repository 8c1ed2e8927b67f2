package dev.opboot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.cli.ExitCodes;
import dev.opboot.cli.OpBoot;
import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.Generator;
import dev.opboot.generate.GeneratorOption;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.registry.GeneratorRegistry;
import dev.opboot.project.CommandFailedException;
import dev.opboot.project.ProjectGeneration;
import dev.opboot.project.Steps;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generator is one class plus one registration line: {@link Toy} registered with {@code
 * GeneratorRegistry.builtIn().with(new Toy())} is {@code op-boot generate toy} (with its own
 * option, {@code --check} and its diff), a generator of the Maven goal {@code op-boot:generate}
 * ({@code -Dop-boot.generators=toy}, its option as {@code op-boot.toy.greeting}), and a part of
 * {@code op-boot build}'s first step.
 */
class ToyGeneratorTest {
  /** The toy: lists the classes of the sources, one per line, after a greeting. */
  static final class Toy implements Generator {
    static final GeneratorOption GREETING =
        new GeneratorOption(
            "greeting",
            "WORDS",
            GeneratorOption.Type.STRING,
            "hello",
            "The first line of types.txt.",
            (flag, value) ->
                value.isBlank() ? Optional.of(flag + " must not be blank.") : Optional.empty());

    @Override
    public String name() {
      return "toy";
    }

    @Override
    public String header() {
      return "List the classes of the sources.";
    }

    @Override
    public String description() {
      return "Writes config/toy/types.txt: a greeting, then every class, one per line.";
    }

    @Override
    public List<String> examples() {
      return List.of("op-boot generate toy --greeting hi");
    }

    @Override
    public String defaultOutput() {
      return "config/toy";
    }

    @Override
    public String reads() {
      return "classes";
    }

    @Override
    public List<GeneratorOption> options() {
      return List.of(GREETING);
    }

    @Override
    public GeneratedFiles generate(ProjectSources sources, GeneratorSettings settings)
        throws GeneratorException {
      StringBuilder text = new StringBuilder(settings.string(GREETING)).append('\n');
      for (TypeElement type : sources.declarations().declaredTypes()) {
        text.append(type.getQualifiedName()).append('\n');
      }
      return GeneratedFiles.of(Map.of("types.txt", text.toString()), "no classes");
    }
  }

  /** The one registration line. */
  private static final GeneratorRegistry REGISTRY = GeneratorRegistry.builtIn().with(new Toy());

  @TempDir Path project;

  @BeforeEach
  void anOpBootProjectWithPlainJavaSources() throws IOException {
    assertThat(cli("init", "--domain", "example.com").exitCode).isZero();
    // plain sources and no pom, so that no class path has to be resolved with Maven
    Files.delete(project.resolve("pom.xml"));
    try (var files = Files.walk(project.resolve("src"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Files.createDirectories(project.resolve("src/main/java/shop"));
    Files.writeString(
        project.resolve("src/main/java/shop/Cart.java"), "package shop;\npublic class Cart {}\n");
    Files.writeString(
        project.resolve("src/main/java/shop/Item.java"),
        "package shop;\npublic record Item(String name) {}\n");
  }

  @Test
  void theCliHasACommandForIt() throws IOException {
    Run help = cli("generate", "toy", "--help");
    assertThat(help.out)
        .contains(
            "Usage: op-boot generate toy",
            "List the classes of the sources.",
            "--greeting=WORDS",
            "The first line of types.txt.",
            "--check",
            "op-boot generate toy --greeting hi");

    Run written = cli("generate", "toy", "--greeting", "hi");
    assertThat(written.exitCode).as(written.err).isZero();
    assertThat(written.out).contains("created    config/toy/types.txt");
    assertThat(project.resolve("config/toy/types.txt")).hasContent("hi\nshop.Cart\nshop.Item\n");

    Run upToDate = cli("generate", "toy", "--greeting", "hi", "--check");
    assertThat(upToDate.exitCode).isZero();
    assertThat(upToDate.out).contains("up to date config/toy/types.txt");

    Run stale = cli("generate", "toy", "--check");
    assertThat(stale.exitCode).isEqualTo(ExitCodes.FAILURE);
    assertThat(stale.out)
        .contains(
            "--- a/config/toy/types.txt",
            "+++ b/config/toy/types.txt",
            "-hi",
            "+hello",
            "stale      config/toy/types.txt",
            "1 file(s) are stale: run 'op-boot generate toy' and commit the result.");
    assertThat(project.resolve("config/toy/types.txt")).hasContent("hi\nshop.Cart\nshop.Item\n");

    Run bad = cli("generate", "toy", "--greeting", " ");
    assertThat(bad.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err).contains("--greeting must not be blank.");
  }

  @Test
  void opBootGenerateRunsItWithTheOthers() {
    Run all = cli("generate");
    assertThat(all.exitCode).as(all.err).isZero();
    assertThat(all.out).contains("created    config/toy/types.txt");
    // in a run of all, the generators with nothing to do say nothing (GenerationNotesTest)
    assertThat(all.out).doesNotContain("No custom resource classes", "No reconcilers");
  }

  @Test
  void theMavenGoalRunsItByName() throws Exception {
    List<String> errors = new ArrayList<>();
    GenerateMojo mojo = mojo(errors);
    mojo.project.getProperties().setProperty("op-boot.generators", "toy");
    mojo.project.getProperties().setProperty("op-boot.toy.greeting", "from maven");
    mojo.execute();
    assertThat(project.resolve("config/toy/types.txt"))
        .hasContent("from maven\nshop.Cart\nshop.Item\n");
    assertThat(project.resolve("config/crd/bases")).doesNotExist();

    GenerateMojo check = mojo(errors);
    check.project.getProperties().setProperty("op-boot.generators", "toy");
    check.check = true;
    assertThatThrownBy(check::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 file(s) are stale");
    assertThat(String.join("\n", errors)).contains("-from maven", "+hello");

    GenerateMojo unknown = mojo(errors);
    unknown.generators = "toy,nosuch";
    assertThatThrownBy(unknown::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("op-boot.generators names a generator op-boot does not have: nosuch")
        .hasMessageContaining("crd, rbac, webhook, docs, toy");

    GenerateMojo badOption = mojo(errors);
    badOption.generators = "toy";
    badOption.project.getProperties().setProperty("op-boot.toy.greeting", "  ");
    assertThatThrownBy(badOption::execute)
        .hasMessageContaining("op-boot.toy.greeting must not be blank.");
  }

  @Test
  void itIsAPartOfBuildsFirstStep() throws Exception {
    Run plan = cli("build", "--dry-run", "--check", "--no-image");
    assertThat(plan.exitCode).as(plan.err).isZero();
    assertThat(plan.out)
        .contains(
            "1. Check that the generated manifests are up to date (crd, rbac, webhook, toy)",
            "op-boot generate toy --check");

    StringWriter out = new StringWriter();
    Steps write = new Steps(new PrintWriter(out), true);
    ProjectGeneration.addStep(write, project, false, null, REGISTRY);
    write.run();
    assertThat(project.resolve("config/toy/types.txt")).hasContent("hello\nshop.Cart\nshop.Item\n");

    Files.writeString(project.resolve("config/toy/types.txt"), "edited\n");
    Steps check = new Steps(new PrintWriter(out), true);
    ProjectGeneration.addStep(check, project, true, null, REGISTRY);
    assertThatThrownBy(check::run)
        .isInstanceOf(CommandFailedException.class)
        .hasMessageContaining("-edited")
        .hasMessageContaining("+hello")
        .hasMessageContaining("1 file(s) are stale: run 'op-boot generate' and commit the result.");
  }

  private GenerateMojo mojo(List<String> errors) {
    GenerateMojo mojo = new GenerateMojo();
    MavenProject maven = new MavenProject();
    maven.setFile(project.resolve("pom.xml").toFile());
    maven.addCompileSourceRoot(project.resolve("src/main/java").toString());
    maven.getBuild().setOutputDirectory(project.resolve("target/classes").toString());
    mojo.project = maven;
    mojo.registry = REGISTRY;
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void error(CharSequence content) {
            errors.add(content.toString());
          }
        });
    return mojo;
  }

  private record Run(int exitCode, String out, String err) {}

  private Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        OpBoot.commandLine(project, new PrintWriter(out), new PrintWriter(err), REGISTRY)
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}

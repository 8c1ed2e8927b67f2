package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a generator makes nothing, its sentence saying why is shown when the user asked for that
 * generator alone, or when the whole run made nothing; in a run of several, a generator with
 * nothing to do (no webhooks in the project) stays quiet.
 */
class GenerationNotesTest {
  @TempDir Path project;

  private final List<String> notes = new ArrayList<>();
  private final Generation.Report report =
      new Generation.Report() {
        @Override
        public void file(String line) {}

        @Override
        public void diff(String unifiedDiff) {}

        @Override
        public void note(String line) {
          notes.add(line);
        }
      };

  @Test
  void aGeneratorAskedForAloneSaysWhyItMadeNothing() throws Exception {
    run(new Fixed("webhook", Map.of()));
    assertThat(notes).containsExactly("webhook: nothing to make");
  }

  @Test
  void inARunOfSeveralOneWithNothingToDoStaysQuiet() throws Exception {
    run(new Fixed("crd", Map.of("a.yaml", "a: 1\n")), new Fixed("webhook", Map.of()));
    assertThat(notes).isEmpty();
    assertThat(project.resolve("crd/a.yaml")).hasContent("a: 1");
  }

  @Test
  void whenTheWholeRunMadeNothingEachSaysWhy() throws Exception {
    run(new Fixed("crd", Map.of()), new Fixed("webhook", Map.of()));
    assertThat(notes).containsExactly("crd: nothing to make", "webhook: nothing to make");
  }

  private void run(Fixed... generators) throws Exception {
    List<Generation.Task> tasks = new ArrayList<>();
    for (Fixed generator : generators) {
      tasks.add(
          new Generation.Task(
              generator, GeneratorSettings.defaults(), project.resolve(generator.name())));
    }
    Generation.run(project, ProjectSources.of(List.of(), List.of()), tasks, false, report);
  }

  /** A generator that makes the same files each time. */
  private record Fixed(String name, Map<String, String> files) implements Generator {
    @Override
    public String header() {
      return "";
    }

    @Override
    public String description() {
      return name;
    }

    @Override
    public List<String> examples() {
      return List.of();
    }

    @Override
    public String defaultOutput() {
      return name;
    }

    @Override
    public String reads() {
      return "nothing";
    }

    @Override
    public List<GeneratorOption> options() {
      return List.of();
    }

    @Override
    public GeneratedFiles generate(ProjectSources sources, GeneratorSettings settings) {
      return GeneratedFiles.of(files, name + ": nothing to make");
    }
  }
}

package dev.opboot.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamespacedLayoutTest {
  @TempDir Path project;

  private boolean withProject(String text) throws Exception {
    Files.writeString(project.resolve("PROJECT"), text);
    return NamespacedLayout.of(project);
  }

  @Test
  void onlyNamespacedTrueMakesAProjectNamespaced() throws Exception {
    assertThat(NamespacedLayout.of(project)).as("no PROJECT").isFalse();
    assertThat(withProject("layout: josdk.v5\n")).isFalse();
    assertThat(withProject("layout: josdk.v5\nnamespaced: false\n")).isFalse();
    assertThat(withProject("layout: josdk.v5\nnamespaced: true\n")).isTrue();
    assertThat(withProject("layout: josdk.v5\nresources:\n- kind: Shop\n  namespaced: true\n"))
        .as("a namespaced resource is not a namespaced operator")
        .isFalse();
  }

  @Test
  void aValueOtherThanTrueOrFalseIsRefused() {
    assertThatThrownBy(() -> withProject("layout: josdk.v5\nnamespaced: yes please\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            project.resolve("PROJECT")
                + ": 'namespaced' must be true or false, not 'yes please'. Set it to true for an"
                + " operator that watches its own namespace (op-boot init --namespaced), or remove it.");
  }

  @Test
  void aBrokenFileIsRefusedWithWhatToDo() {
    assertThatThrownBy(() -> withProject("layout: [josdk.v5\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("cannot read " + project.resolve("PROJECT") + ": ")
        .hasMessageEndingWith(". Fix the file (it is YAML) or restore it from version control.");
  }
}

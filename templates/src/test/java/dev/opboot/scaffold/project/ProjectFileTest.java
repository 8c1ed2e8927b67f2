package dev.opboot.scaffold.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.core.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectFileTest {
  private final Project project = new Project(Project.LAYOUT, "example.com", "guestbook", "com.example",
      "guestbook", "com.example.guestbook", "1.2.3", List.of(new ProjectResource("webapp",
          "example.com", "v1", "Guestbook", "guestbooks", true, "com.example.guestbook.api.webapp.v1",
          true, true, true)));

  @Test
  void writesAStableReadableFileAndReadsItBack() throws Exception {
    String yaml = ProjectFile.toYaml(project);
    assertThat(yaml).isEqualTo("""
        # Written by op-boot: it records what was scaffolded, and later op-boot commands read it.
        # Edit with care; op-boot rewrites it when it scaffolds.
        layout: josdk.v5
        domain: example.com
        projectName: guestbook
        groupId: com.example
        artifactId: guestbook
        package: com.example.guestbook
        opBootVersion: 1.2.3
        resources:
        - group: webapp
          domain: example.com
          version: v1
          kind: Guestbook
          plural: guestbooks
          namespaced: true
          package: com.example.guestbook.api.webapp.v1
          api: true
          controller: true
          storage: true
        """);
    assertThat(ProjectFile.parse(yaml, "PROJECT")).isEqualTo(project);
  }

  @Test
  void invalidYamlIsReportedWithItsLine() {
    String broken = "layout: josdk.v5\ndomain: example.com\n  bad: indentation\n";
    assertThatThrownBy(() -> ProjectFile.parse(broken, "/p/PROJECT"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("/p/PROJECT:3:")
        .hasMessageContaining("mapping values are not allowed here")
        .hasMessageContaining("Fix the file");
    String wrongType = "layout: josdk.v5\ndomain: example.com\nresources:\n- group: [a, b]\n";
    assertThatThrownBy(() -> ProjectFile.parse(wrongType, "/p/PROJECT"))
        .hasMessageStartingWith("/p/PROJECT:4:10: 'resources[0].group' must be a string.");
  }

  @Test
  void unknownFieldsAndMissingFieldsAreNamed() {
    assertThatThrownBy(() -> ProjectFile.parse(ProjectFile.toYaml(project) + "colour: blue\n", "PROJECT"))
        .hasMessageStartingWith("PROJECT:21:1: unknown field 'colour'");
    assertThatThrownBy(() -> ProjectFile.parse("layout: josdk.v5\ndomain: example.com\n", "PROJECT"))
        .hasMessageContaining("missing projectName, groupId, artifactId, package");
    assertThatThrownBy(() -> ProjectFile.parse("layout: other\ndomain: a\nprojectName: a\ngroupId: a\n"
        + "artifactId: a\npackage: a\n", "PROJECT"))
        .hasMessageContaining("layout 'other' is not one this op-boot knows");
  }
}

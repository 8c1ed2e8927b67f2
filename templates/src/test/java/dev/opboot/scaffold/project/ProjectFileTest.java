package dev.opboot.scaffold.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.core.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectFileTest {
  private final Project project =
      new Project(
          Project.LAYOUT,
          "example.com",
          "guestbook",
          "com.example",
          "guestbook",
          "com.example.guestbook",
          "1.2.3",
          List.of(
              new ProjectResource(
                  "webapp",
                  "example.com",
                  "v1",
                  "Guestbook",
                  "guestbooks",
                  true,
                  "com.example.guestbook.api.webapp.v1",
                  true,
                  true,
                  true)));

  @Test
  void aNamespacedProjectSaysSoAndKeepsItWhenAResourceIsAdded() throws Exception {
    Project namespaced =
        new Project(
            Project.LAYOUT,
            "example.com",
            "guestbook",
            "com.example",
            "guestbook",
            "com.example.guestbook",
            true,
            "1.2.3",
            List.of());
    String yaml = ProjectFile.toYaml(namespaced);
    assertThat(yaml)
        .contains("package: com.example.guestbook\nnamespaced: true\nopBootVersion: 1.2.3\n");
    Project read = ProjectFile.parse(yaml, "PROJECT");
    assertThat(read.isNamespaced()).isTrue();
    assertThat(read.withResource(project.resources().get(0), "1.2.4").isNamespaced()).isTrue();
    assertThat(project.isNamespaced()).isFalse();
    assertThat(ProjectFile.toYaml(project)).doesNotContain("\nnamespaced:");
  }

  @Test
  void writesAStableReadableFileAndReadsItBack() throws Exception {
    String yaml = ProjectFile.toYaml(project);
    assertThat(yaml)
        .isEqualTo(
            """
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
  void webhooksAreRecordedAsKubebuilderRecordsThemAndReadBack() throws Exception {
    ProjectResource v1 = project.resources().get(0);
    ProjectResource withWebhooks =
        v1.withWebhooks(new ProjectWebhooks(true, false, true, List.of("v2", "v3"), null));
    Project updated = project.withResource(withWebhooks, "1.2.3");

    String yaml = ProjectFile.toYaml(updated);

    assertThat(yaml)
        .contains(
            "  webhooks:\n"
                + "    defaulting: true\n"
                + "    conversion: true\n"
                + "    spoke:\n"
                + "    - v2\n"
                + "    - v3\n"
                + "    webhookVersion: v1\n");
    assertThat(ProjectFile.parse(yaml, "PROJECT")).isEqualTo(updated);
    assertThat(ProjectFile.parse(yaml, "PROJECT").resources().get(0).webhooks().adding(false, true))
        .isEqualTo(new ProjectWebhooks(true, true, true, List.of("v2", "v3"), "v1"));
    // a version without webhooks writes no entry, and reads back with none
    assertThat(ProjectFile.toYaml(project)).doesNotContain("webhooks");
    assertThat(
            ProjectFile.parse(ProjectFile.toYaml(project), "PROJECT").resources().get(0).webhooks())
        .isEqualTo(ProjectWebhooks.NONE);
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
    assertThatThrownBy(
            () -> ProjectFile.parse(ProjectFile.toYaml(project) + "colour: blue\n", "PROJECT"))
        .hasMessageStartingWith("PROJECT:21:1: unknown field 'colour'");
    assertThatThrownBy(
            () -> ProjectFile.parse("layout: josdk.v5\ndomain: example.com\n", "PROJECT"))
        .hasMessageContaining("missing projectName, groupId, artifactId, package");
    assertThatThrownBy(
            () ->
                ProjectFile.parse(
                    "layout: other\ndomain: a\nprojectName: a\ngroupId: a\n"
                        + "artifactId: a\npackage: a\n",
                    "PROJECT"))
        .hasMessageContaining("layout 'other' is not one this op-boot knows");
  }

  @Test
  void ownedKindsAreWrittenReadBackAndCheckedAtTheirLine() throws Exception {
    ProjectResource r = project.resources().get(0);
    ProjectResource owner =
        new ProjectResource(
            r.group(),
            r.domain(),
            r.version(),
            r.kind(),
            r.plural(),
            r.namespaced(),
            r.apiPackage(),
            r.api(),
            r.controller(),
            r.storage(),
            false,
            List.of("Deployment", "Service"));
    Project owning = project.withResource(owner, project.opBootVersion());
    String yaml = ProjectFile.toYaml(owning);
    assertThat(yaml).endsWith("  storage: true\n  owns:\n  - Deployment\n  - Service\n");
    assertThat(ProjectFile.parse(yaml, "PROJECT")).isEqualTo(owning);
    assertThat(ProjectFile.toYaml(project)).doesNotContain("owns");

    String edited = yaml.replace("  - Service\n", "  - Gizmo\n");
    assertThatThrownBy(() -> ProjectFile.parse(edited, "PROJECT"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(
            "PROJECT:23:5: resources[0].owns[1] 'Gizmo' is not a kind op-boot can scaffold an owner"
                + " of. Expected one of Deployment, StatefulSet, DaemonSet, Job, Service, ConfigMap,"
                + " Secret, ServiceAccount.");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "domain: example.com                          | domain: \"Bad Domain!!\"       | PROJECT:4:9: domain 'Bad Domain!!' is not valid",
        "projectName: guestbook                       | projectName: Guest_Book        | PROJECT:5:14: projectName 'Guest_Book' is not valid",
        "groupId: com.example                         | groupId: com example           | PROJECT:6:10: groupId 'com example' is not valid",
        "package: com.example.guestbook               | package: com.example.class     | PROJECT:8:10: package 'com.example.class' is not valid",
        "  version: v1                                |   version: V1                  | PROJECT:13:12: resources[0].version 'V1' is not valid",
        "  kind: Guestbook                            |   kind: guestbook              | PROJECT:14:9: resources[0].kind 'guestbook' is not valid",
        "  plural: guestbooks                         |   plural: Guest.Books          | PROJECT:15:11: resources[0].plural 'Guest.Books' is not valid",
        "  group: webapp                              |   group: web_app               | PROJECT:11:10: resources[0].group 'web_app' is not valid",
        "  storage: true                              |   storage: false               | PROJECT:11:3: webapp.example.com Guestbook has no stored version"
      })
  void valuesAreCheckedAsTheFlagsAreAtTheirLineAndColumn(
      String line, String edited, String message) {
    String text =
        ProjectFile.toYaml(project)
            .replace(line.stripTrailing() + "\n", edited.stripTrailing() + "\n");
    assertThat(text).as("the edit applies").contains(edited.stripTrailing());

    assertThatThrownBy(() -> ProjectFile.parse(text, "PROJECT"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(message)
        .hasMessageEndingWith("Fix PROJECT, or restore it from version control.");
  }

  @Test
  void aResourceRecordedTwiceAndEveryOtherProblemAreReportedTogether() {
    Project twice =
        new Project(
            Project.LAYOUT,
            "Bad Domain!!",
            "guestbook",
            "com.example",
            "guestbook",
            "com.example.guestbook",
            "1.2.3",
            List.of(project.resources().get(0), project.resources().get(0)));
    String text = ProjectFile.toYaml(twice);

    assertThatThrownBy(() -> ProjectFile.parse(text, "PROJECT"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            String.join(
                "\n",
                "PROJECT:4:9: domain 'Bad Domain!!' is not valid: "
                    + dev.opboot.core.names.KubernetesNames.checkDns1123Subdomain("Bad Domain!!")
                        .orElseThrow()
                    + ". Expected a DNS subdomain such as example.com.",
                "PROJECT:21:3: resources[1] records webapp.example.com/v1 Guestbook again (resources[0] has it): remove"
                    + " one of the two entries.",
                "PROJECT:30:12: webapp.example.com Guestbook has 2 stored versions (v1): exactly one of its versions must"
                    + " have storage: true.",
                "Fix PROJECT, or restore it from version control."));
  }
}

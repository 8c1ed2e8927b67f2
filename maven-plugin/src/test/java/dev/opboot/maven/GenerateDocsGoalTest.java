package dev.opboot.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code op-boot:generate-docs}: off by default, the API reference when asked for. */
class GenerateDocsGoalTest {
  @TempDir Path project;

  @Test
  void theReferenceIsWrittenOnlyWhenAskedFor() throws Exception {
    Path source = project.resolve("src/main/java/com/example/Gizmo.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        """
        package com.example;

        /** A gizmo, documented for its users. */
        @io.fabric8.kubernetes.model.annotation.Group("example.com")
        @io.fabric8.kubernetes.model.annotation.Version("v1")
        public class Gizmo extends io.fabric8.kubernetes.client.CustomResource<Gizmo.Spec, Void> {
          public static class Spec {
            /** How loud it is. */
            @io.fabric8.generator.annotation.Max(11)
            public Integer volume;
          }
        }
        """);
    Files.writeString(project.resolve("pom.xml"), "<project/>\n");

    GenerateDocsMojo byDefault = GoalFixture.mojo(GenerateDocsMojo.class, project, null);
    byDefault.skip = true;
    byDefault.execute();
    assertThat(project.resolve("docs")).doesNotExist();

    GenerateDocsMojo asked = GoalFixture.mojo(GenerateDocsMojo.class, project, null);
    asked.project.getProperties().setProperty("op-boot.docs.format", "both");
    asked.execute();
    assertThat(project.resolve("docs/api-reference.md"))
        .content()
        .contains(
            "### Gizmo",
            "A gizmo, documented for its users.",
            "How loud it is.<br>A 32-bit integer.<br>At most `11`.");
    assertThat(project.resolve("docs/api-reference.html")).exists();
  }
}

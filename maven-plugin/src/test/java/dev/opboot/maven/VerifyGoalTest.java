package dev.opboot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.testing.EnvTestAssets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dop-boot.crd.verify}: the Maven goals judge every generated CRD on a throw-away
 * kube-apiserver, as {@code generate crd --verify} does, and fail the build with its refusal at the
 * Java line; without the binaries they fail with how to install them.
 */
class VerifyGoalTest {
  private static final String WIDGET =
      """
      package com.example;

      import io.fabric8.generator.annotation.*;
      import io.fabric8.kubernetes.model.annotation.*;

      @Group("example.com")
      @Version("v1")
      public class Widget extends io.fabric8.kubernetes.client.CustomResource<Widget.Spec, Void> {
        public static class Spec {
          public String name;
          %s
        }
      }
      """;

  @TempDir Path project;

  @Test
  void aRefusalOfTheServerFailsTheBuildAtTheJavaLine() throws Exception {
    EnvTestAssets assets = EnvTestAssets.assumeFound();
    Path source = widget("@Default(\"5\") @ValidationRule(\"self < 3\") public Integer size;");

    GenerateCrdMojo local = mojo(GenerateCrdMojo.class, assets.dir());
    local.execute();
    assertThat(project.resolve("config/crd/bases/example.com_widgets.yaml")).exists();

    Files.delete(project.resolve("config/crd/bases/example.com_widgets.yaml"));
    GenerateMojo verified = mojo(GenerateMojo.class, assets.dir());
    verified.project.getProperties().setProperty("op-boot.crd.verify", "true");
    assertThatThrownBy(verified::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(source + ":" + lineOf(source, "public Integer size") + ":")
        .hasMessageContaining("refused the CRD widgets.example.com")
        .hasMessageContaining("self < 3");
    assertThat(project.resolve("config/crd/bases/example.com_widgets.yaml")).doesNotExist();
  }

  @Test
  void whatTheServerAcceptsIsWritten() throws Exception {
    EnvTestAssets assets = EnvTestAssets.assumeFound();
    widget("@Default(\"2\") @ValidationRule(\"self < 3\") public Integer size;");
    GenerateMojo verified = mojo(GenerateMojo.class, assets.dir());
    verified.project.getProperties().setProperty("op-boot.crd.verify", "true");
    verified.execute();
    assertThat(project.resolve("config/crd/bases/example.com_widgets.yaml")).exists();
  }

  @Test
  void withoutTheBinariesTheBuildFailsWithHowToInstallThem() throws Exception {
    widget("public Integer size;");
    GenerateMojo verified = mojo(GenerateMojo.class, null);
    verified.project.getProperties().setProperty("op-boot.crd.verify", "true");
    assertThatThrownBy(verified::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("op-boot.crd.verify needs a real API server, but no kube-apiserver")
        .hasMessageContaining("run 'op-boot envtest use' to install them");
    assertThat(project.resolve("config/crd/bases")).doesNotExist();
  }

  private static int lineOf(Path file, String text) throws Exception {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " is not in " + file);
  }

  private Path widget(String property) throws Exception {
    Path file = project.resolve("src/main/java/com/example/Widget.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, WIDGET.formatted(property));
    Files.writeString(project.resolve("pom.xml"), "<project/>\n");
    return file;
  }

  private <M extends GeneratorMojo> M mojo(Class<M> goal, Path assets) throws Exception {
    return GoalFixture.mojo(goal, project, assets);
  }
}

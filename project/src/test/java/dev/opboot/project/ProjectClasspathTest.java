package dev.opboot.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class path cache: a pom unchanged since Maven was last asked answers from the cache without a
 * word; otherwise the user hears, before Maven runs, why op-boot is waiting.
 */
class ProjectClasspathTest {
  private static final String POM =
      """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>com.example</groupId>
        <artifactId>empty</artifactId>
        <version>1</version>
      </project>
      """;

  @TempDir Path project;

  @Test
  void aFreshCacheAnswersSilentlyAndAChangedPomSaysMavenIsAsked() throws Exception {
    Files.writeString(project.resolve("pom.xml"), POM);
    Path cache =
        Files.createDirectories(project.resolve("target/op-boot")).resolve("classpath.txt");
    Files.writeString(cache, sha256(POM) + "\n/libs/a.jar:/libs/b.jar\n");

    List<String> said = new ArrayList<>();
    assertThat(ProjectClasspath.of(project, said::add))
        .containsExactly(Path.of("/libs/a.jar"), Path.of("/libs/b.jar"));
    assertThat(said).isEmpty();

    Files.writeString(project.resolve("pom.xml"), POM.replace("<version>1<", "<version>2<"));
    try {
      ProjectClasspath.of(project, said::add);
    } catch (BadInputException e) {
      // Maven may be unable to resolve its dependency plugin here; what matters is what was said
    }
    assertThat(said)
        .containsExactly(
            "op-boot: resolving the compile class path with Maven (the pom changed; kept in"
                + " target/op-boot/classpath.txt until the pom changes)...");
  }

  private static String sha256(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}

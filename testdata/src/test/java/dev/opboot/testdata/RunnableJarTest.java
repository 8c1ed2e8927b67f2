package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.core.Versions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar keeps the license terms of what it embeds: META-INF/licenses/THIRD-PARTY.txt
 * lists every embedded artifact with its license names, and each artifact's own license and notice
 * files are kept in its folder (an artifact that ships none is under the Apache License 2.0, whose
 * text is there too).
 */
class RunnableJarTest {
  /** A THIRD-PARTY.txt line: {@code (license) (license) name (group:artifact:version - url)}. */
  private static final Pattern ENTRY =
      Pattern.compile("^\\s+((?:\\([^)]*\\) )+).* \\(([^: ]+):([^: ]+):([^ ]+) - .*\\)$");

  private record Entry(String licenses, String groupId, String artifactId, String version) {
    String folder() {
      return "META-INF/licenses/" + artifactId + "-" + version + "-jar/";
    }
  }

  @Test
  void keepsEveryEmbeddedArtifactsLicense() throws IOException {
    Path jar =
        TestdataDir.path()
            .resolveSibling("cli/target/op-boot-cli-" + Versions.current().opBoot() + "-all.jar");
    Assumptions.assumeTrue(
        Files.isRegularFile(jar),
        "no runnable jar "
            + jar
            + ": build it with 'mvn -B install' (or 'mvn -B package -pl cli -am')");
    try (JarFile file = new JarFile(jar.toFile())) {
      ZipEntry list = file.getEntry("META-INF/licenses/THIRD-PARTY.txt");
      assertThat(list).as("the list of embedded artifacts").isNotNull();
      List<Entry> entries = new ArrayList<>();
      try (InputStream in = file.getInputStream(list)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
          Matcher m = ENTRY.matcher(line);
          if (m.matches()) {
            entries.add(new Entry(m.group(1), m.group(2), m.group(3), m.group(4)));
          }
        }
      }
      List<String> listed =
          entries.stream()
              .map(e -> e.groupId() + ":" + e.artifactId() + ":" + e.version())
              .toList();
      assertThat(listed)
          .contains("info.picocli:picocli:4.7.7", "org.freemarker:freemarker:2.3.34")
          .noneMatch(gav -> gav.startsWith("dev.opboot:"));

      // Every embedded artifact that says who it is (META-INF/maven/.../pom.properties) is listed.
      for (ZipEntry entry : file.stream().toList()) {
        if (entry.getName().startsWith("META-INF/maven/")
            && entry.getName().endsWith("/pom.properties")) {
          Properties pom = new Properties();
          try (InputStream in = file.getInputStream(entry)) {
            pom.load(in);
          }
          String gav =
              pom.getProperty("groupId")
                  + ":"
                  + pom.getProperty("artifactId")
                  + ":"
                  + pom.getProperty("version");
          if (!gav.startsWith("dev.opboot:")) {
            assertThat(listed).as("THIRD-PARTY.txt lists the embedded %s", gav).contains(gav);
          }
        }
      }

      // Each listed artifact has its own license file, or is under the Apache License 2.0 whose
      // text is kept.
      for (Entry entry : entries) {
        boolean ownLicense =
            file.stream()
                .anyMatch(
                    e ->
                        e.getName().startsWith(entry.folder())
                            && e.getName()
                                .substring(e.getName().lastIndexOf('/') + 1)
                                .contains("LICENSE"));
        if (!ownLicense) {
          assertThat(entry.licenses())
              .as("%s ships no license file", entry)
              .containsIgnoringCase("Apache");
          assertThat(file.getEntry("META-INF/licenses/Apache-2.0.txt")).isNotNull();
        }
      }
      assertThat(
              file.stream()
                  .filter(
                      e ->
                          e.getName().startsWith("META-INF/licenses/")
                              && e.getName().endsWith("LICENSE")))
          .as("per-artifact license files")
          .hasSizeGreaterThanOrEqualTo(5);
      // No one artifact's LICENSE stands for all of them at the top of META-INF.
      assertThat(file.getEntry("META-INF/LICENSE")).isNull();
      assertThat(file.getEntry("META-INF/NOTICE")).isNull();
      assertThat(file.getEntry("META-INF/man/man1/op-boot-init.1"))
          .as("the man pages travel in the jar")
          .isNotNull();
    }
  }
}

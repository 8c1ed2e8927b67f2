package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opboot.cli.OpBoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code op-boot crd diff} end to end on a real operator (#15): the CRDs Apache Flink's Kubernetes
 * operator ships in two releases of its API jar (resolved from Maven Central by this module's
 * build), compared by the command as users run it. The report was reviewed and is kept as a golden
 * file: a change to the engine that changes it shows up here, to be reviewed again.
 */
class RealOperatorsCompatTest {
  private static final String FABRIC8_CRDS = "META-INF/fabric8/";

  @TempDir static Path work;
  private static String oldVersion;
  private static String newVersion;

  /** The two releases' apiextensions.k8s.io/v1 CRDs, unpacked into old/ and new/. */
  @BeforeAll
  static void unpackTheReleasesCrds() throws IOException {
    List<Path> jars;
    try (Stream<Path> files =
        Files.list(TestdataDir.path().resolve("target/real-operators/releases"))) {
      jars =
          files
              .filter(f -> f.getFileName().toString().startsWith("flink-kubernetes-operator-api-"))
              .sorted(Comparator.comparing(f -> numbered(version(f))))
              .toList();
    }
    assertThat(jars).as("the two releases the build copies").hasSize(2);
    oldVersion = version(jars.get(0));
    newVersion = version(jars.get(1));
    unpack(jars.get(0), work.resolve("old"));
    unpack(jars.get(1), work.resolve("new"));
  }

  @Test
  void theReportBetweenTwoReleasesIsTheReviewedOne() throws IOException {
    Run text = run("crd", "diff", "old", "new");
    Run json = run("crd", "diff", "old", "new", "--output", "json");

    Path golden =
        TestdataDir.path()
            .resolve("real-operators/flink/crd-diff-" + oldVersion + "-" + newVersion + ".txt");
    if (!Files.isRegularFile(golden) || !Files.readString(golden).equals(text.out)) {
      Path actual = TestdataDir.path().resolve("target/real-operators/" + golden.getFileName());
      Files.writeString(actual, text.out);
      assertThat(text.out)
          .as(
              "the report differs from %s (the new one is in %s): review it, and copy it over"
                  + " when it is right",
              golden, actual)
          .isEqualTo(Files.isRegularFile(golden) ? Files.readString(golden) : "");
    }
    JsonNode report = new ObjectMapper().readTree(json.out);
    long breaking = report.at("/summary/breaking").asLong();
    assertThat(text.code).as(text.err).isEqualTo(breaking > 0 ? 1 : 0);
    assertThat(json.code).isEqualTo(text.code);
    assertThat(report.get("findings")).hasSize(count(text.out, "\n          "));
    assertThat(text.out)
        .as("a release that adds a CRD: FlinkStateSnapshot came with 1.10")
        .contains("safe      flinkstatesnapshots.flink.apache.org\n          crd-added");
  }

  @Test
  void theOperatorsSamplesAreJudgedAgainstTheNewRelease() throws IOException {
    Path samples = TestdataDir.path().resolve("real-operators/flink/samples");
    Run valid = run("crd", "diff", "new", "new", "--samples", samples.resolve("valid").toString());
    Run invalid =
        run("crd", "diff", "new", "new", "--samples", samples.resolve("invalid").toString());

    assertThat(valid.code).as(valid.out + valid.err).isZero();
    assertThat(valid.out).contains("0 of 3 samples refused.");
    assertThat(invalid.code).isEqualTo(1);
    assertThat(invalid.out)
        .contains(".spec.job.upgradeMode: value \"sometimes\" is not one of")
        .contains("2 of 2 samples refused.");
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OpBoot.commandLine(work, new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static String version(Path jar) {
    String name = jar.getFileName().toString();
    return name.substring(
        "flink-kubernetes-operator-api-".length(), name.length() - ".jar".length());
  }

  /** A release's version, made to sort numerically: 1.7.0 before 1.10.0. */
  private static String numbered(String version) {
    StringBuilder key = new StringBuilder();
    for (String part : version.split("\\.")) {
      key.append(String.format("%08d.", Integer.parseInt(part)));
    }
    return key.toString();
  }

  private static void unpack(Path jar, Path into) throws IOException {
    Files.createDirectories(into);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        if (name.startsWith(FABRIC8_CRDS) && name.endsWith("-v1.yml")) {
          try (InputStream in = zip.getInputStream(entry)) {
            Files.writeString(
                into.resolve(name.substring(FABRIC8_CRDS.length())),
                new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
  }
}

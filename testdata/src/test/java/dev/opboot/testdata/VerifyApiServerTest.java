package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.cli.OpBoot;
import dev.opboot.testing.EnvTestAssets;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --verify} on a real kube-apiserver, started by op-boot itself from {@code
 * KUBEBUILDER_ASSETS}. The cases are ones the local validator deliberately leaves to the server: a
 * default that breaks a CEL rule of its own property (the validator type-checks CEL but evaluates
 * none), and a sample object that breaks a CEL rule. Without --verify op-boot accepts both; with
 * it, the server's refusal is reported, for generate at the Java line of the property.
 */
class VerifyApiServerTest {
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

  @TempDir Path dir;

  @BeforeEach
  void assets() {
    EnvTestAssets.assumeFound();
  }

  @Test
  void aRefusalOnlyTheServerFindsIsReportedAtTheJavaLine() throws Exception {
    Path source = widget("@Default(\"5\") @ValidationRule(\"self < 3\") public Integer size;");
    int line = lineOf(source, "public Integer size");

    Run local = generateCrd("local");
    assertThat(local.code()).as(local.err()).isZero();
    assertThat(dir.resolve("local/example.com_widgets.yaml")).exists();

    Run verified = generateCrd("out", "--verify");
    assertThat(verified.code()).as(verified.out()).isEqualTo(2);
    assertThat(verified.err())
        .contains(source + ":" + line + ":")
        .contains("kube-apiserver (--verify) refused the CRD widgets.example.com")
        .contains("openAPIV3Schema.properties[spec].properties[size].default")
        .contains("self < 3");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void whatTheServerAcceptsIsWritten() throws Exception {
    widget("@Default(\"2\") @ValidationRule(\"self < 3\") public Integer size;");
    Run verified = generateCrd("out", "--verify");
    assertThat(verified.code()).as(verified.err()).isZero();
    assertThat(verified.out()).contains("created    out/example.com_widgets.yaml");
  }

  @Test
  void samplesAreJudgedByTheServerWithVerify() throws Exception {
    Path inputs = TestdataDir.path().resolve("verify");
    Files.copy(inputs.resolve("widgets.yaml"), dir.resolve("crd.yaml"));
    Path samples = Files.createDirectories(dir.resolve("samples"));
    for (String sample : new String[] {"big.yaml", "small.yaml"}) {
      Files.copy(inputs.resolve("samples").resolve(sample), samples.resolve(sample));
    }

    Run local = run("crd", "diff", "crd.yaml", "crd.yaml", "--samples", "samples");
    assertThat(local.code()).as(local.out() + local.err()).isZero();

    Run verified = run("crd", "diff", "crd.yaml", "crd.yaml", "--samples", "samples", "--verify");
    assertThat(verified.code()).as(verified.out() + verified.err()).isEqualTo(1);
    assertThat(verified.out())
        .contains("samples/big.yaml")
        .contains("size must stay below 3")
        .contains("accepted  samples/small.yaml")
        .contains("1 of 2 samples refused");
  }

  private Path widget(String property) throws Exception {
    Path file = dir.resolve("api/com/example/Widget.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, WIDGET.formatted(property));
    return file;
  }

  private static int lineOf(Path file, String text) throws Exception {
    var lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  private Run generateCrd(String output, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "generate",
                "crd",
                "--source",
                "api",
                "--classpath",
                classpath(),
                "--output",
                output));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private static String classpath() {
    return TestClasspath.entries().stream()
        .map(Path::toAbsolutePath)
        .filter(Files::exists)
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OpBoot.commandLine(dir, new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}

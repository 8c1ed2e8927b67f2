package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate crd} on the real file system (javac reads real files), with this test's class
 * path.
 */
class GenerateCrdCommandTest {
  @TempDir Path tmp;

  private Path sources;
  private final String classpath = System.getProperty("java.class.path");

  @BeforeEach
  void api() throws Exception {
    sources = Files.createDirectories(tmp.resolve("api/com/example"));
    Files.writeString(
        sources.resolve("Thing.java"),
        """
        package com.example;
        /** Thing is a test kind. */
        @io.fabric8.kubernetes.model.annotation.Group("example.com")
        @io.fabric8.kubernetes.model.annotation.Version("v1")
        public class Thing extends io.fabric8.kubernetes.client.CustomResource<Thing.Spec, Void> {
          public static class Spec { @io.fabric8.generator.annotation.Min(1) public int size; }
        }
        """);
  }

  private CliRun generate(String... extra) {
    String[] args =
        new String[] {
          "generate", "crd", "--source", "api", "--classpath", classpath, "--output", "out"
        };
    String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return CliRun.in(tmp, all);
  }

  @Test
  void writesThenReportsUnchangedThenChecks() throws Exception {
    CliRun first = generate();
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("created    out/example.com_things.yaml");
    Path crd = tmp.resolve("out/example.com_things.yaml");
    assertThat(Files.readString(crd)).contains("name: things.example.com", "minimum: 1");

    CliRun second = generate();
    assertThat(second.out()).contains("unchanged  out/example.com_things.yaml");

    assertThat(generate("--check").exitCode()).isZero();
    Files.writeString(crd, Files.readString(crd).replace("minimum: 1", "minimum: 2"));
    byte[] stale = Files.readAllBytes(crd);
    CliRun check = generate("--check");
    assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(check.out())
        .contains(
            "--- a/out/example.com_things.yaml",
            "+++ b/out/example.com_things.yaml",
            "-                minimum: 2",
            "+                minimum: 1",
            "stale      out/example.com_things.yaml");
    assertThat(Files.readAllBytes(crd)).isEqualTo(stale);
  }

  @Test
  void sourceErrorsAreBadInputWithFileAndLineAndWriteNothing() throws Exception {
    Files.writeString(
        sources.resolve("Thing.java"),
        Files.readString(sources.resolve("Thing.java"))
            .replace(
                "@io.fabric8.generator.annotation.Min(1)",
                "@io.fabric8.generator.annotation.Min(5) @io.fabric8.generator.annotation.Max(1)"));
    CliRun run = generate();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("op-boot: error: " + sources.resolve("Thing.java") + ":6:")
        .contains("the minimum 5 is above the maximum 1");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void whatTheApiServerWouldRefuseIsBadInputEveryProblemAtItsLineAndNothingIsWritten()
      throws Exception {
    Files.writeString(
        sources.resolve("Thing.java"),
        """
        package com.example;
        import io.fabric8.generator.annotation.*;
        @io.fabric8.kubernetes.model.annotation.Group("example.com")
        @io.fabric8.kubernetes.model.annotation.Version("v1")
        public class Thing extends io.fabric8.kubernetes.client.CustomResource<Thing.Spec, Void> {
          public static class Spec {
            @ValidationRule("self.size() >") public String a;
            @ValidationRule("self.nosuchfield == 1") public String b;
            @Default("toolong") @Size(max = 3) public String c;
          }
        }
        """);
    CliRun run = generate();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    String file = sources.resolve("Thing.java").toString();
    assertThat(run.err())
        .contains(
            file + ":7:",
            "the rule 'self.size() >' does not compile",
            file + ":8:",
            "nosuchfield",
            file + ":9:",
            "the default \"toolong\" breaks its own schema",
            "Fix @Default or the constraint.");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aRuleTheServerWillLikelyRefuseForItsCostIsAWarningNamingTheBounds() throws Exception {
    Files.writeString(
        sources.resolve("Thing.java"),
        """
        package com.example;
        import io.fabric8.generator.annotation.*;
        @io.fabric8.kubernetes.model.annotation.Group("example.com")
        @io.fabric8.kubernetes.model.annotation.Version("v1")
        public class Thing extends io.fabric8.kubernetes.client.CustomResource<Thing.Spec, Void> {
          public static class Spec {
            @ValidationRule("self.all(x, x.matches('^[a-z]+$'))") public java.util.List<String> names;
          }
        }
        """);
    CliRun run = generate();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out() + run.err())
        .contains(
            sources.resolve("Thing.java") + ":7:",
            "warning: the API server will likely refuse the CRD things.example.com",
            "no maxItems",
            "maxLength");
    assertThat(tmp.resolve("out/example.com_things.yaml")).exists();
  }

  @Test
  void outsideAProjectSourceAndOutputAreNeeded() {
    CliRun run = CliRun.in(tmp, "generate", "crd");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("outside an op-boot project, pass --source");
    CliRun noOutput =
        CliRun.in(tmp, "generate", "crd", "--source", "api", "--classpath", classpath);
    assertThat(noOutput.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noOutput.err()).contains("pass --output");
  }

  @Test
  void kubeVersionChoosesTheBuiltInTypesAndVerboseSaysWhich() throws Exception {
    Files.writeString(
        sources.resolve("Thing.java"),
        Files.readString(sources.resolve("Thing.java"))
            .replace(
                "@io.fabric8.generator.annotation.Min(1) public int size;",
                "public io.fabric8.kubernetes.api.model.EnvVarSource env;"));
    CliRun run =
        CliRun.in(
            tmp,
            "--verbose",
            "generate",
            "crd",
            "--source",
            "api",
            "--classpath",
            classpath,
            "--output",
            "out",
            "--kube-version",
            "1.33");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "crd: Kubernetes built-in types of Kubernetes 1.33 (as --kube-version asks)",
            sources.resolve("Thing.java") + ":6:",
            ": warning: io.fabric8.kubernetes.api.model.EnvVarSource has the property"
                + " 'fileKeyRef', which the Kubernetes 1.33 type catalogue lacks;",
            "pass --kube-version 1.34");
    assertThat(Files.readString(tmp.resolve("out/example.com_things.yaml")))
        .contains("fileKeyRef:");

    // by default the class path's fabric8 (7.5.2, Kubernetes 1.34) chooses: nothing to warn about
    CliRun byDefault = generate();
    assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
    assertThat(byDefault.out()).doesNotContain("warning:", "Kubernetes built-in types");
  }

  @Test
  void anUnknownKubeVersionIsAUsageErrorListingTheShippedOnes() {
    CliRun run = generate("--kube-version", "1.29");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains(
            "--kube-version 1.29 is not a Kubernetes version op-boot has built-in type schemas"
                + " for; use one of 1.30, 1.31, 1.32, 1.33, 1.34");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void negativeDescriptionLengthIsAUsageError() {
    CliRun run = generate("--max-desc-len", "-1");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--max-desc-len must be 0 or more");
  }

  @Test
  void switchesTakeNoValueOrTrueOrFalseAndTheirHelpSaysWhatControllerGenDoes() throws Exception {
    Files.writeString(
        sources.resolve("Big.java"),
        """
        package com.example;
        @io.fabric8.kubernetes.model.annotation.Group("example.com")
        @io.fabric8.kubernetes.model.annotation.Version("v1")
        public class Big extends io.fabric8.kubernetes.client.CustomResource<Big.Spec, Void> {
          public static class Spec {
            @dev.opboot.annotations.RelaxRequired
            public io.fabric8.kubernetes.api.model.PodTemplateSpec pods;
          }
        }
        """);
    CliRun large = generate();
    assertThat(large.exitCode()).as(large.err()).isZero();
    assertThat(large.out())
        .contains("warning: ")
        .contains("Big.java:")
        .contains("the CRD example.com_bigs.yaml is ")
        .contains("--drop-builtin-descriptions");
    CliRun dropped = generate("--drop-builtin-descriptions");
    assertThat(dropped.exitCode()).as(dropped.err()).isZero();
    assertThat(dropped.out()).doesNotContain("warning:");
    assertThat(generate("--drop-builtin-descriptions=false").out()).contains("warning:");
    CliRun bad = generate("--bare-object-meta=maybe");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--bare-object-meta");
    assertThat(CliRun.in(tmp, "generate", "crd", "--help").out())
        .contains("--bare-object-meta", "controller-gen")
        .contains("--relax-required-in-templates", "--drop-builtin-descriptions");
  }

  @Test
  void includeAndExcludeChooseTheResourceClasses() throws Exception {
    Files.writeString(
        sources.resolve("Other.java"),
        """
        package com.example;
        @io.fabric8.kubernetes.model.annotation.Group("example.com")
        @io.fabric8.kubernetes.model.annotation.Version("v1")
        public class Other extends io.fabric8.kubernetes.client.CustomResource<Void, Void> {}
        """);
    CliRun excluded = generate("--exclude", "com.example.Other");
    assertThat(excluded.exitCode()).as(excluded.err()).isZero();
    assertThat(tmp.resolve("out"))
        .isDirectoryContaining(p -> p.endsWith("example.com_things.yaml"));
    assertThat(tmp.resolve("out/example.com_others.yaml")).doesNotExist();

    CliRun included = generate("--include", "com.example.Oth*");
    assertThat(included.exitCode()).as(included.err()).isZero();
    assertThat(included.out()).contains("created    out/example.com_others.yaml");
    assertThat(included.out()).doesNotContain("example.com_things.yaml");

    CliRun none = generate("--include", "org.other");
    assertThat(none.exitCode()).as(none.err()).isZero();
    assertThat(none.out() + none.err())
        .contains("No custom resource classes")
        .contains("that --include [org.other] and --exclude [] accept; check the patterns.");

    CliRun bad = generate("--include", "com/example");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err())
        .contains("--include takes comma-separated class or package names")
        .contains("'com/example'");
  }
}

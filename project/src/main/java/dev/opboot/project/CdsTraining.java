package dev.opboot.project;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The training run behind the launcher's class-data sharing archive: install.sh runs it once as
 * {@code java -XX:ArchiveClassesAtExit=op-boot.jsa -jar op-boot.jar cds-training DIR} (a hidden
 * command), and the JVM archives every class it loaded, op-boot's and the JDK compiler's, parsed
 * and verified, for later runs to map instead of loading again. It runs, in this one process and
 * inside {@code DIR}, what users run most: {@code --help}, {@code init}, {@code create api}, {@code
 * generate crd} (on a small API compiled against stand-ins of the fabric8 classes, packed in a jar
 * like real dependencies) and {@code version}. It is not a command; its output is discarded, and a
 * failure only makes the archive smaller.
 */
public final class CdsTraining {
  private CdsTraining() {}

  /**
   * Runs op-boot's command line in-process: its exit code for {@code args}, run in {@code
   * workingDirectory}.
   */
  @FunctionalInterface
  public interface CommandLine {
    int execute(Path workingDirectory, PrintWriter out, String... args);
  }

  /**
   * Runs the training inside {@code dir} through {@code opBoot}; returns the steps that did not
   * succeed, with their output (the archive is only smaller for them).
   */
  public static List<String> run(Path dir, CommandLine opBoot) throws IOException {
    dir = dir.toAbsolutePath();
    Path project = dir.resolve("project");
    Files.createDirectories(project);
    StringWriter log = new StringWriter();
    List<String> failed = new ArrayList<>();
    run(opBoot, project, log, failed, "--help");
    run(opBoot, project, log, failed, "init", "--domain", "example.com");
    run(
        opBoot,
        project,
        log,
        failed,
        "create",
        "api",
        "--group",
        "webapp",
        "--version",
        "v1",
        "--kind",
        "Guestbook");
    Path jar = stubsJar(dir);
    Path api = dir.resolve("api");
    for (Map.Entry<String, String> source : API.entrySet()) {
      write(api.resolve(source.getKey()), source.getValue());
    }
    if (jar != null) {
      run(
          opBoot,
          dir,
          log,
          failed,
          "generate",
          "crd",
          "--source",
          api.toString(),
          "--classpath",
          jar.toString(),
          "--output",
          dir.resolve("crds").toString());
    }
    run(opBoot, dir, log, failed, "version");
    if (!failed.isEmpty()) {
      failed.add(log.toString());
    }
    return failed;
  }

  private static void run(
      CommandLine opBoot,
      Path workingDirectory,
      StringWriter log,
      List<String> failed,
      String... args) {
    PrintWriter out = new PrintWriter(log);
    int code = opBoot.execute(workingDirectory, out, args);
    out.flush();
    if (code != 0) {
      failed.add(String.join(" ", args) + " -> " + code);
    }
  }

  /**
   * The stand-ins compiled with the JDK's compiler (itself worth archiving) and packed into a jar.
   */
  private static Path stubsJar(Path dir) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return null;
    }
    Path src = dir.resolve("stubs-src");
    Path classes = dir.resolve("stubs-classes");
    List<String> args = new ArrayList<>(List.of("-nowarn", "-d", classes.toString()));
    for (Map.Entry<String, String> stub : STUBS.entrySet()) {
      Path file = src.resolve(stub.getKey());
      write(file, stub.getValue());
      args.add(file.toString());
    }
    OutputStream quiet = OutputStream.nullOutputStream();
    if (javac.run(null, quiet, quiet, args.toArray(String[]::new)) != 0) {
      return null;
    }
    Path jar = dir.resolve("stubs.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Just enough of fabric8's API for the training API to compile and be read. */
  private static final Map<String, String> STUBS =
      Map.of(
          "io/fabric8/kubernetes/client/CustomResource.java",
          """
          package io.fabric8.kubernetes.client;
          public abstract class CustomResource<S, T> {
            protected S spec;
            protected T status;
            public S getSpec() { return spec; }
            public T getStatus() { return status; }
          }
          """,
          "io/fabric8/kubernetes/api/model/Namespaced.java",
          "package io.fabric8.kubernetes.api.model;\npublic interface Namespaced {}\n",
          "io/fabric8/kubernetes/api/model/Condition.java",
          "package io.fabric8.kubernetes.api.model;\npublic class Condition {}\n",
          "io/fabric8/kubernetes/api/model/ObjectReference.java",
          "package io.fabric8.kubernetes.api.model;\npublic class ObjectReference {}\n",
          "io/fabric8/kubernetes/model/annotation/Group.java",
          """
          package io.fabric8.kubernetes.model.annotation;
          @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
          public @interface Group { String value(); }
          """,
          "io/fabric8/kubernetes/model/annotation/Version.java",
          """
          package io.fabric8.kubernetes.model.annotation;
          @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
          public @interface Version {
            String value();
            boolean storage() default true;
            boolean served() default true;
          }
          """,
          "io/fabric8/generator/annotation/Min.java",
          """
          package io.fabric8.generator.annotation;
          @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
          public @interface Min { double value(); boolean inclusive() default true; }
          """,
          "io/fabric8/generator/annotation/Pattern.java",
          """
          package io.fabric8.generator.annotation;
          @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
          public @interface Pattern { String value(); }
          """,
          "io/fabric8/generator/annotation/Required.java",
          """
          package io.fabric8.generator.annotation;
          @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
          public @interface Required {}
          """,
          // a rule, so that the CEL type-checker's classes are in the archive too
          "io/fabric8/generator/annotation/ValidationRule.java",
          """
          package io.fabric8.generator.annotation;
          @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
          public @interface ValidationRule {
            String value();
            String message() default "";
            String messageExpression() default "";
            String reason() default "";
            String fieldPath() default "";
            boolean optionalOldSelf() default false;
          }
          """);

  /**
   * A small API in the shape op-boot scaffolds: a custom resource, its spec, status and an enum.
   */
  private static final Map<String, String> API =
      Map.of(
          "training/v1/Sample.java",
              """
          package training.v1;
          import io.fabric8.kubernetes.api.model.Namespaced;
          import io.fabric8.kubernetes.client.CustomResource;
          import io.fabric8.kubernetes.model.annotation.Group;
          import io.fabric8.kubernetes.model.annotation.Version;
          /** Sample is the Schema for the samples API. */
          @Group("training.opboot.dev")
          @Version("v1")
          public class Sample extends CustomResource<SampleSpec, SampleStatus> implements Namespaced {}
          """,
          "training/v1/SampleSpec.java",
              """
          package training.v1;
          import io.fabric8.generator.annotation.Min;
          import io.fabric8.generator.annotation.Pattern;
          import io.fabric8.generator.annotation.Required;
          import io.fabric8.generator.annotation.ValidationRule;
          import io.fabric8.kubernetes.api.model.ObjectReference;
          import java.util.List;
          import java.util.Map;
          /** SampleSpec defines the desired state of Sample. */
          public class SampleSpec {
            /** Name of the thing, lower case. */
            @Required
            @Pattern("^[a-z]+$")
            @ValidationRule("self.size() <= 63 && !self.contains('--')")
            private String name;
            /** How many, at least one. */
            @Min(1)
            private Integer size;
            /** Mode it runs in. */
            private Mode mode;
            /** Free-form tags. */
            private List<String> tags;
            /** Labels to apply. */
            private Map<String, String> labels;
            /** What it points at. */
            private ObjectReference target;
            public String getName() { return name; }
            public void setName(String name) { this.name = name; }
            public Integer getSize() { return size; }
            public void setSize(Integer size) { this.size = size; }
            public Mode getMode() { return mode; }
            public List<String> getTags() { return tags; }
            public Map<String, String> getLabels() { return labels; }
            public ObjectReference getTarget() { return target; }
          }
          """,
          "training/v1/Mode.java",
              """
          package training.v1;
          /** Mode says how it runs. */
          public enum Mode { Fast, Safe }
          """,
          "training/v1/SampleStatus.java",
              """
          package training.v1;
          import io.fabric8.kubernetes.api.model.Condition;
          import java.util.List;
          /** SampleStatus defines the observed state of Sample. */
          public class SampleStatus {
            /** Conditions of the Sample. */
            private List<Condition> conditions;
            /** Generation last seen. */
            private Long observedGeneration;
            public List<Condition> getConditions() { return conditions; }
            public Long getObservedGeneration() { return observedGeneration; }
          }
          """);
}

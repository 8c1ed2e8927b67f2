package dev.opboot.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.CrdGenerator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real operator's API that op-boot must read unchanged (#14), as this module's build provides it:
 * its sources unpacked from the {@code -sources} jar, its jar and dependencies on this test's class
 * path, the provided dependencies its own build compiles with (Lombok, annotation jars) copied
 * beside them, and the reference CRDs op-boot's are compared with.
 *
 * <ul>
 *   <li>Apache Flink's Kubernetes operator API ships the CRDs fabric8's generator made for it in
 *       its jar ({@code META-INF/fabric8/*.yml}): those are the reference.
 *   <li>Strimzi's API makes its CRDs with Strimzi's own generator, and its jar ships none: the
 *       reference is what fabric8's {@code crd-generator-cli} (the version op-boot follows) makes
 *       from the API's compiled classes, run here as its users run it.
 * </ul>
 */
enum RealOperator {
  FLINK("flink", "flink-kubernetes-operator-api", "provided", "flink.apache.org"),
  STRIMZI("strimzi", "strimzi-api", "strimzi-provided", "kafka.strimzi.io");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String id;
  private final String sourcesDir;
  private final String providedDir;
  private final String group;

  RealOperator(String id, String sourcesDir, String providedDir, String group) {
    this.id = id;
    this.sourcesDir = sourcesDir;
    this.providedDir = providedDir;
    this.group = group;
  }

  /** The API's Maven coordinates with the version this build resolved. */
  String artifact() {
    String artifactId = this == FLINK ? "flink-kubernetes-operator-api" : "api";
    String groupPath = this == FLINK ? "/org/apache/flink/" : "/io/strimzi/";
    Path jar =
        TestClasspath.entries().stream()
            .filter(p -> p.toString().contains(groupPath + artifactId + "/"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(artifactId + " not on the class path"));
    return (this == FLINK ? "org.apache.flink" : "io.strimzi")
        + ":"
        + artifactId
        + ":"
        + jar.getParent().getFileName();
  }

  /** Where the reference CRDs come from, for the report. */
  String referenceOrigin() {
    return this == FLINK
        ? "the CRDs fabric8's generator made for Flink, shipped in its jar (META-INF/fabric8)"
        : "the CRDs fabric8's crd-generator-cli (the version op-boot follows) makes from the jar's"
            + " classes; Strimzi's jar ships none";
  }

  /** The folder name under {@code testdata/real-operators}: {@code flink}, {@code strimzi}. */
  String id() {
    return id;
  }

  /** Where this target's samples and goldens live. */
  Path testdata() {
    return TestdataDir.path().resolve("real-operators").resolve(id);
  }

  /** The API's sources, as the maven-dependency-plugin unpacks them from the sources jar. */
  Path sources() {
    return TestdataDir.path().resolve("target/real-operators").resolve(sourcesDir);
  }

  /**
   * This test JVM's class path (the API's jar and its dependencies) and the provided dependencies
   * the API's build compiles its sources with, which javac names when they are missing.
   */
  List<Path> classpath() throws IOException {
    List<Path> entries = new ArrayList<>(TestClasspath.entries());
    try (Stream<Path> jars =
        Files.list(TestdataDir.path().resolve("target/real-operators").resolve(providedDir))) {
      jars.sorted().forEach(entries::add);
    }
    return entries;
  }

  /** {@code generate crd}'s options for this API with nothing but its defaults. */
  CrdGenerator.Options options() throws IOException {
    return new CrdGenerator.Options(List.of(sources()), classpath(), null, "test");
  }

  /** op-boot's CRDs by file name, generated with the defaults. */
  SortedMap<String, String> crds() throws Exception {
    return CrdGenerator.generate(options());
  }

  /** op-boot's CRDs by CRD name ({@code <plural>.<group>}). */
  SortedMap<String, JsonNode> crdsByName() throws Exception {
    SortedMap<String, JsonNode> byName = new TreeMap<>();
    for (String yaml : crds().values()) {
      JsonNode crd = YAML.readTree(yaml);
      byName.put(crd.at("/metadata/name").asText(), crd);
    }
    return byName;
  }

  /** The reference CRDs (fabric8-made) by CRD name, as YAML text. */
  SortedMap<String, String> referenceCrds() throws Exception {
    return switch (this) {
      case FLINK -> shippedReference();
      case STRIMZI -> fabric8Reference();
    };
  }

  /** The CRDs fabric8 made for Flink, as Flink ships them in its jar. */
  private SortedMap<String, String> shippedReference() throws IOException {
    SortedMap<String, String> out = new TreeMap<>();
    for (String plural : List.of("flinkdeployments", "flinksessionjobs", "flinkstatesnapshots")) {
      String name = plural + "." + group;
      String resource = "META-INF/fabric8/" + name + "-v1.yml";
      try (InputStream in = RealOperator.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is not on the class path");
        }
        out.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /**
   * Runs fabric8's crd-generator-cli on the API's jar with its class path, once per test JVM
   * (cached under target/), and reads what it writes.
   */
  private synchronized SortedMap<String, String> fabric8Reference() throws Exception {
    Path out = TestdataDir.path().resolve("target/real-operators/reference").resolve(id);
    if (!Files.isDirectory(out)) {
      Path tmp = Files.createDirectories(out.resolveSibling(id + ".tmp"));
      Path cli = onlyJar(TestdataDir.path().resolve("target/real-operators/tools"));
      Path apiJar =
          TestClasspath.entries().stream()
              .filter(p -> p.toString().contains("/io/strimzi/api/"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("Strimzi's API jar not on class path"));
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of("-jar", cli.toString(), "-o", tmp.toString(), "-cp"));
      command.add(
          String.join(File.pathSeparator, classpath().stream().map(Path::toString).toList()));
      command.add(apiJar.toString());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolveSibling(id + ".log").toFile())
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "fabric8's crd-generator-cli failed: see " + tmp.resolveSibling(id + ".log"));
      }
      Files.move(tmp, out);
    }
    SortedMap<String, String> crds = new TreeMap<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        String yaml = Files.readString(file);
        crds.put(YAML.readTree(yaml).at("/metadata/name").asText(), yaml);
      }
    }
    return crds;
  }

  private static Path onlyJar(Path dir) throws IOException {
    try (Stream<Path> jars = Files.list(dir)) {
      List<Path> all = jars.filter(f -> f.toString().endsWith(".jar")).toList();
      if (all.size() != 1) {
        throw new IllegalStateException("expected one jar in " + dir + ", found " + all);
      }
      return all.get(0);
    }
  }
}

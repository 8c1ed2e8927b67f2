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
 *   <li>Strimzi's Kafka Access Operator, a JOSDK operator, has a small hand-written API whose jar
 *       ships the CRD fabric8's generator made for it ({@code META-INF/fabric8}), like Flink's.
 * </ul>
 */
enum RealOperator {
  FLINK(
      "flink",
      "org.apache.flink:flink-kubernetes-operator-api",
      "flink-kubernetes-operator-api",
      "provided",
      List.of(
          "flinkdeployments.flink.apache.org",
          "flinksessionjobs.flink.apache.org",
          "flinkstatesnapshots.flink.apache.org")),
  STRIMZI("strimzi", "io.strimzi:api", "strimzi-api", "strimzi-provided", List.of()),
  ACCESS(
      "strimzi-access",
      "io.strimzi.access-operator:api",
      "access-operator-api",
      "access-operator-provided",
      List.of("kafkaaccesses.access.strimzi.io"));

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String id;
  private final String coordinates;
  private final String sourcesDir;
  private final String providedDir;
  private final List<String> shippedCrds;

  /**
   * @param coordinates the API's group and artifact id
   * @param shippedCrds the CRDs fabric8 made that the jar ships under {@code META-INF/fabric8}, by
   *     name; empty when it ships none and fabric8's crd-generator-cli makes the reference
   */
  RealOperator(
      String id,
      String coordinates,
      String sourcesDir,
      String providedDir,
      List<String> shippedCrds) {
    this.id = id;
    this.coordinates = coordinates;
    this.sourcesDir = sourcesDir;
    this.providedDir = providedDir;
    this.shippedCrds = shippedCrds;
  }

  /** The API's Maven coordinates with the version this build resolved. */
  String artifact() {
    return coordinates + ":" + jar().getParent().getFileName();
  }

  /**
   * A loader for the API's classes at run time. The Kafka Access Operator's status extends JOSDK
   * 4's {@code ObservedGenerationAwareStatus}, which the JOSDK 5 of this test's class path lacks:
   * its classes load from its jar with the provided JOSDK 4 beside it, everything else from {@code
   * parent}. The other APIs load from {@code parent}.
   */
  ClassLoader classes(ClassLoader parent) throws IOException {
    if (this != ACCESS) {
      return parent;
    }
    List<java.net.URL> urls = new ArrayList<>();
    urls.add(jar().toUri().toURL());
    try (Stream<Path> jars =
        Files.list(TestdataDir.path().resolve("target/real-operators").resolve(providedDir))) {
      for (Path provided : jars.sorted().toList()) {
        urls.add(provided.toUri().toURL());
      }
    }
    String own = "io.strimzi.kafka.access.";
    return new java.net.URLClassLoader(urls.toArray(java.net.URL[]::new), parent) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(own)) {
          return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
          Class<?> loaded = findLoadedClass(name);
          return loaded != null ? loaded : findClass(name);
        }
      }
    };
  }

  /** The API's jar on this test's class path, found by its folder in the Maven repository. */
  private Path jar() {
    String[] groupAndArtifact = coordinates.split(":");
    String folder = "/" + groupAndArtifact[0].replace('.', '/') + "/" + groupAndArtifact[1] + "/";
    return TestClasspath.entries().stream()
        .filter(p -> p.toString().replace(File.separatorChar, '/').contains(folder))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(coordinates + " is not on the class path"));
  }

  /** Where the reference CRDs come from, for the report. */
  String referenceOrigin() {
    return switch (this) {
      case FLINK ->
          "the CRDs fabric8's generator made for Flink, shipped in its jar (META-INF/fabric8)";
      case STRIMZI ->
          "the CRDs fabric8's crd-generator-cli (the version op-boot follows) makes from the jar's"
              + " classes; Strimzi's jar ships none";
      case ACCESS ->
          "the CRD fabric8's generator made for the Kafka Access Operator, shipped in its jar"
              + " (META-INF/fabric8)";
    };
  }

  /**
   * The folder name under {@code testdata/real-operators}: {@code flink}, {@code strimzi}, {@code
   * strimzi-access}.
   */
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
    return shippedCrds.isEmpty() ? fabric8Reference() : shippedReference();
  }

  /** The CRDs fabric8 made for the API, as its jar ships them. */
  private SortedMap<String, String> shippedReference() throws IOException {
    SortedMap<String, String> out = new TreeMap<>();
    for (String name : shippedCrds) {
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
      Path apiJar = jar();
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

package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.CrdGenerator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No field of a fabric8 model class is pruned (#14, acceptance 2): every property of every fabric8
 * Kubernetes model class reachable from a test API, as the project's Jackson serialises it (the
 * {@link BeanDescription} of fabric8's own {@link KubernetesSerialization} mapper), is in op-boot's
 * generated schema at its JSON path. The APIs: the CRD corpus's Java twins, the golden scaffold's,
 * and the real operators' APIs, Apache Flink's and Strimzi's ({@link RealOperator}). The CRDs are
 * generated with the default Kubernetes version, which the class path's fabric8 model chooses.
 *
 * <p>{@code ObjectMeta} is checked as op-boot deliberately describes it, not property by property.
 * At the root the API server itself forbids anything but {@code type: object} there, so it is
 * skipped. Below the root (pod templates, {@code serviceMetadata}) op-boot describes the five
 * fields a user sets in an embedded object's metadata, as controller-gen's {@code
 * generateEmbeddedObjectMeta=true} does: {@code name}, {@code namespace}, {@code labels}, {@code
 * annotations} and {@code finalizers}. Those five must be in the schema; ObjectMeta's other fields
 * ({@code uid}, {@code resourceVersion}, {@code managedFields}, ...) are the server's to set, are
 * meaningless in a template, and are left out on purpose, so they are not checked.
 */
class Fabric8ModelCoverageTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JACKSON = fabric8Mapper();
  private static final String MODEL = "io.fabric8.kubernetes.api.model.";
  private static final String OBJECT_META = MODEL + "ObjectMeta";

  /**
   * The fields of an ObjectMeta below the root that op-boot describes (the class Javadoc says why).
   */
  private static final List<String> EMBEDDED_OBJECT_META =
      List.of("name", "namespace", "labels", "annotations", "finalizers");

  /** Classes described by a fixed schema rather than their bean properties. */
  private static final List<String> FIXED =
      List.of(
          MODEL + "Quantity",
          MODEL + "IntOrString",
          MODEL + "Duration",
          MODEL + "MicroTime",
          MODEL + "Time",
          MODEL + "GenericKubernetesResource",
          MODEL + "runtime.RawExtension",
          MODEL + "AnyType");

  @TempDir Path tmp;

  /** A mapper configured as fabric8's own serialisation configures its mapper. */
  private static ObjectMapper fabric8Mapper() {
    ObjectMapper mapper = new ObjectMapper();
    new KubernetesSerialization(mapper, true);
    return mapper;
  }

  static Stream<String> corpusCases() throws IOException {
    try (Stream<Path> dirs = Files.list(TestdataDir.path().resolve("crd"))) {
      return dirs
          .filter(d -> Files.isDirectory(d.resolve("java")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("corpusCases")
  void corpusApisKeepEveryFabric8Property(String name) throws Exception {
    Path sources = TestdataDir.path().resolve("crd").resolve(name).resolve("java/src/main/java");
    Coverage coverage = coverage(sources, TestClasspath.entries(), compile(sources));
    assertThat(coverage.missing).as("fabric8 properties missing from %s's CRDs", name).isEmpty();
  }

  @Test
  void theCronJobCorpusChecksTheWholeJobTemplate() throws Exception {
    Path sources = TestdataDir.path().resolve("crd/cronjob/java/src/main/java");
    Coverage coverage = coverage(sources, TestClasspath.entries(), compile(sources));
    // JobTemplateSpec → PodSpec → Container, ...: hundreds of properties, so the walk is real
    assertThat(coverage.checked).hasSizeGreaterThan(500);
    assertThat(coverage.checked)
        .contains(
            MODEL + "EnvVarSource.fileKeyRef",
            MODEL + "Lifecycle.stopSignal",
            MODEL + "PodSpec.hostnameOverride",
            MODEL + "Container.restartPolicyRules");
    assertThat(coverage.missing).isEmpty();
  }

  @Test
  void theGoldenScaffoldsApiKeepsEveryFabric8Property() throws Exception {
    Path api = goldenApi(tmp);
    Coverage coverage = coverage(api, TestClasspath.entries(), compile(api));
    assertThat(coverage.checked).contains(MODEL + "Condition.lastTransitionTime");
    assertThat(coverage.missing).isEmpty();
  }

  @Test
  void flinksApiKeepsEveryFabric8Property() throws Exception {
    // Flink's classes are on this test's class path (the API jar), its sources unpacked beside it
    Coverage coverage =
        coverage(
            RealOperatorsTest.flinkSources(),
            RealOperatorsTest.flinkClasspath(),
            getClass().getClassLoader());
    assertThat(coverage.checked)
        .contains(
            MODEL + "PodSpec.containers",
            MODEL + "EnvVarSource.fileKeyRef",
            OBJECT_META + ".labels",
            OBJECT_META + ".finalizers");
    assertThat(coverage.checked).doesNotContain(OBJECT_META + ".uid");
    assertThat(coverage.missing).isEmpty();
  }

  @Test
  void strimzisApiKeepsEveryFabric8Property() throws Exception {
    // Strimzi's classes are on this test's class path (the API jar), its sources unpacked beside it
    Coverage coverage =
        coverage(
            RealOperator.STRIMZI.sources(),
            RealOperator.STRIMZI.classpath(),
            getClass().getClassLoader());
    assertThat(coverage.checked)
        .contains(MODEL + "Toleration.effect", MODEL + "PodSecurityContext.runAsNonRoot");
    assertThat(coverage.missing).isEmpty();
  }

  /** What one API's walk found: the fabric8 properties checked and those the schema lacks. */
  private static final class Coverage {
    final TreeSet<String> checked = new TreeSet<>();
    final List<String> missing = new ArrayList<>();
    final List<String> resources = new ArrayList<>();
  }

  private Coverage coverage(Path sources, List<Path> classpath, ClassLoader classes)
      throws Exception {
    SortedMap<String, String> crds =
        CrdGenerator.generate(new CrdGenerator.Options(List.of(sources), classpath, null, "test"));
    Map<String, JsonNode> schemas = new TreeMap<>();
    for (String yaml : crds.values()) {
      JsonNode crd = YAML.readTree(yaml);
      for (JsonNode version : crd.at("/spec/versions")) {
        schemas.put(
            crd.at("/spec/group").asText()
                + "/"
                + version.get("name").asText()
                + "/"
                + crd.at("/spec/names/kind").asText(),
            version.at("/schema/openAPIV3Schema"));
      }
    }
    Coverage coverage = new Coverage();
    List<Class<?>> resources = resourceClasses(sources, classes);
    assertThat(resources).as("resource classes under %s", sources).isNotEmpty();
    for (Class<?> resource : resources) {
      String key =
          resource.getAnnotation(Group.class).value()
              + "/"
              + resource.getAnnotation(Version.class).value()
              + "/"
              + HasMetadata.getKind(resource);
      JsonNode schema = schemas.get(key);
      if (schema == null) {
        continue; // a version the CRD leaves out (such as one fabric8 is told to skip)
      }
      coverage.resources.add(key);
      walk(JACKSON.constructType(resource), schema, key, new ArrayDeque<>(), coverage);
    }
    assertThat(coverage.resources).as("resources of %s with a CRD schema", sources).isNotEmpty();
    return coverage;
  }

  /**
   * Walks the Java type as Jackson serialises it beside its schema; at every property of a fabric8
   * model class, the schema must have the property.
   */
  private static void walk(
      JavaType type, JsonNode schema, String path, Deque<Class<?>> stack, Coverage coverage) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    if (type.isReferenceType()) {
      walk(type.getReferencedType(), schema, path, stack, coverage);
      return;
    }
    if (type.isMapLikeType()) {
      walk(type.getContentType(), schema.get("additionalProperties"), path + ".*", stack, coverage);
      return;
    }
    if (type.isContainerType()) {
      walk(type.getContentType(), schema.get("items"), path + "[*]", stack, coverage);
      return;
    }
    Class<?> raw = type.getRawClass();
    if (raw.getName().equals(OBJECT_META)) {
      boolean root = stack.size() == 1;
      if (!root) {
        checkEmbeddedObjectMeta(schema, path, coverage);
      }
      return;
    }
    if (raw.isPrimitive()
        || raw.isEnum()
        || raw.getName().startsWith("java.")
        || raw.getName().startsWith("com.fasterxml.")
        || FIXED.contains(raw.getName())
        || raw.isInterface()
        || Modifier.isAbstract(raw.getModifiers())
        || stack.contains(raw)) {
      return;
    }
    boolean model = raw.getName().startsWith(MODEL);
    if (!schema.has("properties")
        && schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
      return; // every property is kept
    }
    BeanDescription bean = JACKSON.getSerializationConfig().introspect(type);
    stack.push(raw);
    for (BeanPropertyDefinition property : bean.findProperties()) {
      if (!property.couldSerialize()) {
        continue;
      }
      JsonNode child = schema.path("properties").get(property.getName());
      if (model) {
        String name = raw.getName() + "." + property.getName();
        coverage.checked.add(name);
        if (child == null) {
          coverage.missing.add(path + "." + property.getName() + " (" + name + ")");
        }
      }
      if (child != null) {
        walk(property.getPrimaryType(), child, path + "." + property.getName(), stack, coverage);
      }
    }
    stack.pop();
  }

  /** The golden scaffold's API sources, copied under {@code tmp}. */
  static Path goldenApi(Path tmp) throws IOException {
    Path api = tmp.resolve("golden-api");
    Path golden = TestdataDir.path().resolve("scaffold/golden/src/main/java");
    try (Stream<Path> files = Files.walk(golden)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".java") && f.toString().contains("/api/"))
              .toList()) {
        Path target = api.resolve(golden.relativize(file));
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return api;
  }

  /** An ObjectMeta below the root: the five fields a template's metadata carries are described. */
  private static void checkEmbeddedObjectMeta(JsonNode schema, String path, Coverage coverage) {
    if (!schema.has("properties")
        && schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
      return; // every field is kept
    }
    for (String field : EMBEDDED_OBJECT_META) {
      String name = OBJECT_META + "." + field;
      coverage.checked.add(name);
      if (schema.path("properties").get(field) == null) {
        coverage.missing.add(path + "." + field + " (" + name + ")");
      }
    }
  }

  /** The concrete classes with @Group and @Version under {@code sources}, loaded. */
  static List<Class<?>> resourceClasses(Path sources, ClassLoader loader) throws IOException {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = sources.relativize(file).toString().replace(".java", "").replace('/', '.');
        Class<?> type;
        try {
          type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          continue; // package-info and the like
        }
        if (CustomResource.class.isAssignableFrom(type)
            && !Modifier.isAbstract(type.getModifiers())
            && type.getTypeParameters().length == 0
            && type.isAnnotationPresent(Group.class)
            && type.isAnnotationPresent(Version.class)) {
          out.add(type);
        }
      }
    }
    return out;
  }

  /** Compiles {@code sources} against this test's class path; a loader for the classes. */
  private ClassLoader compile(Path sources) throws IOException {
    return compile(sources, tmp);
  }

  /** Compiles {@code sources} into a folder under {@code tmp}; a loader for the classes. */
  static ClassLoader compile(Path sources, Path tmp) throws IOException {
    return compile(sources, tmp, null);
  }

  /**
   * As {@link #compile(Path, Path)}, running the annotation processor in {@code processor} (such as
   * Lombok's jar, also put on the class path), or none when null.
   */
  static ClassLoader compile(Path sources, Path tmp, Path processor) throws IOException {
    Path classes = Files.createTempDirectory(tmp, "classes");
    String classpath = System.getProperty("java.class.path");
    List<String> args = new ArrayList<>();
    if (processor == null) {
      args.add("-proc:none");
    } else {
      args.addAll(List.of("-processorpath", processor.toString()));
      classpath = processor + java.io.File.pathSeparator + classpath;
    }
    args.addAll(List.of("-nowarn", "-d", classes.toString(), "-classpath", classpath));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int exit = javac.run(null, null, null, args.toArray(String[]::new));
    assertThat(exit).as("javac on %s", sources).isZero();
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, Fabric8ModelCoverageTest.class.getClassLoader());
  }
}

package dev.opboot.generate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of the Kubernetes version a fabric8 release models has every property that
 * release's classes serialise, as Jackson sees them: the fact {@link
 * KubernetesVersions.Choice#coversModel} relies on to skip walking fabric8's classes, and a check
 * of {@link KubernetesVersions}' table. For the fabric8 on this test's class path (every model
 * artifact), and for an older release of each row of the table ({@code kubernetes-model-core} only,
 * copied to {@code target/fabric8-models} by the build, versions pinned in the reactor pom).
 */
class CatalogueCoversFabric8Test {
  private static final String MODEL = "io.fabric8.kubernetes.api.model.";
  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void theModelledVersionsCatalogueHasEveryPropertyOfTheClassPathsFabric8() throws Exception {
    List<Path> classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of)
            .toList();
    String fabric8 = KubernetesVersions.fabric8Version(classpath).orElseThrow();
    Coverage coverage = coverage(fabric8, getClass().getClassLoader(), name -> true);
    assertThat(coverage.checked).as("properties checked").isGreaterThan(1500);
    assertThat(coverage.missing).as("fabric8 %s properties the catalogue lacks", fabric8).isEmpty();
  }

  static Stream<Path> olderReleases() throws Exception {
    try (Stream<Path> jars = Files.list(Path.of("target/fabric8-models"))) {
      return jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("olderReleases")
  void theModelledVersionsCatalogueHasEveryPropertyOfAnOlderRelease(Path core) throws Exception {
    String fabric8 = KubernetesVersions.fabric8Version(List.of(core)).orElseThrow();
    assertThat(KubernetesVersions.tabled(fabric8)).as("%s is in the table", fabric8).isTrue();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {core.toUri().toURL()}, new WithoutModel())) {
      // core's own package only: the other model artifacts of that release are not at hand
      Coverage coverage =
          coverage(fabric8, loader, name -> !name.substring(MODEL.length()).contains("."));
      assertThat(coverage.checked).as("properties checked").isGreaterThan(1000);
      assertThat(coverage.missing)
          .as("fabric8 %s properties the catalogue lacks", fabric8)
          .isEmpty();
    }
  }

  private record Coverage(int checked, List<String> missing) {}

  private static Coverage coverage(
      String fabric8, ClassLoader loader, java.util.function.Predicate<String> classes)
      throws Exception {
    KubernetesTypes catalogue = KubernetesTypes.of(KubernetesVersions.modelledBy(fabric8));
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (String name : catalogue.names()) {
      if (!classes.test(name)) {
        continue;
      }
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException e) {
        continue; // a type of that Kubernetes the release has no class for: nothing to prune
      }
      assertThat(type.getClassLoader()).as("the loader of %s", name).isSameAs(loader);
      JsonSchema entry = catalogue.schemaOf(name);
      for (BeanPropertyDefinition property :
          JACKSON
              .getSerializationConfig()
              .introspect(JACKSON.constructType(type))
              .findProperties()) {
        if (!property.couldSerialize()) {
          continue;
        }
        checked++;
        if (entry.property(property.getName()) == null) {
          missing.add(name + "." + property.getName());
        }
      }
    }
    return new Coverage(checked, missing);
  }

  /** This test's class path without fabric8's core model package, so an older one can stand in. */
  private static final class WithoutModel extends ClassLoader {
    WithoutModel() {
      super(CatalogueCoversFabric8Test.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith(MODEL) && !name.substring(MODEL.length()).contains(".")) {
        throw new ClassNotFoundException(name);
      }
      return super.loadClass(name, resolve);
    }
  }
}

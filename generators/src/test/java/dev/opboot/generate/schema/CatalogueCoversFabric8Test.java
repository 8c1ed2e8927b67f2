package dev.opboot.generate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of the Kubernetes version a fabric8 release models has every property that
 * release's classes serialise: the fact {@link KubernetesVersions.Choice#coversModel} relies on to
 * skip walking fabric8's classes. Checked for the fabric8 on this test's class path, by reflection,
 * as Jackson sees the classes.
 */
class CatalogueCoversFabric8Test {
  @Test
  void theModelledVersionsCatalogueHasEveryPropertyOfTheClassPathsFabric8Classes()
      throws Exception {
    String fabric8 =
        KubernetesVersions.fabric8Version(
                java.util.Arrays.stream(
                        System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .map(java.nio.file.Path::of)
                    .toList())
            .orElseThrow();
    String version = KubernetesVersions.modelledBy(fabric8);
    KubernetesTypes catalogue = KubernetesTypes.of(version);
    ObjectMapper jackson = new ObjectMapper();
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (String name : catalogue.names()) {
      Class<?> type = Class.forName(name);
      JsonSchema entry = catalogue.schemaOf(name);
      for (BeanPropertyDefinition property :
          jackson
              .getSerializationConfig()
              .introspect(jackson.constructType(type))
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
    assertThat(checked).as("properties checked").isGreaterThan(1500);
    assertThat(missing)
        .as("fabric8 %s properties the %s catalogue lacks", fabric8, version)
        .isEmpty();
  }
}

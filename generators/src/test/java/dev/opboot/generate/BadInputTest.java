package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is an error that says where (file:line:column) and what to do. */
class BadInputTest {
  @TempDir Path tmp;

  private Fixture withSpec(String body) {
    return new Fixture(tmp)
        .resource(
            "com.example.api",
            "example.com",
            "v1",
            "Thing",
            "public class ThingSpec {\n" + body + "\n}\n",
            "public class ThingStatus {}\n");
  }

  private String specFile() {
    return tmp.resolve("src/com/example/api/ThingSpec.java").toString();
  }

  @Test
  void recursiveType() {
    assertThatThrownBy(
            () ->
                withSpec(
                        "public Node root;\npublic static class Node { public java.util.List<Node> children; }")
                    .generate())
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining(specFile() + ":4:")
        .hasMessageContaining(
            "contains itself (com.example.api.ThingSpec.Node → com.example.api.ThingSpec.Node at"
                + " .spec.root.children[*])")
        .hasMessageContaining("@PreserveUnknownFields");
  }

  @Test
  void rawObjectAndUnboundedGeneric() {
    assertThatThrownBy(() -> withSpec("public Object anything;").generate())
        .hasMessageContaining(specFile() + ":3:")
        .hasMessageContaining("the property .spec.anything has type java.lang.Object")
        .hasMessageContaining("@PreserveUnknownFields");
    assertThatThrownBy(() -> withSpec("public java.util.List<?> things;").generate())
        .hasMessageContaining("the values at .spec.things[*]");
  }

  @Test
  void enumConstantWithoutACaseInItsJsonValueSwitch() {
    Fixture fixture = withSpec("public State state;");
    fixture.source(
        "com/example/api/State.java",
        """
        package com.example.api;
        public enum State {
          PAUSED,
          RUNNING;
          @com.fasterxml.jackson.annotation.JsonValue
          public String toValue() {
            switch (this) {
              case PAUSED: return "paused";
              default: return null;
            }
          }
        }
        """);
    assertThatThrownBy(fixture::generate)
        .hasMessageContaining(tmp.resolve("src/com/example/api/State.java") + ":4:")
        .hasMessageContaining("the enum constant RUNNING has no case returning a literal")
        .hasMessageContaining("@JsonProperty");
  }

  @Test
  void enumJsonValueThatIsNeitherAFieldNorASwitch() {
    Fixture fixture = withSpec("public State state;");
    fixture.source(
        "com/example/api/State.java",
        """
        package com.example.api;
        public enum State {
          PAUSED;
          @com.fasterxml.jackson.annotation.JsonValue
          public String toValue() {
            return name().toLowerCase();
          }
        }
        """);
    assertThatThrownBy(fixture::generate)
        .hasMessageContaining(tmp.resolve("src/com/example/api/State.java") + ":4:")
        .hasMessageContaining("cannot tell what this @JsonValue method returns")
        .hasMessageContaining("switch on this");
  }

  @Test
  void minAboveMax() {
    assertThatThrownBy(
            () ->
                withSpec(
                        "@io.fabric8.generator.annotation.Min(5) @io.fabric8.generator.annotation.Max(1)"
                            + " public int n;")
                    .generate())
        .hasMessageContaining(specFile() + ":3:")
        .hasMessageContaining(".spec.n: the minimum 5 is above the maximum 1");
  }

  @Test
  void patternThatRe2Rejects() {
    assertThatThrownBy(
            () ->
                withSpec("@io.fabric8.generator.annotation.Pattern(\"^(?=a)b$\") public String s;")
                    .generate())
        .hasMessageContaining(specFile() + ":3:")
        .hasMessageContaining("@io.fabric8.generator.annotation.Pattern(\"^(?=a)b$\")")
        .hasMessageContaining("RE2");
  }

  @Test
  void defaultThatDoesNotFit() {
    assertThatThrownBy(
            () ->
                withSpec("@io.fabric8.generator.annotation.Default(\"many\") public int n;")
                    .generate())
        .hasMessageContaining(specFile() + ":3:")
        .hasMessageContaining("gives 'many', which is not an integer");
    assertThatThrownBy(
            () ->
                withSpec(
                        "@io.fabric8.generator.annotation.Default(\"Sometimes\") public Mode mode;\n"
                            + "public enum Mode { Always, Never }")
                    .generate())
        .hasMessageContaining(
            "gives 'Sometimes', which is not one of the allowed values [Always, Never]");
  }

  @Test
  void twoPropertiesWithOneJsonName() {
    assertThatThrownBy(
            () ->
                withSpec(
                        "public String name;\n"
                            + "@com.fasterxml.jackson.annotation.JsonProperty(\"name\") public String other;")
                    .generate())
        .hasMessageContaining(specFile() + ":4:")
        .hasMessageContaining("have the JSON name 'name' (the other is at " + specFile() + ":3:");
  }

  @Test
  void listMapKeyThatIsNotARequiredScalar() {
    assertThatThrownBy(
            () ->
                withSpec(
                        "@dev.opboot.annotations.ListMapKeys(\"name\") public java.util.List<Port> ports;\n"
                            + "public static class Port { public String name; }")
                    .generate())
        .hasMessageContaining(".spec.ports: the list map key 'name' must be a required scalar");
    assertThatThrownBy(
            () ->
                withSpec(
                        "@dev.opboot.annotations.ListMapKeys(\"nme\") public java.util.List<Port> ports;\n"
                            + "public static class Port { public String name; }")
                    .generate())
        .hasMessageContaining("names 'nme', which is not a property of the list's items");
  }

  @Test
  void sourceThatDoesNotCompile() {
    assertThatThrownBy(() -> withSpec("public Strin name;").generate())
        .hasMessageContaining(specFile() + ":3:8: cannot find symbol")
        .hasMessageContaining("Fix: add the jar that holds it to the class path");
  }

  @Test
  void aPackageMissingFromTheClassPathNamesTheFix() {
    assertThatThrownBy(() -> withSpec("@org.example.absent.Getter public String name;").generate())
        .hasMessageContaining(specFile() + ":3:")
        .hasMessageContaining("package org.example.absent does not exist")
        .hasMessageContaining("Fix: add the jar that holds it to the class path op-boot compiles")
        .hasMessageContaining("--classpath");
  }

  @Test
  void unknownOpBootAnnotationArgument() {
    assertThatThrownBy(
            () ->
                withSpec("@dev.opboot.annotations.Format(valu = \"uri\") public String s;")
                    .generate())
        .hasMessageContaining(specFile() + ":3:")
        .hasMessageContaining("cannot find symbol")
        .hasMessageNotContaining("add the jar");
  }

  @Test
  void kindWithoutGroupOrVersion() {
    Fixture fixture =
        new Fixture(tmp)
            .source(
                "com/example/api/Bare.java",
                """
        package com.example.api;
        @io.fabric8.kubernetes.model.annotation.Version("v1")
        public class Bare extends io.fabric8.kubernetes.client.CustomResource<Void, Void> {}
        """);
    assertThatThrownBy(fixture::generate)
        .hasMessageContaining(tmp.resolve("src/com/example/api/Bare.java") + ":2:")
        .hasMessageContaining("Bare extends CustomResource but has no @Group");
  }

  @Test
  void twoStorageVersionsOrNone() {
    Fixture two =
        new Fixture(tmp)
            .resource(
                "com.example.v1",
                "example.com",
                "v1",
                "Thing",
                "public class ThingSpec {}",
                "public class ThingStatus {}")
            .resource(
                "com.example.v2",
                "example.com",
                "v2",
                "Thing",
                "public class ThingSpec {}",
                "public class ThingStatus {}");
    assertThatThrownBy(two::generate)
        .hasMessageContaining(
            "more than one version of example.com/Thing is the storage version: v2 at "
                + tmp.resolve("src/com/example/v2/Thing.java")
                + ":2:1 and v1 at "
                + tmp.resolve("src/com/example/v1/Thing.java"));
  }

  @Test
  void noStorageVersion(@TempDir Path other) {
    Fixture none =
        new Fixture(other)
            .source(
                "com/example/v1/Thing.java",
                """
        package com.example.v1;
        @io.fabric8.kubernetes.model.annotation.Group("example.com")
        @io.fabric8.kubernetes.model.annotation.Version(value = "v1", storage = false)
        public class Thing extends io.fabric8.kubernetes.client.CustomResource<Void, Void> {}
        """);
    assertThatThrownBy(none::generate)
        .hasMessageContaining("no version of example.com/Thing is the storage version (v1)");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "@io.fabric8.generator.annotation.Size(min = -1) public String name;   | .spec.name: the minimum length -1 is below 0",
        "@jakarta.validation.constraints.Size(max = -2) public String name;    | .spec.name: the maximum length -2 is below 0",
        "@jakarta.validation.constraints.Size(min = -1) public java.util.List<String> names; | .spec.names: the minimum number of items -1 is below 0",
        "@dev.opboot.annotations.MinProperties(-3) public java.util.Map<String, String> labels; | .spec.labels: the minimum number of keys -3 is below 0",
        "@dev.opboot.annotations.MultipleOf(0) public int replicas;           | .spec.replicas: @MultipleOf(0) must be above 0",
        "@dev.opboot.annotations.MultipleOf(-2.5) public double ratio;        | .spec.ratio: @MultipleOf(-2.5) must be above 0"
      })
  void annotationValuesTheApiServerRefusesAreRefusedAtTheProperty(String property, String message) {
    assertThatThrownBy(() -> withSpec(property).generate())
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining(specFile() + ":3:")
        .hasMessageContaining(message);
  }

  @Test
  void anEnumWithoutConstantsIsRefusedWhereItIsDeclared() {
    assertThatThrownBy(
            () ->
                withSpec(
                        "public Mode mode;\npublic enum Mode { @com.fasterxml.jackson.annotation.JsonIgnore"
                            + " ONLY }")
                    .generate())
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining(specFile() + ":4:")
        .hasMessageContaining("the enum Mode has no constant Jackson would write");
  }
}

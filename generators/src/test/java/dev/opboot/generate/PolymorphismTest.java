package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @JsonTypeInfo} + {@code @JsonSubTypes} (#14): one object with the union of the subtypes'
 * properties and the type id property, required, its enum the subtype names Jackson writes.
 */
class PolymorphismTest {
  @TempDir Path tmp;

  private Fixture fixture(String shapes) {
    return new Fixture(tmp)
        .resource(
            "com.example.api",
            "example.com",
            "v1",
            "Thing",
            "public class ThingSpec {\n"
                + "  public Shape shape;\n"
                + "  public java.util.List<Shape> more;\n"
                + "}\n",
            "public class ThingStatus {}\n")
        .source("com/example/api/Shape.java", "package com.example.api;\n" + shapes);
  }

  @Test
  void subtypesMergeUnderARequiredTypeIdProperty() throws Exception {
    JsonNode spec =
        fixture(
                """
                import com.fasterxml.jackson.annotation.*;
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
                @JsonSubTypes({
                  @JsonSubTypes.Type(value = Shape.Circle.class, name = "circle"),
                  @JsonSubTypes.Type(value = Shape.Square.class, names = {"square", "box"})
                })
                public abstract class Shape {
                  public String colour;
                  public static class Circle extends Shape { public int radius; }
                  public static class Square extends Shape { public int side; }
                }
                """)
            .schema()
            .at("/properties/spec/properties");
    JsonNode shape = spec.get("shape");
    assertThat(shape.get("required").toString()).isEqualTo("[\"kind\"]");
    assertThat(shape.at("/properties/kind").toString())
        .isEqualTo("{\"enum\":[\"box\",\"circle\",\"square\"],\"type\":\"string\"}");
    assertThat(shape.at("/properties/colour/type").asText()).isEqualTo("string");
    assertThat(shape.at("/properties/radius/type").asText()).isEqualTo("integer");
    assertThat(shape.at("/properties/side/type").asText()).isEqualTo("integer");
    assertThat(spec.at("/more/items")).isEqualTo(shape);
  }

  @Test
  void subtypesWithEqualPropertiesMergeWithoutAWarning() throws Exception {
    Fixture fixture =
        fixture(
            """
            import com.fasterxml.jackson.annotation.*;
            @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
            @JsonSubTypes({
              @JsonSubTypes.Type(value = Shape.Circle.class, name = "circle"),
              @JsonSubTypes.Type(value = Shape.Square.class, name = "square")
            })
            public abstract class Shape {
              public static class Circle extends Shape {
                /** The circle's size. */
                public int size;
              }
              public static class Square extends Shape {
                /** The square's size. */
                public int size;
              }
            }
            """);
    JsonNode shape = fixture.schema().at("/properties/spec/properties/shape");
    assertThat(shape.at("/properties/size").toString())
        .isEqualTo(
            "{\"description\":\"The circle's size.\",\"format\":\"int32\",\"type\":\"integer\"}");
    assertThat(fixture.warnings()).isEmpty();
  }

  @Test
  void aPropertyOfDifferentTypesInTwoSubtypesAcceptsEitherWithAWarning() throws Exception {
    Fixture fixture =
        fixture(
            """
            import com.fasterxml.jackson.annotation.*;
            @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
            @JsonSubTypes({
              @JsonSubTypes.Type(value = Shape.Circle.class, name = "circle"),
              @JsonSubTypes.Type(value = Shape.Square.class, name = "square")
            })
            public abstract class Shape {
              public static class Circle extends Shape {
                public int size;
                public boolean filled;
                public long weight;
              }
              public static class Square extends Shape {
                public String size;
                public java.util.List<String> filled;
                public double weight;
              }
            }
            """);
    JsonNode shape = fixture.schema().at("/properties/spec/properties/shape");
    assertThat(shape.at("/properties/size").toString())
        .isEqualTo(
            "{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"x-kubernetes-int-or-string\":true}");
    assertThat(shape.at("/properties/filled").toString())
        .isEqualTo("{\"x-kubernetes-preserve-unknown-fields\":true}");
    assertThat(shape.at("/properties/weight").toString()).isEqualTo("{\"type\":\"number\"}");
    assertThat(relative(fixture.warnings()))
        .contains(
            "com/example/api/Shape.java:15:5: warning: .spec.shape.size: the subtypes"
                + " Shape.Circle (com/example/api/Shape.java:10:5) and Shape.Square"
                + " (com/example/api/Shape.java:15:5) give it different schemas (integer"
                + " (format: \"int32\") and string). So that the CRD accepts what either holds,"
                + " the schema accepts an integer or a string (x-kubernetes-int-or-string). Give"
                + " the property one type and the same constraints in both subtypes, or different"
                + " names, to have it checked.",
            "com/example/api/Shape.java:16:5: warning: .spec.shape.filled: the subtypes"
                + " Shape.Circle (com/example/api/Shape.java:11:5) and Shape.Square"
                + " (com/example/api/Shape.java:16:5) give it different schemas (boolean and"
                + " array). So that the CRD accepts what either holds, the schema accepts a value"
                + " of any type (x-kubernetes-preserve-unknown-fields, no type). Give the property"
                + " one type and the same constraints in both subtypes, or different names, to"
                + " have it checked.")
        // once per property path: .spec.shape and .spec.more[*] each
        .anyMatch(w -> w.contains(".spec.more[*].weight: ") && w.contains("accepts any number"))
        .hasSize(6);
  }

  @Test
  void objectsMergeTheirPropertiesAndKeepOnlyTheConstraintsBothAllow() throws Exception {
    Fixture fixture =
        fixture(
            """
            import com.fasterxml.jackson.annotation.*;
            import jakarta.validation.constraints.*;
            @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
            @JsonSubTypes({
              @JsonSubTypes.Type(value = Shape.Circle.class, name = "circle"),
              @JsonSubTypes.Type(value = Shape.Square.class, name = "square")
            })
            public abstract class Shape {
              public enum Fill { SOLID, HATCHED }
              public enum Paint { HATCHED, NONE }
              public static class Ring { @JsonProperty(required = true) public String a; public int r; }
              public static class Frame { @JsonProperty(required = true) public String a; public int w; }
              public static class Circle extends Shape {
                @Size(max = 5) @Pattern(regexp = "^a+$") public String name;
                @Min(1) @Max(10) public int count;
                public Fill fill;
                public Ring border;
                public Ring edge;
              }
              public static class Square extends Shape {
                @Size(max = 8) @Pattern(regexp = "^a+$") public String name;
                @Min(0) @Max(5) public int count;
                public Paint fill;
                public Ring border;
                public Frame edge;
              }
            }
            """);
    JsonNode shape = fixture.schema().at("/properties/spec/properties/shape");
    assertThat(shape.at("/properties/name").toString())
        .isEqualTo("{\"maxLength\":8,\"pattern\":\"^a+$\",\"type\":\"string\"}");
    assertThat(shape.at("/properties/count/minimum").asInt()).isEqualTo(0);
    assertThat(shape.at("/properties/count/maximum").asInt()).isEqualTo(10);
    assertThat(shape.at("/properties/fill/enum").toString())
        .isEqualTo("[\"SOLID\",\"HATCHED\",\"NONE\"]");
    // the same class in both: still required
    assertThat(shape.at("/properties/border/required").toString()).isEqualTo("[\"a\"]");
    // a is required in both, r and w each in one: the union, none but a required
    JsonNode edge = shape.at("/properties/edge");
    assertThat(edge.at("/required").toString()).isEqualTo("[\"a\"]");
    assertThat(edge.at("/properties").fieldNames()).toIterable().containsExactly("a", "r", "w");
    assertThat(relative(fixture.warnings()))
        .filteredOn(w -> w.contains(".spec.shape."))
        .containsExactly(
            "com/example/api/Shape.java:22:5: warning: .spec.shape.name: the subtypes"
                + " Shape.Circle (com/example/api/Shape.java:15:5) and Shape.Square"
                + " (com/example/api/Shape.java:22:5) give it different schemas (string"
                + " (pattern: \"^a+$\", maxLength: 5) and string (pattern: \"^a+$\", maxLength:"
                + " 8)). So that the CRD accepts what either holds, the schema keeps only the"
                + " constraints both allow: maxLength. Give the property one type and the same"
                + " constraints in both subtypes, or different names, to have it checked.",
            "com/example/api/Shape.java:23:5: warning: .spec.shape.count: the subtypes"
                + " Shape.Circle (com/example/api/Shape.java:16:5) and Shape.Square"
                + " (com/example/api/Shape.java:23:5) give it different schemas (integer"
                + " (format: \"int32\", minimum: 1, maximum: 10) and integer (format: \"int32\","
                + " minimum: 0, maximum: 5)). So that the CRD accepts what either holds, the"
                + " schema keeps only the constraints both allow: maximum, minimum. Give the"
                + " property one type and the same constraints in both subtypes, or different"
                + " names, to have it checked.",
            "com/example/api/Shape.java:24:5: warning: .spec.shape.fill: the subtypes"
                + " Shape.Circle (com/example/api/Shape.java:17:5) and Shape.Square"
                + " (com/example/api/Shape.java:24:5) give it different schemas (string (enum:"
                + " [\"SOLID\",\"HATCHED\"]) and string (enum: [\"HATCHED\",\"NONE\"])). So"
                + " that the CRD accepts what either holds, the schema keeps only the constraints"
                + " both allow: enum (united). Give the property one type and the same"
                + " constraints in both subtypes, or different names, to have it checked.");
  }

  @Test
  void typeIdsDefaultAsJacksonsDo() throws Exception {
    JsonNode shape =
        fixture(
                """
                import com.fasterxml.jackson.annotation.*;
                @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
                @JsonSubTypes({
                  @JsonSubTypes.Type(Shape.Circle.class),
                  @JsonSubTypes.Type(Shape.Square.class)
                })
                public interface Shape {
                  class Circle implements Shape { public int radius; }
                  @JsonTypeName("sq") class Square implements Shape { public int side; }
                }
                """)
            .schema()
            .at("/properties/spec/properties/shape");
    // Jackson's default property is @type, its default name the class name without package
    assertThat(shape.at("/properties/@type/enum").toString())
        .isEqualTo("[\"Shape$Circle\",\"sq\"]");
    assertThat(shape.at("/properties/radius/type").asText()).isEqualTo("integer");
  }

  /** The warnings with the test's folder left out of their file names. */
  private java.util.List<String> relative(java.util.List<String> warnings) {
    String root = tmp.resolve("src") + "/";
    return warnings.stream().map(w -> w.replace(root, "")).toList();
  }

  @Test
  void aTypeIdOutsideTheObjectIsRefusedAtTheAnnotation() {
    Fixture fixture =
        fixture(
            """
            import com.fasterxml.jackson.annotation.*;
            @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
            @JsonSubTypes(@JsonSubTypes.Type(Shape.Circle.class))
            public abstract class Shape {
              public static class Circle extends Shape { public int radius; }
            }
            """);
    assertThatThrownBy(fixture::schema)
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining("Shape.java:3:")
        .hasMessageContaining(
            "@JsonTypeInfo(include = WRAPPER_OBJECT) puts the type id outside the object")
        .hasMessageContaining("Use include = JsonTypeInfo.As.PROPERTY");
  }
}

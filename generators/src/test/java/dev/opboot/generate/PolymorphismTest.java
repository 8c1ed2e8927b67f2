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

package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationsTest {
  @TempDir Path tmp;

  private JsonNode spec(String imports, String body) throws Exception {
    return new Fixture(tmp)
        .resource(
            "com.example.api",
            "example.com",
            "v1",
            "Thing",
            imports + "\npublic class ThingSpec {\n" + body + "\n}\n",
            "public class ThingStatus {}\n")
        .schema()
        .at("/properties/spec");
  }

  @Test
  void fabric8ValidationAnnotations() throws Exception {
    JsonNode spec =
        spec(
            "import io.fabric8.generator.annotation.*;",
            """
        @Min(1) @Max(10) public int replicas;
        @Min(value = 0, inclusive = false) public double ratio;
        @Pattern("^[a-z]+$") @Size(min = 1, max = 20) public String name;
        @Size(max = 3) public java.util.List<String> tags;
        @Required public String must;
        @Nullable public String maybe;
        @Default("5") public int withDefault;
        @Default("on") public String mode;
        @ValidationRule(value = "self.startsWith('a')", message = "must start with a") public String rule;
        """);
    JsonNode p = spec.get("properties");
    assertThat(p.get("replicas").toString())
        .isEqualTo("{\"format\":\"int32\",\"maximum\":10,\"minimum\":1,\"type\":\"integer\"}");
    assertThat(p.get("ratio").toString())
        .isEqualTo("{\"exclusiveMinimum\":true,\"minimum\":0,\"type\":\"number\"}");
    assertThat(p.get("name").toString())
        .isEqualTo(
            "{\"maxLength\":20,\"minLength\":1,\"pattern\":\"^[a-z]+$\",\"type\":\"string\"}");
    assertThat(p.get("tags").get("maxItems").asInt()).isEqualTo(3);
    assertThat(spec.get("required").toString()).isEqualTo("[\"must\"]");
    assertThat(p.get("maybe").get("nullable").asBoolean()).isTrue();
    assertThat(p.get("withDefault").get("default").toString()).isEqualTo("5");
    assertThat(p.get("mode").get("default").toString()).isEqualTo("\"on\"");
    assertThat(p.get("rule").get("x-kubernetes-validations").toString())
        .isEqualTo("[{\"message\":\"must start with a\",\"rule\":\"self.startsWith('a')\"}]");
  }

  @Test
  void beanValidationAnnotations() throws Exception {
    JsonNode spec =
        spec(
            "import jakarta.validation.constraints.*;",
            """
        @NotNull @Min(2) @Max(4) public Integer count;
        @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("9.5") public double weight;
        @Positive public int positive; @PositiveOrZero public int nonNegative;
        @Negative public int negative; @NegativeOrZero public int nonPositive;
        @Email public String email; @NotBlank public String title;
        @NotEmpty public java.util.List<String> items;
        @Pattern(regexp = "[0-9]+") @Size(max = 5) public String digits;
        public java.util.List<@Pattern(regexp = "[a-z]+") String> words;
        """);
    JsonNode p = spec.get("properties");
    assertThat(spec.get("required").toString()).isEqualTo("[\"count\",\"items\",\"title\"]");
    assertThat(p.get("count").toString())
        .isEqualTo("{\"format\":\"int32\",\"maximum\":4,\"minimum\":2,\"type\":\"integer\"}");
    assertThat(p.get("weight").toString())
        .isEqualTo(
            "{\"exclusiveMinimum\":true,\"maximum\":9.5,\"minimum\":0.5,\"type\":\"number\"}");
    assertThat(p.get("positive").toString())
        .isEqualTo(
            "{\"exclusiveMinimum\":true,\"format\":\"int32\",\"minimum\":0,\"type\":\"integer\"}");
    assertThat(p.get("nonNegative").get("minimum").asInt()).isZero();
    assertThat(p.get("negative").get("exclusiveMaximum").asBoolean()).isTrue();
    assertThat(p.get("nonPositive").get("maximum").asInt()).isZero();
    assertThat(p.get("email").get("format").asText()).isEqualTo("email");
    assertThat(p.get("title").toString())
        .isEqualTo("{\"minLength\":1,\"pattern\":\"\\\\S\",\"type\":\"string\"}");
    assertThat(p.get("items").get("minItems").asInt()).isEqualTo(1);
    assertThat(p.get("digits").toString())
        .isEqualTo("{\"maxLength\":5,\"pattern\":\"[0-9]+\",\"type\":\"string\"}");
    assertThat(p.get("words").get("items").toString())
        .isEqualTo("{\"pattern\":\"[a-z]+\",\"type\":\"string\"}");
  }

  @Test
  void opBootAnnotations() throws Exception {
    JsonNode spec =
        spec(
            "import dev.opboot.annotations.*;",
            """
        @ListMapKeys("name") public java.util.List<Port> ports;
        @ListType(ListType.Kind.ATOMIC) public java.util.List<String> args;
        @MapType(MapType.Kind.ATOMIC) public java.util.Map<String, String> labels;
        @MultipleOf(5) public int step;
        @Format("uri") public String link;
        @UniqueItems public java.util.List<String> unique;
        @MinProperties(1) @MaxProperties(3) public java.util.Map<String, String> some;
        @dev.opboot.annotations.Enum({"a", "b"}) public String letter;
        @Example("\\"x\\"") @Title("Letter X") public String x;
        @ExternalDocs(url = "https://example.com/doc", description = "more") public String documented;
        @EmbeddedResource public java.util.Map<String, Object> object;
        @IntOrString public String port;
        @IntOrString public Object portOrName;
        @Schemaless @io.fabric8.crd.generator.annotation.PreserveUnknownFields public Object free;
        @Immutable public String fixed;
        public static class Port { @io.fabric8.generator.annotation.Required public String name; public int port; }
        """);
    JsonNode p = spec.get("properties");
    assertThat(p.get("ports").get("x-kubernetes-list-type").asText()).isEqualTo("map");
    assertThat(p.get("ports").get("x-kubernetes-list-map-keys").toString()).isEqualTo("[\"name\"]");
    assertThat(p.get("args").get("x-kubernetes-list-type").asText()).isEqualTo("atomic");
    assertThat(p.get("labels").get("x-kubernetes-map-type").asText()).isEqualTo("atomic");
    assertThat(p.get("step").get("multipleOf").asInt()).isEqualTo(5);
    assertThat(p.get("link").get("format").asText()).isEqualTo("uri");
    assertThat(p.get("unique").toString())
        .isEqualTo(
            "{\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"set\"}");
    assertThat(p.get("some").get("minProperties").asInt()).isEqualTo(1);
    assertThat(p.get("some").get("maxProperties").asInt()).isEqualTo(3);
    assertThat(p.get("letter").get("enum").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(p.get("x").get("example").asText()).isEqualTo("x");
    assertThat(p.get("x").get("title").asText()).isEqualTo("Letter X");
    assertThat(p.get("documented").get("externalDocs").toString())
        .isEqualTo("{\"description\":\"more\",\"url\":\"https://example.com/doc\"}");
    assertThat(p.get("object").get("x-kubernetes-embedded-resource").asBoolean()).isTrue();
    // on a String, controller-gen's shape for XIntOrString on a Go string; elsewhere IntOrString's
    assertThat(p.get("port").toString())
        .isEqualTo("{\"type\":\"string\",\"x-kubernetes-int-or-string\":true}");
    assertThat(p.get("portOrName").toString())
        .isEqualTo(
            "{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"x-kubernetes-int-or-string\":true}");
    assertThat(p.get("free").toString())
        .isEqualTo("{\"x-kubernetes-preserve-unknown-fields\":true}");
    assertThat(p.get("fixed").get("x-kubernetes-validations").toString())
        .isEqualTo("[{\"message\":\"Value is immutable\",\"rule\":\"self == oldSelf\"}]");
  }

  @Test
  void classLevelRulesAndRequiredByDefault() throws Exception {
    JsonNode spec =
        spec(
            "import dev.opboot.annotations.*;",
            """
        public Choice choice;
        @RequiredByDefault
        @ExactlyOneOf({"a", "b"})
        public static class Choice {
          @dev.opboot.annotations.Optional public String a;
          @dev.opboot.annotations.Optional public String b;
          public String c;
          public java.util.Optional<String> d;
          @io.fabric8.generator.annotation.Nullable public String e;
        }
        """);
    JsonNode choice = spec.at("/properties/choice");
    assertThat(choice.get("required").toString()).isEqualTo("[\"c\"]");
    assertThat(choice.get("x-kubernetes-validations").toString())
        .isEqualTo(
            "[{\"message\":\"exactly one of the fields in [a b] must be set\","
                + "\"rule\":\"(has(self.a)?1:0)+(has(self.b)?1:0) == 1\"}]");
  }

  @Test
  void javadocAndJacksonDescriptions() throws Exception {
    JsonNode spec =
        spec(
            "",
            """
        /**
         * The schedule in Cron format, see {@code https://en.wikipedia.org/wiki/Cron}.
         *
         * @see Object
         */
        public String schedule;
        /** Ignored, the annotation wins. */
        @com.fasterxml.jackson.annotation.JsonPropertyDescription("From Jackson.")
        public String other;
        """);
    assertThat(spec.at("/properties/schedule/description").asText())
        .isEqualTo("The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.");
    assertThat(spec.at("/properties/other/description").asText()).isEqualTo("From Jackson.");
  }

  @Test
  void jacksonUnwrappedAndAnySetter() throws Exception {
    JsonNode spec =
        spec(
            "import com.fasterxml.jackson.annotation.*;",
            """
        @JsonUnwrapped public Address address;
        public Open open;
        public static class Address { public String street; @io.fabric8.generator.annotation.Required public String city; }
        public static class Open {
          public String known;
          private final java.util.Map<String, Object> rest = new java.util.HashMap<>();
          @JsonAnySetter public void set(String key, Object value) { rest.put(key, value); }
          @JsonAnyGetter public java.util.Map<String, Object> getRest() { return rest; }
        }
        """);
    assertThat(spec.get("properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("street", "city", "open");
    assertThat(spec.get("required").toString()).isEqualTo("[\"city\"]");
    assertThat(spec.at("/properties/open").toString())
        .isEqualTo(
            "{\"properties\":{\"known\":{\"type\":\"string\"}},"
                + "\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}");
  }

  @Test
  void fabric8SchemaFromAndSchemaSwap() throws Exception {
    JsonNode schema =
        new Fixture(tmp)
            .source(
                "com/example/api/Tree.java",
                """
        package com.example.api;
        import io.fabric8.crd.generator.annotation.*;
        @io.fabric8.kubernetes.model.annotation.Group("example.com")
        @io.fabric8.kubernetes.model.annotation.Version("v1")
        @SchemaSwap(originalType = Tree.Node.class, fieldName = "children", targetType = Tree.Leaf.class, depth = 1)
        @SchemaSwap(originalType = Tree.Spec.class, fieldName = "internal")
        public class Tree extends io.fabric8.kubernetes.client.CustomResource<Tree.Spec, Void> {
          public static class Spec {
            public Node root;
            @SchemaFrom(type = Leaf.class) public Object shaped;
            public String internal;
          }
          public static class Node { public String name; public java.util.List<Node> children; }
          public static class Leaf { public String label; }
        }
        """)
            .schema();
    JsonNode spec = schema.at("/properties/spec/properties");
    assertThat(spec.fieldNames()).toIterable().containsExactlyInAnyOrder("root", "shaped");
    assertThat(spec.at("/shaped").toString())
        .isEqualTo("{\"properties\":{\"label\":{\"type\":\"string\"}},\"type\":\"object\"}");
    assertThat(spec.at("/root/properties/children/items/properties/children").toString())
        .isEqualTo("{\"properties\":{\"label\":{\"type\":\"string\"}},\"type\":\"object\"}");
  }

  @Test
  void maxDescriptionLengthZeroDropsDescriptions() throws Exception {
    String crd =
        new Fixture(tmp)
            .resource(
                "com.example.api",
                "example.com",
                "v1",
                "Thing",
                "/** Spec. */ public class ThingSpec { /** A field. */ public String a; }",
                "public class ThingStatus {}")
            .generate(0)
            .values()
            .iterator()
            .next();
    assertThat(crd).doesNotContain("description");
  }
}

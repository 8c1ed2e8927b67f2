package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties as Jackson sees them (#14): an ignored setter overload does not hide the property the
 * field and getter serialize, and Jackson's tree types and their subclasses are open objects.
 */
class JacksonPropertiesTest {
  @TempDir Path tmp;

  private JsonNode spec(String body) throws Exception {
    return schema(body).at("/properties/spec/properties");
  }

  private JsonNode schema(String body) throws Exception {
    return new Fixture(tmp)
        .resource(
            "com.example.api",
            "example.com",
            "v1",
            "Thing",
            "import com.fasterxml.jackson.annotation.*;\n"
                + "public class ThingSpec {\n"
                + body
                + "\n}\n",
            "public class ThingStatus {}\n")
        .source(
            "com/example/api/ConfigNode.java",
            """
            package com.example.api;
            /** As Flink's ConfigObjectNode: a tree with Java helpers. */
            public class ConfigNode extends com.fasterxml.jackson.databind.node.ObjectNode {
              public ConfigNode() {
                super(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance);
              }
              public int helper;
            }
            """)
        .schema();
  }

  @Test
  void anIgnoredSetterOverloadKeepsTheProperty() throws Exception {
    JsonNode p =
        spec(
            """
            private ConfigNode config = new ConfigNode();
            public ConfigNode getConfig() { return config; }
            public void setConfig(ConfigNode config) { this.config = config; }
            @JsonIgnore public void setConfig(java.util.Map<String, String> config) {}
            @JsonIgnore public void setConfig(String properties) {}
            """);
    assertThat(p.get("config").toString())
        .isEqualTo("{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}");
  }

  @Test
  void anIgnoredAccessorOfTheSameTypeStillHidesIt() throws Exception {
    JsonNode p =
        spec(
            """
            private String secret;
            public String getSecret() { return secret; }
            @JsonIgnore public void setSecret(String secret) { this.secret = secret; }
            @JsonIgnore private String hidden;
            public String shown;
            """);
    assertThat(p.has("secret")).isFalse();
    assertThat(p.has("hidden")).isFalse();
    assertThat(p.has("shown")).isTrue();
  }

  @Test
  void anExplicitlyNamedAccessorKeepsAPropertyWhoseOtherAccessorIsIgnored() throws Exception {
    JsonNode p =
        spec(
            """
            private String token;
            @JsonProperty("token") public String getToken() { return token; }
            @JsonIgnore public void setToken(String token) { this.token = token; }
            """);
    assertThat(p.get("token").toString()).isEqualTo("{\"type\":\"string\"}");
  }

  @Test
  void jacksonTreeSubclassesAreOpenObjectsNotArrays() throws Exception {
    JsonNode p =
        spec(
            """
            public ConfigNode subclass;
            public com.fasterxml.jackson.databind.node.ObjectNode object;
            public com.fasterxml.jackson.databind.node.ArrayNode array;
            public com.fasterxml.jackson.databind.JsonNode any;
            """);
    String open = "{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}";
    assertThat(p.get("subclass").toString()).isEqualTo(open);
    assertThat(p.get("object").toString()).isEqualTo(open);
    assertThat(p.get("array").toString())
        .isEqualTo(
            "{\"items\":{\"x-kubernetes-preserve-unknown-fields\":true},\"type\":\"array\"}");
    assertThat(p.get("any").toString())
        .isEqualTo("{\"x-kubernetes-preserve-unknown-fields\":true}");
  }

  @Test
  void anyGetterAndAnySetterMethodsOfAnyNameKeepUnknownFields() throws Exception {
    JsonNode spec =
        schema(
                """
            public String a;
            @JsonAnySetter public void put(String key, Object value) {}
            @JsonAnyGetter public java.util.Map<String, Object> others() { return null; }
            """)
            .at("/properties/spec");
    assertThat(spec.path("x-kubernetes-preserve-unknown-fields").asBoolean()).isTrue();
    assertThat(fieldNames(spec.get("properties"))).containsExactly("a");
  }

  /** As Strimzi's UnknownPropertyPreserving: the any-accessors annotated on an interface only. */
  public interface Preserving {
    @com.fasterxml.jackson.annotation.JsonAnyGetter
    java.util.Map<String, Object> getAdditionalProperties();

    @com.fasterxml.jackson.annotation.JsonAnySetter
    void setAdditionalProperty(String name, Object value);
  }

  /** Implements them without annotations, as Strimzi's classes do. */
  public static final class Implementing implements Preserving {
    public String a = "x";
    private final java.util.Map<String, Object> additionalProperties =
        new java.util.TreeMap<>(java.util.Map.of("extra", 1));

    @Override
    public java.util.Map<String, Object> getAdditionalProperties() {
      return additionalProperties;
    }

    @Override
    public void setAdditionalProperty(String name, Object value) {
      additionalProperties.put(name, value);
    }
  }

  /**
   * Jackson merges the annotations of a method an accessor overrides or implements into its own, so
   * an any-getter declared on an interface keeps unknown fields, and there is no {@code
   * additionalProperties} property: op-boot reads them the same way.
   */
  @Test
  void anyAccessorsAnnotatedOnlyWhereTheyAreDeclaredStillKeepUnknownFields() throws Exception {
    // what Jackson itself writes for such a class
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(new Implementing()))
        .isEqualTo("{\"a\":\"x\",\"extra\":1}");

    JsonNode spec =
        new Fixture(tmp)
            .resource(
                "com.example.api",
                "example.com",
                "v1",
                "Thing",
                "public class ThingSpec implements Preserving {\n"
                    + "  public String a;\n"
                    + "  private java.util.Map<String, Object> additionalProperties;\n"
                    + "  @Override public java.util.Map<String, Object> getAdditionalProperties() {"
                    + " return additionalProperties; }\n"
                    + "  @Override public void setAdditionalProperty(String n, Object v) {}\n"
                    + "}\n",
                "public class ThingStatus {}\n")
            .source(
                "com/example/api/Preserving.java",
                """
                package com.example.api;
                import com.fasterxml.jackson.annotation.*;
                public interface Preserving {
                  @JsonAnyGetter java.util.Map<String, Object> getAdditionalProperties();
                  @JsonAnySetter void setAdditionalProperty(String name, Object value);
                }
                """)
            .schema()
            .at("/properties/spec");
    assertThat(spec.path("x-kubernetes-preserve-unknown-fields").asBoolean()).isTrue();
    assertThat(fieldNames(spec.get("properties"))).containsExactly("a");
  }

  @Test
  void jsonGetterAndJsonSetterNameTheProperty() throws Exception {
    JsonNode p =
        spec(
            """
            private String a;
            @JsonGetter("alpha") public String getA() { return a; }
            @JsonSetter("alpha") public void setA(String a) { this.a = a; }
            @JsonGetter("beta") public String computeBeta() { return null; }
            @JsonSetter("gamma") public void useGamma(int gamma) {}
            public String notAGetter() { return null; }
            """);
    assertThat(fieldNames(p)).containsExactlyInAnyOrder("alpha", "beta", "gamma");
    assertThat(p.at("/gamma/type").asText()).isEqualTo("integer");
  }

  @Test
  void unwrappedPropertiesTakeThePrefixAndSuffix() throws Exception {
    JsonNode spec =
        schema(
                """
            @JsonUnwrapped(prefix = "src_", suffix = "Ref") public Inner source;
            @JsonUnwrapped public Inner plain;
            public String own;
            public static class Inner {
              @JsonProperty(required = true) public String name;
              public int port;
            }
            """)
            .at("/properties/spec");
    assertThat(fieldNames(spec.get("properties")))
        .containsExactly("name", "own", "port", "src_nameRef", "src_portRef");
    assertThat(spec.get("required").toString()).isEqualTo("[\"name\",\"src_nameRef\"]");
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void jsonIgnorePropertiesOnTheClassAndOnAProperty() throws Exception {
    JsonNode p =
        schema(
                """
            public String kept;
            @JsonIgnoreProperties({"secret"}) public Inner inner;
            @JsonIgnoreProperties({"secret"}) public java.util.List<Inner> inners;
            @JsonIgnoreProperties(value = {"secret"}, allowGetters = true) public Inner written;
            public Inner full;
            @JsonIgnoreProperties({"a", "b"})
            public static class Inner {
              public String a;
              public String b;
              @JsonProperty(required = true) public String secret;
              public String c;
            }
            """)
            .at("/properties/spec/properties");
    assertThat(fieldNames(p.at("/inner/properties"))).containsExactly("c");
    assertThat(p.at("/inner/required").isMissingNode()).isTrue();
    assertThat(fieldNames(p.at("/inners/items/properties"))).containsExactly("c");
    assertThat(fieldNames(p.at("/written/properties"))).containsExactly("c", "secret");
    assertThat(fieldNames(p.at("/full/properties"))).containsExactly("c", "secret");
  }

  @Test
  void jsonIgnorePropertiesIgnoreUnknownChangesNoSchema() throws Exception {
    JsonNode spec =
        new Fixture(tmp)
            .resource(
                "com.example.api",
                "example.com",
                "v1",
                "Thing",
                "@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)\n"
                    + "public class ThingSpec { public String a; }\n",
                "public class ThingStatus {}\n")
            .schema()
            .at("/properties/spec");
    assertThat(spec.toString())
        .isEqualTo("{\"properties\":{\"a\":{\"type\":\"string\"}},\"type\":\"object\"}");
  }

  @Test
  void onlyFieldsAndAccessorsJacksonDetectsAreProperties() throws Exception {
    JsonNode p =
        spec(
            """
            private String hidden;
            public String shown;
            private String viaGetter;
            public String getViaGetter() { return viaGetter; }
            private String viaSetter;
            public void setViaSetter(String value) { viaSetter = value; }
            @JsonProperty private String annotated;
            String packagePrivate;
            private String privateGetter;
            private String getPrivateGetter() { return privateGetter; }
            """);
    assertThat(fieldNames(p))
        .containsExactlyInAnyOrder("shown", "viaGetter", "viaSetter", "annotated");
  }

  @Test
  void jsonAutoDetectChangesWhatIsDetected() throws Exception {
    JsonNode spec =
        new Fixture(tmp)
            .resource(
                "com.example.api",
                "example.com",
                "v1",
                "Thing",
                """
                import com.fasterxml.jackson.annotation.*;
                import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
                @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE)
                public class ThingSpec {
                  private String privateField;
                  public String getComputed() { return "x"; }
                  @JsonProperty public String getNamed() { return "x"; }
                }
                """,
                "public class ThingStatus {}\n")
            .schema()
            .at("/properties/spec/properties");
    assertThat(fieldNames(spec)).containsExactlyInAnyOrder("privateField", "named");
  }

  @Test
  void lombokAccessorsMakePrivateFieldsProperties() throws Exception {
    JsonNode p =
        schema(
                """
            @lombok.Getter private String getterOnField;
            @lombok.Getter(lombok.AccessLevel.PRIVATE) private String privateGetter;
            private String noAccessor;
            public Data data;
            public Value value;
            public Built built;
            @lombok.Data public static class Data { private String a; }
            @lombok.Value public static class Value { String b; }
            @lombok.Setter public static class Setters { private String c; }
            @lombok.Builder @lombok.extern.jackson.Jacksonized
            public static class Built { private String d; }
            """)
            .at("/properties/spec/properties");
    assertThat(fieldNames(p)).containsExactlyInAnyOrder("getterOnField", "data", "value", "built");
    assertThat(fieldNames(p.at("/data/properties"))).containsExactly("a");
    assertThat(fieldNames(p.at("/value/properties"))).containsExactly("b");
    assertThat(fieldNames(p.at("/built/properties"))).containsExactly("d");
  }

  /**
   * What Jackson writes for Lombok's {@code @Accessors}, as seen with Lombok 1.18.30 and fabric8's
   * mapper: fluent accessors are no bean accessors, so only fields Jackson sees by themselves
   * remain; a prefix names the property after the stripped name, and a field no prefix fits gets no
   * accessor; the annotation merges from the field out to the enclosing classes.
   */
  @Test
  void lombokAccessorsFluentAndPrefixNameThePropertiesAsJacksonDoes() throws Exception {
    JsonNode p =
        schema(
                """
            public Fluent fluent;
            public Prefixed prefixed;
            public Outer.Inner inner;
            @lombok.Getter @lombok.Setter @lombok.experimental.Accessors(fluent = true)
            public static class Fluent {
              private String name;
              @JsonProperty("renamed") private int count;
              @JsonIgnore private String hidden;
              @JsonFormat(shape = JsonFormat.Shape.STRING) private int asText;
              private boolean enabled;
              public String visible;
            }
            @lombok.Data @lombok.experimental.Accessors(prefix = {"f", "m"}, chain = true)
            public static class Prefixed {
              private String fName;
              @JsonProperty("size") private int mCount;
              private String other;
              private boolean fReady;
              private String fURL;
              private String fancy;
              @JsonProperty private int fTotal;
              @lombok.experimental.Accessors(fluent = true) private String fSilent;
            }
            @lombok.experimental.Accessors(fluent = true)
            public static class Outer {
              @lombok.Getter public static class Inner { private String name; public int seen; }
            }
            """)
            .at("/properties/spec/properties");
    assertThat(fieldNames(p.at("/fluent/properties")))
        .containsExactlyInAnyOrder("renamed", "asText", "visible");
    assertThat(p.at("/fluent/properties/asText/type").asText()).isEqualTo("string");
    // fancy: "f" then a lower-case letter is no prefix; fTotal: the field by itself, and getTotal
    assertThat(fieldNames(p.at("/prefixed/properties")))
        .containsExactlyInAnyOrder("name", "size", "ready", "url", "fTotal", "total");
    assertThat(fieldNames(p.at("/inner/properties"))).containsExactly("seen");
  }

  /**
   * {@code lombok.config}'s accessor settings, read as Lombok reads them: from the source file's
   * folder up, the nearest last, up to {@code config.stopBubbling}; {@code @Accessors} wins.
   */
  @Test
  void lombokConfigShapesTheAccessorsWhereNoAnnotationDoes() throws Exception {
    JsonNode spec =
        new Fixture(tmp)
            .resource(
                "com.example.api",
                "example.com",
                "v1",
                "Thing",
                """
                @lombok.Data
                public class ThingSpec {
                  private String fName;
                  private String other;
                  private com.example.api.fluent.Settings fSettings;
                  private com.example.api.plain.Plain fPlain;
                }
                """,
                "public class ThingStatus {}\n")
            .source(
                "com/example/api/lombok.config",
                "# prefixed fields\nlombok.accessors.prefix += f\n")
            .source("com/example/api/fluent/lombok.config", "lombok.accessors.fluent = true\n")
            .source(
                "com/example/api/fluent/Settings.java",
                """
                package com.example.api.fluent;
                @lombok.Getter @lombok.Setter
                public class Settings {
                  private String name;
                  public int seen;
                  @lombok.experimental.Accessors(fluent = false) private String fKept;
                }
                """)
            .source(
                "com/example/api/plain/lombok.config",
                "config.stopBubbling = true\nlombok.accessors.fluent = false\n")
            .source(
                "com/example/api/plain/Plain.java",
                """
                package com.example.api.plain;
                @lombok.Data public class Plain { private String flag; }
                """)
            .schema()
            .at("/properties/spec/properties");
    assertThat(fieldNames(spec)).containsExactlyInAnyOrder("name", "settings", "plain");
    // fluent from its folder, the prefix from the one above; the annotation's fluent wins
    assertThat(fieldNames(spec.at("/settings/properties")))
        .containsExactlyInAnyOrder("seen", "kept");
    // stopBubbling: the prefix above does not reach here
    assertThat(fieldNames(spec.at("/plain/properties"))).containsExactly("flag");
  }

  @Test
  void jsonCreatorParametersAreProperties() throws Exception {
    JsonNode p =
        spec(
            """
            private final String a;
            private final int b;
            @JsonCreator
            public ThingSpec(@JsonProperty("alpha") String a, @JsonProperty(value = "beta", required = true) int b) {
              this.a = a;
              this.b = b;
            }
            @JsonProperty("alpha") public String a() { return a; }
            """);
    assertThat(fieldNames(p)).containsExactlyInAnyOrder("alpha", "beta");
    assertThat(p.at("/beta/type").asText()).isEqualTo("integer");
  }
}

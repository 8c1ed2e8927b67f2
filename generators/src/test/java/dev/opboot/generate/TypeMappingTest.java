package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeMappingTest {
  @TempDir Path tmp;

  private JsonNode spec(String body, String... extraFiles) throws Exception {
    Fixture fixture =
        new Fixture(tmp)
            .resource(
                "com.example.api",
                "example.com",
                "v1",
                "Thing",
                "public class ThingSpec {\n" + body + "\n}\n",
                "public class ThingStatus {}\n");
    for (int i = 0; i < extraFiles.length; i += 2) {
      fixture.source(extraFiles[i], extraFiles[i + 1]);
    }
    return fixture.schema().at("/properties/spec/properties");
  }

  @Test
  void mapsJavaValueTypesLikeControllerGenMapsGoTypes() throws Exception {
    JsonNode p =
        spec(
            """
        public int i; public Integer boxed; public short s; public long l; public Long bigL;
        public double d; public float f; public boolean b; public Boolean bb; public String str;
        public char c; public byte[] bytes; public java.math.BigDecimal dec;
        public java.time.Instant instant; public java.time.OffsetDateTime odt; public java.time.ZonedDateTime zdt;
        public java.time.Duration duration; public java.time.LocalDate date; public java.util.UUID uuid;
        """);
    assertThat(p.get("i").toString()).isEqualTo("{\"format\":\"int32\",\"type\":\"integer\"}");
    assertThat(p.get("boxed").toString()).isEqualTo("{\"format\":\"int32\",\"type\":\"integer\"}");
    assertThat(p.get("s").toString()).isEqualTo("{\"format\":\"int32\",\"type\":\"integer\"}");
    assertThat(p.get("l").toString()).isEqualTo("{\"format\":\"int64\",\"type\":\"integer\"}");
    assertThat(p.get("bigL").toString()).isEqualTo("{\"format\":\"int64\",\"type\":\"integer\"}");
    assertThat(p.get("d").toString()).isEqualTo("{\"type\":\"number\"}");
    assertThat(p.get("f").toString()).isEqualTo("{\"type\":\"number\"}");
    assertThat(p.get("b").toString()).isEqualTo("{\"type\":\"boolean\"}");
    assertThat(p.get("bb").toString()).isEqualTo("{\"type\":\"boolean\"}");
    assertThat(p.get("str").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(p.get("c").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(p.get("bytes").toString()).isEqualTo("{\"format\":\"byte\",\"type\":\"string\"}");
    assertThat(p.get("dec").toString()).isEqualTo("{\"type\":\"number\"}");
    for (String time : new String[] {"instant", "odt", "zdt"}) {
      assertThat(p.get(time).toString())
          .isEqualTo("{\"format\":\"date-time\",\"type\":\"string\"}");
    }
    assertThat(p.get("duration").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(p.get("date").toString()).isEqualTo("{\"format\":\"date\",\"type\":\"string\"}");
    assertThat(p.get("uuid").toString()).isEqualTo("{\"format\":\"uuid\",\"type\":\"string\"}");
  }

  @Test
  void mapsCollectionsMapsAndOptionals() throws Exception {
    JsonNode p =
        spec(
            """
        public java.util.List<String> list; public java.util.Set<String> set; public int[] ints;
        public java.util.Map<String, Integer> map; public java.util.Optional<String> maybe;
        public java.util.Map<String, Object> anything; public java.util.List<java.util.List<Long>> nested;
        public com.fasterxml.jackson.databind.JsonNode json;
        """);
    assertThat(p.get("list").toString())
        .isEqualTo("{\"items\":{\"type\":\"string\"},\"type\":\"array\"}");
    assertThat(p.get("set").toString())
        .isEqualTo(
            "{\"items\":{\"type\":\"string\"},\"type\":\"array\",\"x-kubernetes-list-type\":\"set\"}");
    assertThat(p.get("ints").toString())
        .isEqualTo("{\"items\":{\"format\":\"int32\",\"type\":\"integer\"},\"type\":\"array\"}");
    assertThat(p.get("map").toString())
        .isEqualTo(
            "{\"additionalProperties\":{\"format\":\"int32\",\"type\":\"integer\"},\"type\":\"object\"}");
    assertThat(p.get("maybe").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(p.get("anything").toString())
        .isEqualTo("{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}");
    assertThat(p.get("nested").toString())
        .isEqualTo(
            "{\"items\":{\"items\":{\"format\":\"int64\",\"type\":\"integer\"},\"type\":\"array\"},\"type\":\"array\"}");
    assertThat(p.get("json").toString())
        .isEqualTo("{\"x-kubernetes-preserve-unknown-fields\":true}");
  }

  @Test
  void mapsKubernetesTypes() throws Exception {
    JsonNode p =
        spec(
            """
        public io.fabric8.kubernetes.api.model.Quantity memory;
        public io.fabric8.kubernetes.api.model.IntOrString port;
        public io.fabric8.kubernetes.api.model.ObjectMeta template;
        public io.fabric8.kubernetes.api.model.HasMetadata embedded;
        public io.fabric8.kubernetes.api.model.runtime.RawExtension raw;
        public io.fabric8.kubernetes.api.model.MicroTime renewTime;
        """);
    assertThat(p.get("memory").get("anyOf").toString())
        .isEqualTo("[{\"type\":\"integer\"},{\"type\":\"string\"}]");
    assertThat(p.get("memory").get("pattern").asText())
        .startsWith("^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))");
    assertThat(p.get("memory").get("x-kubernetes-int-or-string").asBoolean()).isTrue();
    assertThat(p.get("port").toString())
        .isEqualTo(
            "{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"x-kubernetes-int-or-string\":true}");
    // an ObjectMeta below the root has its users' fields (EmbeddedObjectMetaTest)
    assertThat(p.get("template").get("properties").size()).isEqualTo(5);
    assertThat(p.get("embedded").toString())
        .isEqualTo(
            "{\"type\":\"object\",\"x-kubernetes-embedded-resource\":true,"
                + "\"x-kubernetes-preserve-unknown-fields\":true}");
    assertThat(p.get("raw").toString())
        .isEqualTo("{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}");
    assertThat(p.get("renewTime").toString())
        .isEqualTo("{\"format\":\"date-time\",\"type\":\"string\"}");
  }

  @Test
  void enumsHonourJsonPropertyJsonIgnoreAndJsonValue() throws Exception {
    JsonNode p =
        spec(
            "public Policy policy; public Level level;",
            "com/example/api/Policy.java",
            """
            package com.example.api;
            /** How jobs run together. */
            public enum Policy {
              ALLOW,
              @com.fasterxml.jackson.annotation.JsonProperty("Forbid") FORBID,
              @com.fasterxml.jackson.annotation.JsonIgnore INTERNAL
            }
            """,
            "com/example/api/Level.java",
            """
            package com.example.api;
            public enum Level {
              LOW("low"), HIGH("high");
              private final String value;
              Level(String value) { this.value = value; }
              @com.fasterxml.jackson.annotation.JsonValue
              public String value() { return value; }
            }
            """);
    assertThat(p.get("policy").toString())
        .isEqualTo(
            "{\"description\":\"How jobs run together.\",\"enum\":[\"ALLOW\",\"Forbid\"],\"type\":\"string\"}");
    assertThat(p.get("level").toString())
        .isEqualTo("{\"enum\":[\"low\",\"high\"],\"type\":\"string\"}");
  }

  /** Strimzi's enums: {@code @JsonValue} switches on this, as a statement or an expression. */
  @Test
  void enumsWhoseJsonValueSwitchesOnThis() throws Exception {
    JsonNode p =
        spec(
            "public State state; public Family family;",
            "com/example/api/State.java",
            """
            package com.example.api;
            public enum State {
              PAUSED, STOPPED, RUNNING, IDLE;
              @com.fasterxml.jackson.annotation.JsonValue
              public String toValue() {
                switch (this) {
                  case PAUSED: return "paused";
                  case STOPPED:
                  case IDLE:
                    return "stopped";
                  case RUNNING: return "running";
                  default: return null;
                }
              }
            }
            """,
            "com/example/api/Family.java",
            """
            package com.example.api;
            public enum Family {
              IPV4, IPV6;
              @com.fasterxml.jackson.annotation.JsonValue
              public String toValue() {
                return switch (this) {
                  case IPV4 -> "IPv4";
                  case IPV6 -> { yield "IPv6"; }
                };
              }
            }
            """);
    assertThat(p.get("state").toString())
        .isEqualTo("{\"enum\":[\"paused\",\"stopped\",\"running\"],\"type\":\"string\"}");
    assertThat(p.get("family").toString())
        .isEqualTo("{\"enum\":[\"IPv4\",\"IPv6\"],\"type\":\"string\"}");
  }

  /** Jackson's polymorphism: the union of the subtypes' properties and the discriminator. */
  @Test
  void jsonSubTypesAreTheUnionOfTheirPropertiesWithTheDiscriminator() throws Exception {
    JsonNode p =
        spec(
            "public Storage storage; public Shape shape;",
            "com/example/api/Storage.java",
            """
            package com.example.api;
            @com.fasterxml.jackson.annotation.JsonTypeInfo(
                use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME,
                include = com.fasterxml.jackson.annotation.JsonTypeInfo.As.EXISTING_PROPERTY,
                property = "type")
            @com.fasterxml.jackson.annotation.JsonSubTypes({
              @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = Ephemeral.class, name = "ephemeral"),
              @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = Claim.class, name = "claim")
            })
            public abstract class Storage {
              public abstract String getType();
            }
            """,
            "com/example/api/Ephemeral.java",
            """
            package com.example.api;
            public class Ephemeral extends Storage {
              public String getType() { return "ephemeral"; }
              public String sizeLimit;
            }
            """,
            "com/example/api/Claim.java",
            """
            package com.example.api;
            public class Claim extends Storage {
              public String getType() { return "claim"; }
              @com.fasterxml.jackson.annotation.JsonProperty(required = true) public String size;
            }
            """,
            "com/example/api/Shape.java",
            """
            package com.example.api;
            @com.fasterxml.jackson.annotation.JsonTypeInfo(
                use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME, property = "kind")
            @com.fasterxml.jackson.annotation.JsonSubTypes({
              @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = Circle.class, name = "circle")
            })
            public abstract class Shape {}
            """,
            "com/example/api/Circle.java",
            """
            package com.example.api;
            public class Circle extends Shape { public int radius; }
            """);
    // EXISTING_PROPERTY: the class's own type property, which Jackson needs to read the object
    // back (no defaultImpl), limited to the subtypes' names; a subtype's required is not the
    // union's (DIFFERENCES.md D11)
    assertThat(p.get("storage").toString())
        .isEqualTo(
            "{\"properties\":{\"size\":{\"type\":\"string\"},\"sizeLimit\":{\"type\":\"string\"},"
                + "\"type\":{\"enum\":[\"claim\",\"ephemeral\"],\"type\":\"string\"}},"
                + "\"required\":[\"type\"],\"type\":\"object\"}");
    // PROPERTY: Jackson writes the discriminator, limited to the subtypes' names
    assertThat(p.get("shape").toString())
        .isEqualTo(
            "{\"properties\":{\"kind\":{\"enum\":[\"circle\"],\"type\":\"string\"},"
                + "\"radius\":{\"format\":\"int32\",\"type\":\"integer\"}},"
                + "\"required\":[\"kind\"],\"type\":\"object\"}");
  }

  @Test
  void walksNestedClassesRecordsInheritanceAndGenerics() throws Exception {
    JsonNode p =
        spec(
            """
        public Inner inner; public Point point; public Child child; public Box<String> box;
        /** Nested, static. */
        public static class Inner { public String name; }
        """,
            "com/example/api/Point.java",
            "package com.example.api;\npublic record Point(int x, int y) {}\n",
            "com/example/api/Base.java",
            "package com.example.api;\npublic class Base { public String id; }\n",
            "com/example/api/Child.java",
            "package com.example.api;\npublic class Child extends Base { public String extra; }\n",
            "com/example/api/Box.java",
            "package com.example.api;\npublic class Box<T> { public T value; public java.util.List<T> all; }\n");
    assertThat(p.get("inner").toString())
        .isEqualTo(
            "{\"description\":\"Nested, static.\",\"properties\":{\"name\":{\"type\":\"string\"}},\"type\":\"object\"}");
    assertThat(p.get("point").get("properties").fieldNames())
        .toIterable()
        .containsExactly("x", "y");
    assertThat(p.get("child").get("properties").fieldNames())
        .toIterable()
        .containsExactly("extra", "id");
    assertThat(p.get("box").toString())
        .isEqualTo(
            "{\"properties\":{\"all\":{\"items\":{\"type\":\"string\"},"
                + "\"type\":\"array\"},\"value\":{\"type\":\"string\"}},\"type\":\"object\"}");
  }

  @Test
  void gettersWithoutFieldsAndJacksonNamesAreProperties() throws Exception {
    JsonNode p =
        spec(
            """
        private String secretName;
        @com.fasterxml.jackson.annotation.JsonProperty("renamed") private String original;
        @com.fasterxml.jackson.annotation.JsonIgnore private String hidden;
        public String getSecretName() { return secretName; }
        public int getComputed() { return 1; }
        public boolean isReady() { return true; }
        """);
    assertThat(p.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("secretName", "renamed", "computed", "ready");
  }
}

package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Map keys as Jackson writes them: always JSON strings, so any key Jackson can read back makes an
 * object with additionalProperties (#14: Flink's {@code Map<Long, ...>}).
 */
class MapKeyTest {
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

  @Test
  void numbersEnumsUuidsAndStringBuiltKeysAreObjects() throws Exception {
    JsonNode p =
        withSpec(
                """
                public java.util.Map<Long, String> byId;
                public java.util.Map<Integer, Boolean> byPort;
                public java.util.SortedMap<java.util.UUID, Integer> byUid;
                public java.util.Map<Mode, String> byMode;
                public java.util.Map<Name, String> byName;
                public java.util.Map<Code, String> byCode;
                public enum Mode { ON, OFF }
                public static class Name {
                  public Name(String value) {}
                }
                public static class Code {
                  private Code() {}
                  @com.fasterxml.jackson.annotation.JsonCreator
                  static Code parse(String text) { return new Code(); }
                }
                """)
            .schema()
            .at("/properties/spec/properties");
    assertThat(p.get("byId").toString())
        .isEqualTo("{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"}");
    assertThat(p.get("byPort").toString())
        .isEqualTo("{\"additionalProperties\":{\"type\":\"boolean\"},\"type\":\"object\"}");
    assertThat(p.get("byUid").toString())
        .isEqualTo(
            "{\"additionalProperties\":{\"format\":\"int32\",\"type\":\"integer\"},\"type\":\"object\"}");
    assertThat(p.get("byMode").get("type").asText()).isEqualTo("object");
    assertThat(p.get("byName").get("type").asText()).isEqualTo("object");
    assertThat(p.get("byCode").get("type").asText()).isEqualTo("object");
  }

  @Test
  void aKeyJacksonCannotReadBackIsRefusedSayingWhy() {
    String spec = tmp.resolve("src/com/example/api/ThingSpec.java").toString();
    assertThatThrownBy(
            () ->
                withSpec(
                        """
                        public java.util.Map<Point, String> byPoint;
                        public static class Point { public int x; }
                        """)
                    .generate())
        .hasMessageContaining(spec + ":3:")
        .hasMessageContaining("the map at .spec.byPoint has keys of type")
        .hasMessageContaining("Jackson writes these keys with toString() but cannot read them back")
        .hasMessageContaining("Use Map<String, ...>, or give the key type a constructor");
  }
}

package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @JsonFormat(shape = ...)} gives the JSON type Jackson writes (#14). */
class JsonFormatShapeTest {
  @TempDir Path tmp;

  private JsonNode spec(String body) throws Exception {
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
            "com/example/api/Level.java",
            "package com.example.api;\npublic enum Level { LOW, MID, HIGH }\n")
        .source(
            "com/example/api/Code.java",
            """
            package com.example.api;
            import com.fasterxml.jackson.annotation.JsonFormat;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER)
            public enum Code { OK, FAILED }
            """)
        .source(
            "com/example/api/Unit.java",
            """
            package com.example.api;
            import com.fasterxml.jackson.annotation.JsonFormat;
            @JsonFormat(shape = JsonFormat.Shape.OBJECT)
            public enum Unit {
              METRE;
              public String getSymbol() { return "m"; }
            }
            """)
        .schema()
        .at("/properties/spec/properties");
  }

  @Test
  void enumsAsNumbersAreTheirIndexes() throws Exception {
    JsonNode p =
        spec(
            """
            @JsonFormat(shape = JsonFormat.Shape.NUMBER) public Level level;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER) public java.util.List<Level> levels;
            public Code code;
            public Level plain;
            """);
    assertThat(p.get("level").toString()).isEqualTo("{\"enum\":[0,1,2],\"type\":\"integer\"}");
    assertThat(p.at("/levels/items").toString())
        .isEqualTo("{\"enum\":[0,1,2],\"type\":\"integer\"}");
    assertThat(p.get("code").toString()).isEqualTo("{\"enum\":[0,1],\"type\":\"integer\"}");
    assertThat(p.get("plain").toString())
        .isEqualTo("{\"enum\":[\"LOW\",\"MID\",\"HIGH\"],\"type\":\"string\"}");
  }

  @Test
  void anEnumAsAnObjectKeepsItsProperties() throws Exception {
    assertThat(spec("public Unit unit;").get("unit").toString())
        .isEqualTo("{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}");
  }

  @Test
  void datesAsNumbersAndNumbersAsStrings() throws Exception {
    JsonNode p =
        spec(
            """
            @JsonFormat(shape = JsonFormat.Shape.NUMBER) public java.time.Instant at;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) public java.util.Date since;
            public java.time.Instant plainAt;
            @JsonFormat(shape = JsonFormat.Shape.STRING) public long big;
            @JsonFormat(shape = JsonFormat.Shape.STRING) public boolean flag;
            """);
    assertThat(p.get("at").toString()).isEqualTo("{\"type\":\"number\"}");
    assertThat(p.get("since").toString()).isEqualTo("{\"type\":\"integer\"}");
    assertThat(p.get("plainAt").toString())
        .isEqualTo("{\"format\":\"date-time\",\"type\":\"string\"}");
    assertThat(p.get("big").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(p.get("flag").toString()).isEqualTo("{\"type\":\"string\"}");
  }
}

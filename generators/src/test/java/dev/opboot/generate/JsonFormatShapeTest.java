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
    assertThat(p.get("since").toString()).isEqualTo("{\"format\":\"int64\",\"type\":\"integer\"}");
    assertThat(p.get("plainAt").toString())
        .isEqualTo("{\"format\":\"date-time\",\"type\":\"string\"}");
    assertThat(p.get("big").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(p.get("flag").toString()).isEqualTo("{\"type\":\"string\"}");
  }

  /**
   * java.time and Date values as fabric8's mapper writes them (jackson-datatype-jsr310, dates as
   * text): each shape's JSON type, read off what Jackson wrote for each type.
   */
  @Test
  void dateAndTimeTypesTakeTheShapeJacksonWrites() throws Exception {
    JsonNode p =
        spec(
            """
            public java.time.LocalDate day;
            public java.time.Year year;
            public java.util.Calendar calendar;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER) public java.time.LocalDate dayParts;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) public java.time.LocalDate epochDay;
            @JsonFormat(shape = JsonFormat.Shape.ARRAY) public java.time.LocalDateTime stamp;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER) public java.time.LocalTime time;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER) public java.time.OffsetTime offsetTime;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER) public java.time.Duration timeout;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) public java.time.Instant millis;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER) public java.util.Date since;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER) public java.time.Year yearNumber;
            @JsonFormat(shape = JsonFormat.Shape.STRING) public java.util.Date sinceText;
            """);
    assertThat(p.get("day").toString()).isEqualTo("{\"format\":\"date\",\"type\":\"string\"}");
    assertThat(p.get("year").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(p.get("calendar").toString())
        .isEqualTo("{\"format\":\"date-time\",\"type\":\"string\"}");
    String integers = "{\"items\":{\"format\":\"int32\",\"type\":\"integer\"},\"type\":\"array\"}";
    assertThat(p.get("dayParts").toString()).isEqualTo(integers);
    assertThat(p.get("epochDay").toString())
        .isEqualTo("{\"format\":\"int64\",\"type\":\"integer\"}");
    assertThat(p.get("stamp").toString()).isEqualTo(integers);
    assertThat(p.get("time").toString()).isEqualTo(integers);
    assertThat(p.at("/offsetTime/items/x-kubernetes-int-or-string").asBoolean()).isTrue();
    assertThat(p.get("timeout").toString()).isEqualTo("{\"type\":\"number\"}");
    assertThat(p.get("millis").toString()).isEqualTo("{\"format\":\"int64\",\"type\":\"integer\"}");
    assertThat(p.get("since").toString()).isEqualTo("{\"format\":\"int64\",\"type\":\"integer\"}");
    assertThat(p.get("yearNumber").toString())
        .isEqualTo("{\"format\":\"int32\",\"type\":\"integer\"}");
    assertThat(p.get("sinceText").toString())
        .isEqualTo("{\"format\":\"date-time\",\"type\":\"string\"}");
  }

  /**
   * A pattern of the user's writes no RFC 3339 date, so the schema says no {@code format} the API
   * server would check; RFC 3339's own patterns keep it.
   */
  @Test
  void aDatePatternDropsTheFormatUnlessItIsRfc3339() throws Exception {
    JsonNode p =
        spec(
            """
            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
            public java.time.LocalDate isoDay;
            @JsonFormat(pattern = "dd.MM.yyyy") public java.time.LocalDate dottedDay;
            @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm:ssXXX", timezone = "UTC")
            public java.time.Instant isoAt;
            @JsonFormat(pattern = "dd.MM.yyyy HH:mm") public java.util.Date dottedAt;
            @JsonFormat(pattern = "yyyy-MM-dd") public java.util.Date dayOfDate;
            """);
    assertThat(p.get("isoDay").toString()).isEqualTo("{\"format\":\"date\",\"type\":\"string\"}");
    assertThat(p.get("dottedDay").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(p.get("isoAt").toString())
        .isEqualTo("{\"format\":\"date-time\",\"type\":\"string\"}");
    assertThat(p.get("dottedAt").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(p.get("dayOfDate").toString()).isEqualTo("{\"type\":\"string\"}");
  }

  /** On a map Jackson formats the values, on a list the elements, through both. */
  @Test
  void aFormatOnAMapOrListAppliesToItsValues() throws Exception {
    JsonNode p =
        spec(
            """
            @JsonFormat(pattern = "dd.MM.yyyy")
            public java.util.Map<String, java.time.LocalDate> holidays;
            @JsonFormat(shape = JsonFormat.Shape.NUMBER)
            public java.util.Map<String, java.util.List<java.time.Instant>> times;
            @JsonFormat(shape = JsonFormat.Shape.STRING) public java.util.Map<String, Integer> counts;
            @JsonFormat(pattern = "dd.MM.yyyy")
            public java.util.Optional<java.util.List<java.time.LocalDate>> days;
            """);
    assertThat(p.at("/holidays/additionalProperties").toString())
        .isEqualTo("{\"type\":\"string\"}");
    assertThat(p.at("/times/additionalProperties/items").toString())
        .isEqualTo("{\"type\":\"number\"}");
    assertThat(p.at("/counts/additionalProperties").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(p.at("/days/items").toString()).isEqualTo("{\"type\":\"string\"}");
  }
}

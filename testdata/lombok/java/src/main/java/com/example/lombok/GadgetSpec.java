package com.example.lombok;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import lombok.Data;
import lombok.Getter;
import lombok.Setter;
import lombok.experimental.Accessors;

/** Lombok's accessors in the shapes {@code @Accessors} gives them. */
@Data
public class GadgetSpec {
  private Fluent fluent;
  private Prefixed prefixed;
  private Chained chained;
  private Outer.Inner inner;
  private com.example.lombok.configured.Configured configured;
  private com.example.lombok.configured.members.Members members;

  /** Fluent accessors: {@code name()}, no bean getter, so only fields Jackson sees remain. */
  @Getter
  @Setter
  @Accessors(fluent = true)
  public static class Fluent {
    private String name;

    @JsonProperty("renamed")
    private int count;

    @JsonIgnore private String hidden;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private int asText;

    private boolean enabled;
    public String visible;
  }

  /** Prefixed fields: {@code fName} gets {@code getName()}; a field no prefix fits gets none. */
  @Data
  @Accessors(prefix = {"f", "m"}, chain = true)
  public static class Prefixed {
    private String fName;

    @JsonProperty("size")
    private int mCount;

    private String other;
    private boolean fReady;
    private String fURL;
    private String fancy;

    @JsonProperty private int fTotal;

    @Accessors(fluent = true)
    private String fSilent;
  }

  /** Chained setters return this, which Jackson does not mind. */
  @Data
  @Accessors(chain = true)
  public static class Chained {
    private String name;
    private boolean ready;
  }

  /** {@code @Accessors} on an enclosing class applies to the classes inside it. */
  @Accessors(fluent = true)
  public static class Outer {
    /** Fluent by its outer class. */
    @Getter
    @Setter
    public static class Inner {
      private String name;
      public int seen;
    }
  }
}

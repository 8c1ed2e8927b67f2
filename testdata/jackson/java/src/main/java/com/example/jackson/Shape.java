package com.example.jackson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Shapes told apart by their kind. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Shape.Circle.class, name = "circle"),
  @JsonSubTypes.Type(value = Shape.Square.class, name = "square")
})
public abstract class Shape {
  public String colour;

  /** A circle. */
  public static class Circle extends Shape {
    public int radius;
  }

  /** A square, made through its creator. */
  public static class Square extends Shape {
    private final int side;

    @JsonCreator
    public Square(@JsonProperty("side") int side) {
      this.side = side;
    }

    @JsonProperty("side")
    public int side() {
      return side;
    }
  }
}

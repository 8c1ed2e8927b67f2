package com.example.jackson;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/** Properties named by annotated accessors, inlined, polymorphic and in records. */
public class WidgetSpec {
  private String size;
  private String hidden;

  /** Inlined with a prefix: sourceHost, sourcePort. */
  @JsonUnwrapped(prefix = "source")
  public Endpoint source;

  public Shape shape;
  public List<Shape> shapes;
  public Limits limits;
  public Labels labels;
  public Schedule schedule;

  @JsonIgnoreProperties({"port"})
  public Endpoint hostOnly;

  @JsonGetter("widgetSize")
  public String size() {
    return size;
  }

  @JsonSetter("widgetSize")
  public void size(String size) {
    this.size = size;
  }

  /** Endpoint of a service. */
  public static class Endpoint {
    public String host;
    public int port;
  }

  /** A record read through its components. */
  public record Limits(int cpu, String memory) {}

  /** Known labels, and any others kept. */
  public static class Labels {
    public String team;
    private final Map<String, String> others = new java.util.TreeMap<>();

    @JsonAnyGetter
    public Map<String, String> others() {
      return others;
    }

    @JsonAnySetter
    public void put(String key, String value) {
      others.put(key, value);
    }
  }
}

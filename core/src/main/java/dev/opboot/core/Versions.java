package dev.opboot.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The versions op-boot is and scaffolds for, pinned once in the reactor pom and copied into {@code
 * versions.properties} at build time, so the generated pom and {@code op-boot version} cannot drift
 * from what op-boot was tested with.
 */
public final class Versions {
  private static final Versions CURRENT = load();

  private final Map<String, String> versions;

  private Versions(Map<String, String> versions) {
    this.versions = Map.copyOf(versions);
  }

  /** The versions this build of op-boot was made with. */
  public static Versions current() {
    return CURRENT;
  }

  /** op-boot's own version. */
  public String opBoot() {
    return get("opBoot");
  }

  /** One version by its key in {@code versions.properties} (josdk, fabric8, junit, ...). */
  public String get(String key) {
    String value = versions.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no version named " + key);
    }
    return value;
  }

  /** All versions by key, sorted, for templates. */
  public Map<String, String> asMap() {
    return new TreeMap<>(versions);
  }

  private static Versions load() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
      if (in == null) {
        throw new IllegalStateException("versions.properties is missing from op-boot's jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new TreeMap<>();
    properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
    map.forEach(
        (k, v) -> {
          if (v.startsWith("${")) {
            throw new IllegalStateException("versions.properties was not filtered: " + k + "=" + v);
          }
        });
    return new Versions(map);
  }
}

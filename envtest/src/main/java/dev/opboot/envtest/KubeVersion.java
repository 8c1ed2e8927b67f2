package dev.opboot.envtest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes release version ({@code 1.32.13}, with or without a leading {@code v}) and the
 * selectors {@code op-boot envtest} accepts: a full version, a minor ({@code 1.32}: its newest
 * patch), or {@code latest}.
 */
public record KubeVersion(int major, int minor, int patch) implements Comparable<KubeVersion> {

  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");
  private static final Pattern MINOR = Pattern.compile("v?(\\d+)\\.(\\d+)");

  /** Whether {@code text} is a full version. */
  public static boolean isVersion(String text) {
    return VERSION.matcher(text).matches();
  }

  /**
   * The version {@code text} names.
   *
   * @throws IllegalArgumentException when it is not {@code [v]MAJOR.MINOR.PATCH}
   */
  public static KubeVersion parse(String text) {
    Matcher m = VERSION.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a Kubernetes version such as 1.32.0");
    }
    return new KubeVersion(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /**
   * Whether {@code selector} ({@code latest}, {@code 1.32} or {@code 1.32.13}) selects {@code
   * version}.
   */
  public static boolean selects(String selector, String version) {
    if (!isVersion(version)) {
      return false;
    }
    if (selector == null || selector.isBlank() || selector.equals("latest")) {
      return true;
    }
    if (isVersion(selector)) {
      return parse(selector).equals(parse(version));
    }
    Matcher m = MINOR.matcher(selector);
    if (m.matches()) {
      KubeVersion v = parse(version);
      return v.major == Integer.parseInt(m.group(1)) && v.minor == Integer.parseInt(m.group(2));
    }
    throw new IllegalArgumentException(
        "'"
            + selector
            + "' is not a Kubernetes version: use 1.32.0, 1.32 (its newest patch) or latest");
  }

  @Override
  public int compareTo(KubeVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}

package dev.opboot.envtest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes release version ({@code 1.32.13}, with or without a leading {@code v}) as the
 * envtest archives and store folders name it. Pre-releases ({@code 1.33.0-alpha.2}) are not
 * versions here: setup-envtest skips them in the index too. The selectors that choose among
 * versions are {@link VersionSelector}'s.
 */
public record KubeVersion(int major, int minor, int patch) implements Comparable<KubeVersion> {

  /** Numbers without leading zeros, as setup-envtest reads them. */
  static final String NUMBER = "(?:0|[1-9]\\d*)";

  private static final Pattern VERSION =
      Pattern.compile("v?(" + NUMBER + ")\\.(" + NUMBER + ")\\.(" + NUMBER + ")");

  /** Whether {@code text} is a full version. */
  public static boolean isVersion(String text) {
    return text != null && VERSION.matcher(text).matches();
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

package dev.opboot.envtest;

import java.util.Locale;

/**
 * An operating system and CPU architecture as Go names them ({@code linux}, {@code darwin}, {@code
 * windows}; {@code amd64}, {@code arm64}, ...), the names the envtest archives and store folders
 * use.
 */
public record Platform(String os, String arch) {

  /** This JVM's platform. */
  public static Platform current() {
    return of(System.getProperty("os.name"), System.getProperty("os.arch"));
  }

  /** The Go names for a JVM's {@code os.name} and {@code os.arch}. */
  public static Platform of(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String goOs =
        os.startsWith("windows")
            ? "windows"
            : os.startsWith("mac") ? "darwin" : os.replace(' ', '-');
    String arch = osArch.toLowerCase(Locale.ROOT);
    String goArch =
        switch (arch) {
          case "x86_64", "amd64" -> "amd64";
          case "aarch64", "arm64" -> "arm64";
          case "ppc64le" -> "ppc64le";
          case "s390x" -> "s390x";
          default -> arch;
        };
    return new Platform(goOs, goArch);
  }
}

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
          case "x86", "i386", "i486", "i586", "i686" -> "386";
          case "ppc64le" -> "ppc64le";
          case "s390x" -> "s390x";
          default -> arch;
        };
    return new Platform(goOs, goArch);
  }

  /** A wildcard, for {@code list} and {@code cleanup} across platforms ({@code --os '*'}). */
  public static final String ANY = "*";

  /** Whether this platform (which may hold wildcards) matches {@code other}. */
  public boolean matches(Platform other) {
    return (os.equals(ANY) || other.os.equals(ANY) || os.equals(other.os))
        && (arch.equals(ANY) || other.arch.equals(ANY) || arch.equals(other.arch));
  }

  /**
   * Whether {@code name} can be an os or arch: a word ({@code linux}, {@code amd64}) as the store's
   * folder names and the index's archive names hold them, or the wildcard.
   */
  public static boolean isName(String name) {
    return name.equals(ANY) || name.matches("\\w+");
  }

  /** Whether the os or the arch is a wildcard. */
  public boolean isWildcard() {
    return os.equals(ANY) || arch.equals(ANY);
  }

  /** The file name of one of the envtest binaries on this platform: {@code etcd.exe} on Windows. */
  public String executable(String binary) {
    return os.equals("windows") ? binary + ".exe" : binary;
  }

  /** {@code os/arch}, as setup-envtest prints platforms. */
  @Override
  public String toString() {
    return os + "/" + arch;
  }
}

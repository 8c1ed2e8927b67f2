package dev.opboot.envtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go module {@link SourceBuild} builds kube-apiserver and kubectl from: {@code go.mod}, {@code
 * go.sum} and {@code tools.go} of op-boot's {@code envtest/} folder, carried in this jar. {@code
 * go.mod} is the one place the Kubernetes version lives (its {@code k8s.io/kubernetes}
 * requirement), and its {@code go} line the oldest Go that can build it.
 */
record GoModule(Map<String, byte[]> files, String kubernetesVersion, int minGoMinor) {

  /** Where the files are in the jar. */
  static final String RESOURCES = "/dev/opboot/envtest/source/";

  private static final List<String> FILES = List.of("go.mod", "go.sum", "tools.go");
  private static final Pattern KUBERNETES =
      Pattern.compile("(?m)^require\\s+k8s\\.io/kubernetes\\s+v(\\d+\\.\\d+\\.\\d+)\\s*$");
  private static final Pattern GO = Pattern.compile("(?m)^go\\s+1\\.(\\d+)(?:\\.\\d+)?\\s*$");

  /** The module this jar carries. */
  static GoModule bundled() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : FILES) {
      try (InputStream in = GoModule.class.getResourceAsStream(RESOURCES + name)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCES + name + " is missing from op-boot's jar");
        }
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return of(files);
  }

  /** The module of these files (names as in {@code envtest/}). */
  static GoModule of(Map<String, byte[]> files) {
    String goMod = new String(files.get("go.mod"), StandardCharsets.UTF_8);
    Matcher kubernetes = KUBERNETES.matcher(goMod);
    if (!kubernetes.find()) {
      throw new IllegalStateException("go.mod of the envtest module requires no k8s.io/kubernetes");
    }
    Matcher go = GO.matcher(goMod);
    if (!go.find()) {
      throw new IllegalStateException("go.mod of the envtest module has no go line");
    }
    return new GoModule(Map.copyOf(files), kubernetes.group(1), Integer.parseInt(go.group(1)));
  }

  /** Writes the files into {@code dir}. */
  void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
  }

  /**
   * A hash of the module's files and {@code recipe} (how they are built): a build is current while
   * its stamp equals this.
   */
  String stamp(String recipe) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String name : FILES) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(files.get(name));
        sha.update((byte) 0);
      }
      sha.update(recipe.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

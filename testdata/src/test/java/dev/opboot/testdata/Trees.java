package dev.opboot.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads, copies and compares file trees, ignoring build output. */
final class Trees {
  private Trees() {}

  /** Every file under {@code root} (build output under target/ left out), by relative path. */
  static Map<String, byte[]> read(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(p).toString().replace('\\', '/');
        if (!relative.startsWith("target/")) {
          files.put(relative, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  /** The paths that differ between two trees: missing on either side, or with other content. */
  static List<String> differences(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    List<String> differences = new ArrayList<>();
    for (String path : new TreeSet<>(union(expected, actual))) {
      byte[] e = expected.get(path);
      byte[] a = actual.get(path);
      if (e == null) {
        differences.add("new file " + path);
      } else if (a == null) {
        differences.add("missing file " + path);
      } else if (!Arrays.equals(e, a)) {
        differences.add("changed " + path);
      }
    }
    return differences;
  }

  /** Copies a tree (without target/) into {@code to}. */
  static void copy(Path from, Path to) throws IOException {
    for (Map.Entry<String, byte[]> file : read(from).entrySet()) {
      Path target = to.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }

  private static TreeSet<String> union(Map<String, byte[]> a, Map<String, byte[]> b) {
    TreeSet<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }
}

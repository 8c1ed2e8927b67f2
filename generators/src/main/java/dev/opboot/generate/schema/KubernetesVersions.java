package dev.opboot.generate.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipFile;

/**
 * Which Kubernetes version's built-in type schemas a project gets. The project's fabric8 {@code
 * kubernetes-model-core} decides by default, because a field its classes hold but the CRD schema
 * lacks is pruned by the API server; {@code --kube-version} overrides it. The one place that knows
 * which Kubernetes minor each fabric8 release models, and which catalogues op-boot ships.
 */
public final class KubernetesVersions {
  /** The catalogues op-boot ships ({@code kubernetes/catalog-<v>.json}), oldest first. */
  public static final List<String> SHIPPED = List.of("1.30", "1.31", "1.32", "1.33", "1.34");

  /**
   * The minor the test corpus compares with (controller-gen v0.17.3 builds with k8s.io/api 0.32).
   */
  public static final String CONTROLLER_GEN_CORPUS = "1.32";

  /**
   * fabric8 release (major.minor) → the Kubernetes minor its model classes follow, read off the
   * jars: the first release holding a version's new core types and fields (1.31 {@code
   * ImageVolumeSource}, 1.32 {@code PodSpec.resources}, 1.33 {@code Lifecycle.stopSignal}, 1.34
   * {@code EnvVarSource.fileKeyRef}). No 7.x release models 1.31. Newest last.
   */
  private static final List<String[]> FABRIC8_MODELS =
      List.of(
          new String[] {"6.13", "1.30"},
          new String[] {"7.0", "1.30"},
          new String[] {"7.1", "1.32"},
          new String[] {"7.2", "1.33"},
          new String[] {"7.3", "1.33"},
          new String[] {"7.4", "1.33"},
          new String[] {"7.5", "1.34"});

  private static final String POM_PROPERTIES =
      "META-INF/maven/io.fabric8/kubernetes-model-core/pom.properties";

  private KubernetesVersions() {}

  /** The newest shipped catalogue. */
  public static String newest() {
    return SHIPPED.get(SHIPPED.size() - 1);
  }

  /**
   * The Kubernetes minor a fabric8 release models: from the table, the newest listed for a release
   * after the table's last, the oldest listed for one before its first.
   */
  public static String modelledBy(String fabric8Version) {
    String[] last = FABRIC8_MODELS.get(FABRIC8_MODELS.size() - 1);
    if (compare(fabric8Version, FABRIC8_MODELS.get(0)[0]) < 0) {
      return FABRIC8_MODELS.get(0)[1];
    }
    String modelled = last[1];
    for (String[] row : FABRIC8_MODELS) {
      if (compare(fabric8Version, row[0]) >= 0) {
        modelled = row[1];
      }
    }
    return modelled;
  }

  /** Whether the fabric8 release is in the table (not before its first row nor after its last). */
  static boolean tabled(String fabric8Version) {
    String[] parts = fabric8Version.split("[.-]");
    String majorMinor = parts.length < 2 ? fabric8Version : parts[0] + "." + parts[1];
    return compare(majorMinor, FABRIC8_MODELS.get(0)[0]) >= 0
        && compare(majorMinor, FABRIC8_MODELS.get(FABRIC8_MODELS.size() - 1)[0]) <= 0;
  }

  /** The newest shipped catalogue not newer than {@code minor}, or the oldest shipped one. */
  public static String catalogueFor(String minor) {
    String chosen = SHIPPED.get(0);
    for (String shipped : SHIPPED) {
      if (compare(shipped, minor) <= 0) {
        chosen = shipped;
      }
    }
    return chosen;
  }

  /**
   * The choice for a run: {@code requested} when given (already checked by {@link #problem}), else
   * the catalogue for the fabric8 model on {@code classpath}, else the newest.
   */
  public static Choice choose(String requested, List<Path> classpath) {
    Optional<String> fabric8 = fabric8Version(classpath);
    if (requested != null) {
      return new Choice(requested.trim(), fabric8.orElse(null), true);
    }
    return fabric8
        .map(v -> new Choice(catalogueFor(modelledBy(v)), v, false))
        .orElseGet(() -> new Choice(newest(), null, false));
  }

  /**
   * The version op-boot chose and why.
   *
   * @param version the catalogue's Kubernetes minor, such as {@code 1.34}
   * @param fabric8 the {@code kubernetes-model-core} version on the class path, or null
   * @param requested whether {@code --kube-version} chose it
   * @param coversModel whether the catalogue is the Kubernetes version that the class path's
   *     fabric8 release, one the table knows, models: then its classes hold nothing the catalogue
   *     lacks (tested for the fabric8 op-boot builds with), and walking them to find out can be
   *     skipped, which is a third of a CronJob's generation time. A release after the table's last
   *     is always walked. Worked out once: every property of a built-in type asks.
   */
  public record Choice(String version, String fabric8, boolean requested, boolean coversModel) {
    public Choice(String version, String fabric8, boolean requested) {
      this(
          version,
          fabric8,
          requested,
          fabric8 != null && tabled(fabric8) && modelledBy(fabric8).equals(version));
    }

    /** One line for verbose output: which catalogue, and why. */
    public String describe() {
      String why =
          requested
              ? "as --kube-version asks"
              : fabric8 == null
                  ? "the newest op-boot has: no fabric8 kubernetes-model-core on the class path"
                  : "for fabric8 kubernetes-model-core "
                      + fabric8
                      + " on the class path, which models Kubernetes "
                      + modelledBy(fabric8);
      return "crd: Kubernetes built-in types of Kubernetes " + version + " (" + why + ")";
    }
  }

  /** Why {@code value} of {@code flag} names no shipped catalogue, or empty when it names one. */
  public static Optional<String> problem(String flag, String value) {
    if (SHIPPED.contains(value.trim())) {
      return Optional.empty();
    }
    return Optional.of(
        flag
            + " "
            + value
            + " is not a Kubernetes version op-boot has built-in type schemas for; use one of "
            + String.join(", ", SHIPPED)
            + " (a minor version, as in "
            + flag
            + " "
            + newest()
            + ").");
  }

  /**
   * The version of fabric8's {@code kubernetes-model-core} on {@code classpath}, from the Maven
   * metadata in its jar (or class folder), which survives renamed jars; empty when it is not there.
   */
  public static Optional<String> fabric8Version(List<Path> classpath) {
    // the jar named as Maven names it first: opening every jar of a long class path costs
    for (boolean named : new boolean[] {true, false}) {
      for (Path entry : classpath) {
        Path file = entry.getFileName();
        boolean isNamed = file != null && file.toString().startsWith("kubernetes-model-core");
        if (isNamed == named) {
          Optional<String> version = pomVersion(entry);
          if (version.isPresent()) {
            return version;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> pomVersion(Path entry) {
    try {
      if (Files.isDirectory(entry)) {
        Path pom = entry.resolve(POM_PROPERTIES);
        if (!Files.isRegularFile(pom)) {
          return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(pom)) {
          return version(in);
        }
      }
      if (!Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
        return Optional.empty();
      }
      try (ZipFile jar = new ZipFile(entry.toFile())) {
        var pom = jar.getEntry(POM_PROPERTIES);
        if (pom == null) {
          return Optional.empty();
        }
        try (InputStream in = jar.getInputStream(pom)) {
          return version(in);
        }
      }
    } catch (IOException e) {
      return Optional.empty(); // an unreadable entry is javac's to report, not ours
    }
  }

  private static Optional<String> version(InputStream in) throws IOException {
    Properties properties = new Properties();
    properties.load(in);
    return Optional.ofNullable(properties.getProperty("version")).map(String::trim);
  }

  /** Compares dotted versions numerically, part by part; a non-number part counts as 0. */
  public static int compare(String a, String b) {
    String[] x = a.split("[.-]");
    String[] y = b.split("[.-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(number(x, i), number(y, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int number(String[] parts, int i) {
    if (i >= parts.length) {
      return 0;
    }
    try {
      return Integer.parseInt(parts[i]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

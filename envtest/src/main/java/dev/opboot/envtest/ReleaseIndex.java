package dev.opboot.envtest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The envtest releases index that controller-tools publishes and setup-envtest reads: for each
 * Kubernetes release, one archive per platform with its SHA-512 and its URL.
 *
 * <pre>
 * releases:
 *   v1.32.0:
 *     envtest-v1.32.0-linux-amd64.tar.gz:
 *       hash: &lt;SHA-512, hex&gt;
 *       selfLink: https://github.com/.../envtest-v1.32.0-linux-amd64.tar.gz
 * </pre>
 *
 * As in setup-envtest, an archive's version and platform are read from its name, and names that do
 * not read as {@code envtest-v<version>-<os>-<arch>.tar.gz} (pre-releases such as {@code
 * v1.33.0-alpha.2}) are skipped.
 */
public final class ReleaseIndex {

  /** The index setup-envtest reads by default. */
  public static final String DEFAULT_URL =
      "https://raw.githubusercontent.com/kubernetes-sigs/controller-tools/HEAD/envtest-releases.yaml";

  private static final Pattern ARCHIVE_NAME =
      Pattern.compile(
          "envtest-v("
              + KubeVersion.NUMBER
              + "\\."
              + KubeVersion.NUMBER
              + "\\."
              + KubeVersion.NUMBER
              + ")-(\\w+)-(\\w+)\\.tar\\.gz");

  private static final Pattern SHA512_HEX = Pattern.compile("[0-9a-fA-F]{128}");

  private final String source;
  private final List<Archive> archives;

  private ReleaseIndex(String source, List<Archive> archives) {
    this.source = source;
    this.archives = archives;
  }

  /**
   * One archive of the index.
   *
   * @param name its file name, {@code envtest-v1.32.0-linux-amd64.tar.gz}
   * @param sha512 its SHA-512, lower-case hex
   * @param url where to download it
   */
  public record Archive(
      KubeVersion version, Platform platform, String name, String sha512, URI url) {}

  /**
   * Reads an index.
   *
   * @param yaml the index's text
   * @param source where it came from (its URL), for messages and to resolve relative links
   * @throws EnvTestException when it is not an envtest releases index, naming what is wrong
   */
  public static ReleaseIndex parse(String yaml, String source) throws EnvTestException {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JacksonException e) {
      throw unreadable(source, "it is not YAML (" + e.getOriginalMessage() + ")");
    }
    JsonNode releases = root == null ? null : root.get("releases");
    if (releases == null || !releases.isObject()) {
      throw unreadable(source, "it has no 'releases' map");
    }
    List<Archive> archives = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> release : releases.properties()) {
      if (!release.getValue().isObject()) {
        problems.add("releases." + release.getKey() + " is not a map of archives");
        continue;
      }
      for (Map.Entry<String, JsonNode> archive : release.getValue().properties()) {
        Matcher name = ARCHIVE_NAME.matcher(archive.getKey());
        if (!name.matches()) {
          continue;
        }
        String where = "releases." + release.getKey() + "." + archive.getKey();
        String hash = archive.getValue().path("hash").asText("");
        String link = archive.getValue().path("selfLink").asText("");
        if (!SHA512_HEX.matcher(hash).matches()) {
          problems.add(where + ".hash is not a SHA-512 in hex");
          continue;
        }
        Optional<URI> url = resolve(source, link);
        if (url.isEmpty()) {
          problems.add(where + ".selfLink is not a URL: '" + link + "'");
          continue;
        }
        archives.add(
            new Archive(
                KubeVersion.parse(name.group(1)),
                new Platform(name.group(2), name.group(3)),
                archive.getKey(),
                hash.toLowerCase(java.util.Locale.ROOT),
                url.get()));
      }
    }
    if (!problems.isEmpty()) {
      throw unreadable(source, String.join("; ", problems));
    }
    archives.sort(
        Comparator.comparing(Archive::version)
            .reversed()
            .thenComparing(a -> a.platform().os())
            .thenComparing(a -> a.platform().arch()));
    return new ReleaseIndex(source, List.copyOf(archives));
  }

  private static Optional<URI> resolve(String source, String link) {
    if (link.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(link);
      if (!uri.isAbsolute()) {
        uri = new URI(source).resolve(uri);
      }
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static EnvTestException unreadable(String source, String why) {
    return EnvTestException.failed(
        "cannot read the envtest releases index "
            + source
            + ": "
            + why
            + ". Check that --index names an envtest-releases.yaml such as "
            + DEFAULT_URL);
  }

  /** Where the index came from. */
  public String source() {
    return source;
  }

  /** Every archive, newest version first, then by os and arch. */
  public List<Archive> archives() {
    return archives;
  }

  /** The archives for {@code platform} (which may hold wildcards), newest first. */
  public List<Archive> archives(Platform platform) {
    return archives.stream().filter(a -> platform.matches(a.platform())).toList();
  }

  /**
   * The archive of the newest version {@code selector} selects that has one for {@code platform}.
   *
   * @throws EnvTestException (bad input) when no version matches, listing the nearest ones the
   *     index has, or when the versions that match have no archive for this platform, listing the
   *     platforms they have
   */
  public Archive select(VersionSelector selector, Platform platform) throws EnvTestException {
    List<Archive> matching = archives.stream().filter(a -> selector.matches(a.version())).toList();
    Optional<Archive> forPlatform =
        matching.stream().filter(a -> platform.matches(a.platform())).findFirst();
    if (forPlatform.isPresent()) {
      return forPlatform.get();
    }
    if (matching.isEmpty()) {
      throw EnvTestException.badInput(
          "the envtest releases index "
              + source
              + " has no Kubernetes version "
              + selector
              + (archives.isEmpty()
                  ? " (it lists no archives at all)"
                  : "; the nearest it has: " + join(nearest(selector)))
              + ". Name one of those, or see them all with 'op-boot envtest list'");
    }
    String platforms =
        matching.stream()
            .map(a -> a.platform().toString())
            .collect(Collectors.toCollection(TreeSet::new))
            .stream()
            .collect(Collectors.joining(", "));
    throw EnvTestException.badInput(
        "the envtest releases index "
            + source
            + " has Kubernetes "
            + matching.get(0).version()
            + " for "
            + platforms
            + " but not for "
            + platform
            + ". Choose one of those with --os and --arch, or build the binaries from source");
  }

  /**
   * The versions nearest to what {@code selector} names: those of its minor, else the closest older
   * and newer ones.
   */
  List<KubeVersion> nearest(VersionSelector selector) {
    TreeSet<KubeVersion> versions =
        archives.stream().map(Archive::version).collect(Collectors.toCollection(TreeSet::new));
    KubeVersion base = selector.base();
    List<KubeVersion> sameMinor =
        versions.stream()
            .filter(v -> v.major() == base.major() && v.minor() == base.minor())
            .toList();
    if (!sameMinor.isEmpty()) {
      return sameMinor;
    }
    List<KubeVersion> near = new ArrayList<>();
    Optional.ofNullable(versions.lower(base)).ifPresent(near::add);
    Optional.ofNullable(versions.higher(base)).ifPresent(near::add);
    return near;
  }

  private static String join(List<KubeVersion> versions) {
    return versions.stream().map(KubeVersion::toString).collect(Collectors.joining(", "));
  }
}

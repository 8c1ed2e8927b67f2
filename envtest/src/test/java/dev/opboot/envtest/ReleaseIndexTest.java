package dev.opboot.envtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ReleaseIndexTest {
  private static final String H1 = "a".repeat(128);
  private static final String H2 = "B".repeat(128);

  private static final String INDEX =
      """
      releases:
        v1.31.0:
          envtest-v1.31.0-linux-amd64.tar.gz:
            hash: %1$s
            selfLink: https://example.com/envtest-v1.31.0-linux-amd64.tar.gz
        v1.32.0:
          envtest-v1.32.0-darwin-arm64.tar.gz:
            hash: %2$s
            selfLink: https://example.com/envtest-v1.32.0-darwin-arm64.tar.gz
          envtest-v1.32.0-linux-amd64.tar.gz:
            hash: %1$s
            selfLink: archives/envtest-v1.32.0-linux-amd64.tar.gz
        v1.33.0-alpha.2:
          envtest-v1.33.0-alpha.2-linux-amd64.tar.gz:
            hash: %1$s
            selfLink: https://example.com/pre.tar.gz
        v1.34.0:
          envtest-v1.34.0-darwin-arm64.tar.gz:
            hash: %2$s
            selfLink: https://example.com/envtest-v1.34.0-darwin-arm64.tar.gz
      """
          .formatted(H1, H2);

  private final Platform linux = new Platform("linux", "amd64");

  private ReleaseIndex index() throws EnvTestException {
    return ReleaseIndex.parse(INDEX, "https://idx.example/envtest-releases.yaml");
  }

  @Test
  void readsArchivesFromTheirNamesSkippingPreReleases() throws EnvTestException {
    assertThat(index().archives())
        .extracting(a -> a.version() + " " + a.platform())
        .containsExactly(
            "1.34.0 darwin/arm64",
            "1.32.0 darwin/arm64",
            "1.32.0 linux/amd64",
            "1.31.0 linux/amd64");
    ReleaseIndex.Archive archive = index().select(VersionSelector.parse("1.32"), linux);
    assertThat(archive.name()).isEqualTo("envtest-v1.32.0-linux-amd64.tar.gz");
    assertThat(archive.url())
        .as("a relative selfLink is resolved against the index")
        .isEqualTo(URI.create("https://idx.example/archives/envtest-v1.32.0-linux-amd64.tar.gz"));
    assertThat(
            index().select(VersionSelector.parse("1.32"), new Platform("darwin", "arm64")).sha512())
        .isEqualTo("b".repeat(128));
  }

  @Test
  void latestIsTheNewestForThePlatform() throws EnvTestException {
    assertThat(index().select(VersionSelector.latest(), linux).version())
        .isEqualTo(KubeVersion.parse("1.32.0"));
  }

  @Test
  void anAbsentVersionNamesTheNearestOnes() {
    assertThatThrownBy(() -> index().select(VersionSelector.parse("1.32.13"), linux))
        .isInstanceOf(EnvTestException.class)
        .hasMessageContaining("has no Kubernetes version 1.32.13; the nearest it has: 1.32.0.")
        .hasMessageContaining("op-boot envtest list")
        .matches(e -> ((EnvTestException) e).badInput());
    assertThatThrownBy(() -> index().select(VersionSelector.parse("1.33"), linux))
        .hasMessageContaining("the nearest it has: 1.32.0, 1.34.0.");
  }

  @Test
  void aVersionWithoutThePlatformNamesThePlatformsItHas() {
    assertThatThrownBy(() -> index().select(VersionSelector.parse("1.34"), linux))
        .isInstanceOf(EnvTestException.class)
        .hasMessageContaining("has Kubernetes 1.34.0 for darwin/arm64 but not for linux/amd64")
        .hasMessageContaining("--os and --arch");
  }

  @Test
  void anUnreadableIndexSaysWhatIsWrong() {
    assertThatThrownBy(() -> ReleaseIndex.parse("<html>not found</html>", "https://x/i.yaml"))
        .isInstanceOf(EnvTestException.class)
        .hasMessageContaining("cannot read the envtest releases index https://x/i.yaml")
        .hasMessageContaining("no 'releases' map")
        .hasMessageContaining(ReleaseIndex.DEFAULT_URL);
    assertThatThrownBy(() -> ReleaseIndex.parse("releases: [", "https://x/i.yaml"))
        .hasMessageContaining("it is not YAML");
    assertThatThrownBy(
            () ->
                ReleaseIndex.parse(
                    """
                    releases:
                      v1.32.0:
                        envtest-v1.32.0-linux-amd64.tar.gz:
                          hash: abc
                          selfLink: https://x/a.tar.gz
                    """,
                    "https://x/i.yaml"))
        .hasMessageContaining(
            "releases.v1.32.0.envtest-v1.32.0-linux-amd64.tar.gz.hash is not a SHA-512 in hex");
  }
}

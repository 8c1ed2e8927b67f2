package dev.opboot.envtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvTestStoreTest {
  @TempDir Path dir;
  private final Platform linux = new Platform("linux", "amd64");

  @Test
  void defaultRootsAreSetupEnvtests() {
    Path home = Path.of("/home/u");
    assertThat(EnvTestStore.defaultStore(k -> null, "Linux", home).root())
        .isEqualTo(Path.of("/home/u/.local/share/kubebuilder-envtest"));
    assertThat(EnvTestStore.defaultStore(Map.of("XDG_DATA_HOME", "/x")::get, "Linux", home).root())
        .isEqualTo(Path.of("/x/kubebuilder-envtest"));
    assertThat(EnvTestStore.defaultStore(k -> null, "Mac OS X", home).root())
        .isEqualTo(Path.of("/home/u/Library/Application Support/io.kubebuilder.envtest"));
  }

  @Test
  void listsVersionFoldersNewestFirstWithWhatIncompleteOnesLack() throws IOException {
    EnvTestStore store = EnvTestStore.at(dir);
    version(store, "1.30.0", linux);
    version(store, "1.32.0", linux);
    version(store, "1.31.0", new Platform("darwin", "arm64"));
    Files.createDirectories(store.versionDir("1.33.0", linux));
    Files.createDirectories(dir.resolve("k8s/not-a-version"));

    assertThat(store.installed(linux))
        .extracting(EnvTestStore.Installed::version)
        .containsExactly("1.32.0", "1.30.0");
    assertThat(store.entries(new Platform("*", "*")))
        .extracting(e -> e.version() + " " + e.platform() + " " + e.problem().orElse("ok"))
        .containsExactly(
            "1.33.0 linux/amd64 has no executable etcd",
            "1.32.0 linux/amd64 ok",
            "1.31.0 darwin/arm64 ok",
            "1.30.0 linux/amd64 ok");
    assertThat(store.find(VersionSelector.parse("1.32"), linux).orElseThrow().dir())
        .isEqualTo(dir.resolve("k8s/1.32.0-linux-amd64"));
  }

  @Test
  void removesReadOnlyFoldersAsSetupEnvtestLeavesThem() throws IOException {
    EnvTestStore store = EnvTestStore.at(dir);
    Path old = version(store, "1.30.0", linux);
    version(store, "1.32.0", linux);
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("r-xr-xr-x"));

    assertThat(store.remove(VersionSelector.parse("<1.32"), linux))
        .extracting(e -> e.version().toString())
        .containsExactly("1.30.0");
    assertThat(old).doesNotExist();
    assertThat(store.installed(linux)).hasSize(1);
  }

  @Test
  void aFailedInstallLeavesTheStoreAsItWas() throws IOException {
    EnvTestStore store = EnvTestStore.at(dir.resolve("store"));
    version(store, "1.30.0", linux);
    Map<String, Long> before = listing(dir);
    Installer failing =
        new Installer() {
          @Override
          public String describe() {
            return "a test";
          }

          @Override
          public KubeVersion resolve(VersionSelector selector, Platform platform) {
            return KubeVersion.parse("1.32.0");
          }

          @Override
          public void fill(KubeVersion version, Platform platform, Path into, Scratch scratch)
              throws EnvTestException {
            try {
              Files.writeString(scratch.newFile(".tar.gz"), "partial");
              Files.writeString(into.resolve("etcd"), "half");
            } catch (IOException e) {
              throw new AssertionError(e);
            }
            throw EnvTestException.failed("it broke");
          }
        };
    assertThatThrownBy(() -> store.install(KubeVersion.parse("1.32.0"), linux, failing))
        .hasMessage("it broke");
    assertThat(listing(dir)).isEqualTo(before);

    EnvTestStore fresh = EnvTestStore.at(dir.resolve("new/store"));
    assertThatThrownBy(() -> fresh.install(KubeVersion.parse("1.32.0"), linux, failing));
    assertThat(dir.resolve("new")).as("folders the install created are gone").doesNotExist();
  }

  @Test
  void anInterruptedInstallLeavesTheStoreAsItWas() throws IOException {
    EnvTestStore store = EnvTestStore.at(dir.resolve("store"));
    version(store, "1.30.0", linux);
    Map<String, Long> before = listing(dir);
    Installer interrupted =
        new Installer() {
          @Override
          public String describe() {
            return "a test";
          }

          @Override
          public KubeVersion resolve(VersionSelector selector, Platform platform) {
            return KubeVersion.parse("1.32.0");
          }

          @Override
          public void fill(KubeVersion version, Platform platform, Path into, Scratch scratch)
              throws EnvTestException, InterruptedException {
            try {
              Files.writeString(scratch.newFile(".tar.gz"), "partial");
            } catch (IOException e) {
              throw new AssertionError(e);
            }
            throw new InterruptedException();
          }
        };
    try {
      assertThatThrownBy(() -> store.install(KubeVersion.parse("1.32.0"), linux, interrupted))
          .hasMessage(
              "the install of Kubernetes 1.32.0 was interrupted. Nothing was installed; run the"
                  + " command again");
      assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(listing(dir)).isEqualTo(before);
  }

  @Test
  void exportLineQuotesForTheShell() {
    assertThat(EnvTestStore.exportLine(Path.of("/a b/it's")))
        .isEqualTo("export KUBEBUILDER_ASSETS='/a b/it'\"'\"'s'");
  }

  static Path version(EnvTestStore store, String version, Platform platform) throws IOException {
    Path folder = Files.createDirectories(store.versionDir(version, platform));
    for (String binary : EnvTestStore.BINARIES) {
      Path file = Files.writeString(folder.resolve(binary), "#!/bin/sh\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return folder;
  }

  /** Every file and folder under {@code root} with its size: what must not change. */
  static Map<String, Long> listing(Path root) throws IOException {
    Map<String, Long> listing = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        listing.put(root.relativize(p).toString(), Files.isDirectory(p) ? -1 : Files.size(p));
      }
    }
    return listing;
  }
}

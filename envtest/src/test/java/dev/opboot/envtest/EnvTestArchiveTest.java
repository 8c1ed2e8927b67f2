package dev.opboot.envtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvTestArchiveTest {
  @TempDir Path dir;
  private final Platform linux = new Platform("linux", "amd64");

  private Path unpacked(byte[] archive) throws Exception {
    Path file = dir.resolve("a.tar.gz");
    Files.write(file, archive);
    Path into = Files.createDirectory(dir.resolve("into"));
    EnvTestArchive.unpack(file, "a.tar.gz", into, linux);
    return into;
  }

  @Test
  void stripsTheLeadingFoldersAndKeepsExecBits() throws Exception {
    Path into =
        unpacked(
            TestArchives.create()
                .folder("controller-tools/envtest/")
                .file("controller-tools/envtest/etcd", "e", 0755)
                .file("controller-tools/envtest/kube-apiserver", "k", 0750)
                .file("controller-tools/envtest/kubectl", "c", 0700)
                .file("controller-tools/envtest/README", "r", 0644)
                .bytes());
    try (var files = Files.list(into)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("README", "etcd", "kube-apiserver", "kubectl");
    }
    assertThat(Files.readString(into.resolve("etcd"))).isEqualTo("e");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(into.resolve("kubectl"))))
        .isEqualTo("rwxr-xr-x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(into.resolve("README"))))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void refusesEntriesThatEscapeTheFolder() {
    for (String name : new String[] {"../etcd", "controller-tools/../../etcd", "/etc/etcd"}) {
      assertThatThrownBy(() -> unpackedFresh(TestArchives.create().file(name, "x", 0755).bytes()))
          .isInstanceOf(EnvTestException.class)
          .hasMessageContaining("refused to unpack a.tar.gz")
          .hasMessageContaining("points outside the folder");
    }
    assertThat(dir.resolve("etcd")).doesNotExist();
  }

  @Test
  void refusesLinks() {
    assertThatThrownBy(
            () -> unpacked(TestArchives.create().link("envtest/etcd", "/usr/bin/etcd").bytes()))
        .hasMessageContaining("'envtest/etcd' is a link or a special file");
  }

  @Test
  void aMissingBinaryIsNamed() {
    assertThatThrownBy(
            () ->
                unpacked(
                    TestArchives.create()
                        .file("envtest/etcd", "e", 0755)
                        .file("envtest/kubectl", "c", 0755)
                        .bytes()))
        .hasMessageContaining("is no envtest archive for linux/amd64")
        .hasMessageContaining("has no executable kube-apiserver")
        .hasMessageContaining("it holds etcd, kubectl");
  }

  @Test
  void aTruncatedArchiveIsDamaged() {
    byte[] whole = TestArchives.envtest();
    assertThatThrownBy(() -> unpacked(Arrays.copyOf(whole, whole.length / 2)))
        .isInstanceOf(EnvTestException.class)
        .hasMessageContaining("cannot unpack a.tar.gz")
        .hasMessageContaining("the archive itself is damaged");
  }

  private void unpackedFresh(byte[] archive) throws Exception {
    Path sub = Files.createTempDirectory(dir, "case");
    Path file = sub.resolve("a.tar.gz");
    Files.write(file, archive);
    EnvTestArchive.unpack(file, "a.tar.gz", Files.createDirectory(sub.resolve("into")), linux);
  }

  static long count(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      return walk.count();
    }
  }
}

package dev.opboot.envtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** tar.gz archives built in tests, laid out as controller-tools lays out the envtest ones. */
final class TestArchives {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final TarArchiveOutputStream tar;

  private TestArchives() {
    try {
      tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TestArchives create() {
    return new TestArchives();
  }

  /**
   * A complete envtest archive: the three binaries as small scripts under
   * controller-tools/envtest/.
   */
  static byte[] envtest() {
    return create()
        .folder("controller-tools/envtest/")
        .file("controller-tools/envtest/etcd", "#!/bin/sh\necho etcd\n", 0755)
        .file("controller-tools/envtest/kube-apiserver", "#!/bin/sh\necho apiserver\n", 0755)
        .file("controller-tools/envtest/kubectl", "#!/bin/sh\necho kubectl\n", 0755)
        .bytes();
  }

  TestArchives folder(String name) {
    return entry(new TarArchiveEntry(name), new byte[0]);
  }

  TestArchives file(String name, String content, int mode) {
    TarArchiveEntry entry = new TarArchiveEntry(name, true);
    entry.setMode(mode);
    return entry(entry, content.getBytes(StandardCharsets.UTF_8));
  }

  TestArchives link(String name, String target) {
    TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
    entry.setLinkName(target);
    return entry(entry, new byte[0]);
  }

  private TestArchives entry(TarArchiveEntry entry, byte[] content) {
    try {
      entry.setSize(content.length);
      tar.putArchiveEntry(entry);
      tar.write(content);
      tar.closeArchiveEntry();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] bytes() {
    try {
      tar.close();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

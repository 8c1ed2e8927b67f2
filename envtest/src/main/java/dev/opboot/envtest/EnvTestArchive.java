package dev.opboot.envtest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks an envtest archive: a tar.gz whose files sit under leading folders ({@code
 * controller-tools/envtest/etcd}, ...). The files land directly in the target folder, their leading
 * folders stripped, as setup-envtest stores them; an entry that names a parent folder ({@code ..})
 * or an absolute path, a link, or two files of one name make the archive refused. Executable files
 * stay executable.
 */
final class EnvTestArchive {
  private static final Set<PosixFilePermission> EXECUTABLE =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> PLAIN =
      PosixFilePermissions.fromString("rw-r--r--");

  private EnvTestArchive() {}

  /**
   * Unpacks {@code archive} into the empty folder {@code into} and checks that it holds the envtest
   * binaries for {@code platform}.
   *
   * @param name the archive's name, for messages
   * @throws EnvTestException when the archive is damaged, refused, or lacks a binary
   * @throws InterruptedException when the thread is interrupted
   */
  static void unpack(Path archive, String name, Path into, Platform platform)
      throws EnvTestException, InterruptedException {
    boolean posix = into.getFileSystem().supportedFileAttributeViews().contains("posix");
    List<String> files = new ArrayList<>();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive));
        GzipCompressorInputStream gzip = new GzipCompressorInputStream(raw);
        TarArchiveInputStream tar = new TarArchiveInputStream(gzip)) {
      for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
        if (Thread.interrupted()) {
          throw new InterruptedException("unpacking " + name + " was interrupted");
        }
        String path = entry.getName();
        if (escapes(path)) {
          throw refused(name, "its entry '" + path + "' points outside the folder it unpacks into");
        }
        if (entry.isDirectory()) {
          continue;
        }
        if (!entry.isFile()
            || entry.isSymbolicLink()
            || entry.isLink()
            || entry.isCharacterDevice()
            || entry.isBlockDevice()
            || entry.isFIFO()) {
          throw refused(
              name,
              "its entry '"
                  + path
                  + "' is a link or a special file, where envtest archives hold plain files");
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (files.contains(file)) {
          throw refused(name, "it holds two files named '" + file + "'");
        }
        files.add(file);
        Path target = into.resolve(file);
        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
        boolean executable = (entry.getMode() & 0111) != 0;
        if (posix) {
          Files.setPosixFilePermissions(target, executable ? EXECUTABLE : PLAIN);
        } else if (executable) {
          target.toFile().setExecutable(true, false);
        }
      }
    } catch (IOException e) {
      throw EnvTestException.failed(
          "cannot unpack "
              + name
              + ": "
              + (e instanceof java.io.EOFException
                  ? "it ends before its last file"
                  : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + ". Its SHA-512 matched the index, so the archive itself is damaged, or the disk"
              + " under "
              + into.getParent()
              + " is full. Nothing was installed; choose another version, or pass another --index",
          e);
    }
    var missing = EnvTestStore.missing(into, platform);
    if (missing.isPresent()) {
      throw EnvTestException.failed(
          name
              + " is no envtest archive for "
              + platform
              + ": unpacked, it "
              + missing.get()
              + " (it holds "
              + (files.isEmpty() ? "no file" : String.join(", ", files))
              + "). Nothing was installed; choose another version, or pass another --index");
    }
  }

  /** Whether an entry's path is absolute or names a parent folder. */
  private static boolean escapes(String path) {
    String normal = path.replace('\\', '/');
    if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*")) {
      return true;
    }
    for (String segment : normal.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static EnvTestException refused(String name, String why) {
    return EnvTestException.failed(
        "refused to unpack "
            + name
            + ": "
            + why
            + ". Nothing was installed; the archive is not one the envtest releases publish:"
            + " check --index");
  }
}

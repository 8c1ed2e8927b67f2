package dev.opboot.envtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One install into the store, all or nothing: the installer fills a {@code .tmp-*} folder in the
 * store's root, the folder is checked, then renamed to {@code k8s/<version>-<os>-<arch>} in one
 * step. Whatever fails (or when the JVM is stopped, through a shutdown hook), every temporary file
 * and every folder this install created is removed, so the store is as it was.
 */
final class AtomicInstall {
  private final EnvTestStore store;
  private final KubeVersion version;
  private final Platform platform;
  private final List<Path> temporary = new ArrayList<>();
  private final List<Path> createdFolders = new CopyOnWriteArrayList<>();

  AtomicInstall(EnvTestStore store, KubeVersion version, Platform platform) {
    this.store = store;
    this.version = version;
    this.platform = platform;
  }

  EnvTestStore.Installed run(Installer installer) throws EnvTestException {
    Path target = store.versionDir(version.toString(), platform);
    Thread cleanup =
        new Thread(
            () -> {
              removeTemporary();
              removeCreatedFolders();
            },
            "op-boot envtest cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    boolean done = false;
    try {
      createFolders(store.root());
      Path folder = Files.createTempDirectory(store.root(), ".tmp-" + target.getFileName() + "-");
      synchronized (temporary) {
        temporary.add(folder);
      }
      installer.fill(version, platform, folder, this::newScratchFile);
      var missing = EnvTestStore.missing(folder, platform);
      if (missing.isPresent()) {
        throw EnvTestException.failed(
            installer.describe()
                + " left Kubernetes "
                + version
                + " for "
                + platform
                + " incomplete: the folder "
                + missing.get()
                + ". Nothing was installed");
      }
      if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      moveIntoPlace(folder, target);
      done = true;
      return new EnvTestStore.Installed(version.toString(), target);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw EnvTestException.failed(
          "the install of Kubernetes "
              + version
              + " was interrupted. Nothing was installed; run the command again",
          e);
    } catch (IOException | UncheckedIOException e) {
      throw EnvTestException.failed(
          "cannot install Kubernetes "
              + version
              + " into "
              + store.root()
              + ": "
              + e.getMessage()
              + ". Nothing was installed; check that the folder is writable and the disk has"
              + " space, or choose another with --bin-dir",
          e);
    } finally {
      removeTemporary();
      if (!done) {
        removeCreatedFolders();
      }
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  private Path newScratchFile(String suffix) throws EnvTestException {
    try {
      Path file = Files.createTempFile(store.root(), ".tmp-", suffix);
      synchronized (temporary) {
        temporary.add(file);
      }
      return file;
    } catch (IOException e) {
      throw EnvTestException.failed(
          "cannot make a temporary file in " + store.root() + ": " + e.getMessage(), e);
    }
  }

  /** Creates {@code folder} and its missing parents, remembering which it created. */
  private void createFolders(Path folder) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      createdFolders.add(0, p);
    }
  }

  /**
   * Renames the complete folder to {@code target}. An incomplete folder already there (an
   * interrupted install of another tool) is replaced; a complete one (another run finished first)
   * is kept and ours dropped.
   */
  private void moveIntoPlace(Path folder, Path target) throws IOException {
    createFolders(target.getParent());
    if (Files.exists(target) && EnvTestStore.missing(target, platform).isPresent()) {
      Path aside = Files.createTempDirectory(store.root(), ".tmp-replaced-");
      synchronized (temporary) {
        temporary.add(aside);
      }
      Files.move(target, aside.resolve("old"), StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      if (EnvTestStore.missing(target, platform).isPresent()) {
        throw e;
      }
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "cannot rename " + folder + " to " + target + " in one step (" + e.getMessage() + ")", e);
    }
  }

  private void removeTemporary() {
    List<Path> paths;
    synchronized (temporary) {
      paths = List.copyOf(temporary);
    }
    for (Path path : paths) {
      try {
        Folders.deleteRecursively(path);
      } catch (UncheckedIOException e) {
        // best effort: reported by the failure that got us here, or left for 'cleanup'
      }
    }
  }

  private void removeCreatedFolders() {
    for (Path folder : createdFolders) {
      try {
        Files.deleteIfExists(folder);
      } catch (IOException e) {
        // not empty (another run uses it) or not ours to remove any more
      }
    }
  }
}

package dev.opboot.core.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChangeSetTest {
  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path root = fs.getPath("/work/project");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void writesCreatedAndUpdatedFilesAndLeavesTheRest() throws Exception {
    Files.createDirectories(root.resolve("a"));
    Files.writeString(root.resolve("a/old.txt"), "old");
    Files.writeString(root.resolve("a/same.txt"), "same");
    Files.writeString(root.resolve("a/mine.txt"), "user edit");

    ChangeSet set =
        new ChangeSet()
            .add(FileChange.replacing("a/old.txt", bytes("new"), bytes("old"), ""))
            .add(FileChange.replacing("a/same.txt", bytes("same"), bytes("same"), ""))
            .add(FileChange.skipped("a/mine.txt", bytes("template"), bytes("user edit"), "exists"))
            .add(FileChange.replacing("b/c/new.txt", bytes("created"), null, ""));

    assertThat(set.changes())
        .extracting(FileChange::action)
        .containsExactly(
            FileChange.Action.SKIP,
            FileChange.Action.UPDATE,
            FileChange.Action.UNCHANGED,
            FileChange.Action.CREATE);
    assertThat(set.writes())
        .extracting(FileChange::path)
        .containsExactly("a/old.txt", "b/c/new.txt");

    set.apply(root);

    assertThat(Files.readString(root.resolve("a/old.txt"))).isEqualTo("new");
    assertThat(Files.readString(root.resolve("a/mine.txt"))).isEqualTo("user edit");
    assertThat(Files.readString(root.resolve("b/c/new.txt"))).isEqualTo("created");
    assertThat(allFiles())
        .containsExactly(
            "/work/project/a/mine.txt",
            "/work/project/a/old.txt",
            "/work/project/a/same.txt",
            "/work/project/b/c/new.txt");
  }

  @Test
  void removesFilesAndTheFoldersTheyLeaveEmpty() throws Exception {
    Files.createDirectories(root.resolve("rbac/namespaces"));
    Files.createDirectories(root.resolve("rbac/kept"));
    Files.writeString(root.resolve("rbac/namespaces/role.yaml"), "old role");
    Files.writeString(root.resolve("rbac/kept/role.yaml"), "old role");
    Files.writeString(root.resolve("rbac/kept/mine.yaml"), "user's");

    ChangeSet set =
        new ChangeSet()
            .add(FileChange.removing("rbac/namespaces/role.yaml", bytes("old role"), "gone"))
            .add(FileChange.removing("rbac/kept/role.yaml", bytes("old role"), "gone"))
            .add(FileChange.replacing("rbac/role.yaml", bytes("new"), null, ""));
    assertThat(set.writes())
        .extracting(FileChange::action)
        .containsExactly(
            FileChange.Action.DELETE, FileChange.Action.DELETE, FileChange.Action.CREATE);
    assertThat(set.writes().get(0).action().pastTense()).isEqualTo("removed");

    set.apply(root);

    assertThat(allFiles())
        .containsExactly("/work/project/rbac/kept/mine.yaml", "/work/project/rbac/role.yaml");
    assertThat(root.resolve("rbac/namespaces")).doesNotExist();
    assertThatThrownBy(() -> FileChange.removing("x.yaml", null, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void failsBeforeWritingAnythingWhenAFileStandsWhereAFolderMustBe() throws Exception {
    Files.createDirectories(root);
    Files.writeString(root.resolve("config"), "a file, not a folder");

    ChangeSet set =
        new ChangeSet()
            .add(FileChange.replacing("a.txt", bytes("a"), null, ""))
            .add(FileChange.replacing("config/crd/x.yaml", bytes("x"), null, ""));

    assertThatThrownBy(() -> set.apply(root))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("/work/project/config is a file, but a folder is needed there")
        .hasMessageContaining("Nothing was changed");
    assertThat(allFiles()).containsExactly("/work/project/config");
  }

  @Test
  void twoOutputsForOnePathAreRejected() {
    ChangeSet set = new ChangeSet().add(FileChange.replacing("x", bytes("1"), null, ""));
    assertThatThrownBy(() -> set.add(FileChange.replacing("x", bytes("2"), null, "")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void pathsMustStayInsideTheRoot() {
    assertThatThrownBy(() -> FileChange.replacing("../escape", bytes("x"), null, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FileChange.replacing("/abs", bytes("x"), null, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private List<String> allFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(fs.getPath("/work"))) {
      return walk.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(UTF_8);
  }

  @Test
  void aFullDiskLeavesNoStagedFileAndNamesTheFileItCouldNotWrite() throws Exception {
    try (FileSystem small =
        Jimfs.newFileSystem(
            Configuration.unix().toBuilder().setMaxSize(64 * 1024).setBlockSize(4096).build())) {
      Path project = small.getPath("/work/project");
      Files.createDirectories(project.resolve("config"));
      ChangeSet set =
          new ChangeSet()
              .add(FileChange.replacing("config/a.yaml", bytes("small"), null, ""))
              .add(FileChange.replacing("config/b.yaml", new byte[256 * 1024], null, ""));

      assertThatThrownBy(() -> set.apply(project))
          .isInstanceOf(OutputException.class)
          .hasMessageContaining("could not write /work/project/config/b.yaml")
          .hasMessageContaining("Nothing was changed.");
      try (Stream<Path> left = Files.walk(project)) {
        assertThat(left.map(p -> project.relativize(p).toString()))
            .containsExactlyInAnyOrder("", "config");
      }
    }
  }

  @Test
  void aLaterRunRemovesWhatAKilledRunLeftStagedButNotWhatARunUnderWayStages() throws Exception {
    Files.createDirectories(root.resolve("config"));
    Path killed = root.resolve("config/.role.yaml.op-boot-tmp");
    Files.writeString(killed, "");
    Files.setLastModifiedTime(
        killed,
        java.nio.file.attribute.FileTime.from(
            java.time.Instant.now().minus(ChangeSet.STALE_AFTER).minusSeconds(1)));
    Path underWay = root.resolve("config/.other.yaml.op-boot-tmp");
    Files.writeString(underWay, "");

    new ChangeSet()
        .add(FileChange.replacing("config/crd.yaml", bytes("crd"), null, ""))
        .apply(root);

    assertThat(killed).doesNotExist();
    assertThat(underWay).exists();
    assertThat(root.resolve("config/crd.yaml")).hasContent("crd");
  }
}

package dev.opboot.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.opboot.core.BadInputException;
import dev.opboot.core.files.FileChange;
import dev.opboot.core.files.FileChange.Action;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScaffoldRendererTest {
  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path root = fs.getPath("/project");
  private final ScaffoldRenderer renderer = new ScaffoldRenderer();

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void rendersNewFilesInMemoryAndWritesThemOnApply() throws Exception {
    Scaffold scaffold =
        new Scaffold(
            Map.of("name", "World"),
            List.of(Template.file("a/hello.txt", "test/hello.txt.ftl", IfExists.ERROR)),
            List.of());

    ScaffoldPlan plan = renderer.plan(scaffold, root);

    assertThat(Files.exists(root)).isFalse();
    assertThat(plan.changes().changes())
        .extracting(FileChange::action)
        .containsExactly(Action.CREATE);
    plan.changes().apply(root);
    assertThat(Files.readString(root.resolve("a/hello.txt"))).isEqualTo("Hello World!\n");
  }

  @Test
  void skipsErrsOrOverwritesExistingFilesAsEachTemplateSays() throws Exception {
    Files.createDirectories(root);
    Files.writeString(root.resolve("skip.txt"), "mine");
    Files.writeString(root.resolve("over.txt"), "old");
    Files.writeString(root.resolve("err1.txt"), "mine");
    Files.writeString(root.resolve("err2.txt"), "mine");

    Scaffold conflicting =
        new Scaffold(
            Map.of("name", "X"),
            List.of(
                Template.file("skip.txt", "test/hello.txt.ftl", IfExists.SKIP),
                Template.file("err1.txt", "test/hello.txt.ftl", IfExists.ERROR),
                Template.file("err2.txt", "test/hello.txt.ftl", IfExists.ERROR)),
            List.of());
    assertThatThrownBy(() -> renderer.plan(conflicting, root))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("these files already exist: err1.txt, err2.txt")
        .hasMessageContaining("--force");

    Scaffold scaffold =
        new Scaffold(
            Map.of("name", "X"),
            List.of(
                Template.file("skip.txt", "test/hello.txt.ftl", IfExists.SKIP),
                Template.file("over.txt", "test/hello.txt.ftl", IfExists.OVERWRITE)),
            List.of());
    ScaffoldPlan plan = renderer.plan(scaffold, root);
    assertThat(plan.changes().changes())
        .extracting(FileChange::toString)
        .containsExactly("updated over.txt", "skipped skip.txt (exists; kept as it is)");
    plan.changes().apply(root);
    assertThat(Files.readString(root.resolve("skip.txt"))).isEqualTo("mine");
    assertThat(Files.readString(root.resolve("over.txt"))).isEqualTo("Hello X!\n");
  }

  @Test
  void insertsBeforeMarkersWithTheirIndentationAndOnlyOnce() throws Exception {
    List<Insertion> insertions =
        List.of(
            new Insertion("Main.java", "imports", "test/imports.ftl"),
            new Insertion("Main.java", "register", "test/register.ftl"));
    Scaffold first =
        new Scaffold(
            Map.of("name", "a"),
            List.of(Template.file("Main.java", "test/main.ftl", IfExists.SKIP)),
            insertions);

    renderer.plan(first, root).changes().apply(root);
    String afterFirst = Files.readString(root.resolve("Main.java"));
    assertThat(afterFirst)
        .isEqualTo(
            """
        class Main {
          import a;
          import other.a;
          // op-boot:scaffold:imports
          void main() {
            register(a);
            // op-boot:scaffold:register
          }
        }
        """);

    ScaffoldPlan again = renderer.plan(first, root);
    assertThat(again.changes().writes()).isEmpty();

    Scaffold second = new Scaffold(Map.of("name", "b"), List.of(), insertions);
    ScaffoldPlan plan = renderer.plan(second, root);
    assertThat(plan.changes().changes())
        .extracting(FileChange::toString)
        .containsExactly(
            "updated Main.java (added at op-boot:scaffold:imports, op-boot:scaffold:register)");
    plan.changes().apply(root);
    assertThat(Files.readString(root.resolve("Main.java")))
        .contains("register(a);\n    register(b);\n");
  }

  @Test
  void warnsWhenTheMarkerIsGoneAndLeavesTheFileAlone() throws Exception {
    Files.createDirectories(root);
    Files.writeString(root.resolve("Main.java"), "class Main {}\n");
    Scaffold scaffold =
        new Scaffold(
            Map.of("name", "a"),
            List.of(),
            List.of(new Insertion("Main.java", "register", "test/register.ftl")));

    ScaffoldPlan plan = renderer.plan(scaffold, root);

    assertThat(plan.changes().writes()).isEmpty();
    assertThat(plan.warnings())
        .singleElement()
        .asString()
        .contains("Main.java has no 'op-boot:scaffold:register' marker line")
        .contains("register(a);");
  }

  @Test
  void replacingAFileTheUserMayHaveEditedPlansItsBackupUnlessItIsIdentical() throws Exception {
    Files.createDirectories(root.resolve(".op-boot/backup/20261203T091227Z"));
    Files.writeString(root.resolve("edited.txt"), "mine\n");
    Files.writeString(root.resolve("same.txt"), "Hello X!\n");
    Scaffold scaffold =
        new Scaffold(
            Map.of("name", "X"),
            List.of(
                Template.file("edited.txt", "test/hello.txt.ftl", IfExists.REPLACE),
                Template.file("same.txt", "test/hello.txt.ftl", IfExists.REPLACE),
                Template.file("new.txt", "test/hello.txt.ftl", IfExists.REPLACE)),
            List.of());
    ScaffoldRenderer at =
        new ScaffoldRenderer(new TemplateEngine(), Instant.parse("2026-12-03T09:12:27Z"));

    ScaffoldPlan plan = at.plan(scaffold, root);

    String backup = ".op-boot/backup/20261203T091227Z-2/edited.txt"; // the first name was taken
    assertThat(plan.changes().changes())
        .extracting(FileChange::toString)
        .containsExactly(
            "created " + backup + " (backup)",
            "updated edited.txt (replaced; the earlier file is saved in"
                + " .op-boot/backup/20261203T091227Z-2/)",
            "created new.txt",
            "unchanged same.txt");
    assertThat(plan.backups()).containsExactly(Map.entry("edited.txt", backup));
    plan.changes().apply(root);
    assertThat(Files.readString(root.resolve(backup))).isEqualTo("mine\n");
    assertThat(Files.readString(root.resolve("edited.txt"))).isEqualTo("Hello X!\n");
  }

  @Test
  void anInsertionGoesToTheFirstFileThatExistsAndNotWhereItsCheckFindsItDone() throws Exception {
    Files.createDirectories(root);
    Files.writeString(root.resolve("Old.java"), "class Old {\n  // op-boot:scaffold:register\n}\n");
    Insertion register =
        new Insertion("New.java", "register", "test/register.ftl").orInto("Old.java");
    Scaffold scaffold = new Scaffold(Map.of("name", "a"), List.of(), List.of(register));

    ScaffoldPlan plan = renderer.plan(scaffold, root);

    assertThat(plan.changes().changes())
        .extracting(FileChange::toString)
        .containsExactly("updated Old.java (added at op-boot:scaffold:register)");

    Insertion.Existing done =
        (path, content) ->
            content.contains("register(A)")
                ? Optional.of("A is done in " + path)
                : Optional.empty();
    Files.writeString(
        root.resolve("Old.java"),
        "class Old {\n  register(A);\n  // op-boot:scaffold:register\n}\n");
    ScaffoldPlan skipped =
        renderer.plan(
            new Scaffold(Map.of("name", "a"), List.of(), List.of(register.unless(done))), root);
    assertThat(skipped.changes().changes())
        .extracting(FileChange::toString)
        .containsExactly("unchanged Old.java (A is done in Old.java: nothing added)");
  }

  @Test
  void aMissingTemplateValueIsAnErrorNotAnEmptyString() {
    Scaffold scaffold =
        new Scaffold(
            Map.of(),
            List.of(Template.file("a.txt", "test/hello.txt.ftl", IfExists.ERROR)),
            List.of());
    assertThatThrownBy(() -> renderer.plan(scaffold, root))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("test/hello.txt.ftl");
  }
}

package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitCommandTest {
  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path home = fs.getPath("/home/dev");
  private final Path project = home.resolve("guestbook-operator");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void scaffoldsAProjectNamedAfterItsFolder() throws Exception {
    Files.createDirectories(project);

    CliRun run = CliRun.in(project, "init", "--domain", "example.com");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(project);
    assertThat(tree)
        .containsKeys(
            "PROJECT",
            "pom.xml",
            "Dockerfile",
            ".gitignore",
            ".dockerignore",
            "README.md",
            "config/default/kustomization.yaml",
            "config/manager/manager.yaml",
            "config/rbac/leader_election_role.yaml",
            "config/rbac/service_account.yaml",
            "src/main/java/com/example/guestbookoperator/OperatorMain.java",
            "src/test/java/com/example/guestbookoperator/ManagementServerTest.java");
    assertThat(tree.get("PROJECT"))
        .contains(
            "domain: example.com\n",
            "projectName: guestbook-operator\n",
            "groupId: com.example\n",
            "package: com.example.guestbookoperator\n");
    assertThat(tree.get("pom.xml"))
        .contains(
            "<artifactId>guestbook-operator</artifactId>", "<josdk.version>5.2.3</josdk.version>");
    assertThat(tree.get("config/default/kustomization.yaml"))
        .contains("namespace: guestbook-operator-system");
    assertThat(run.out())
        .contains(
            "created  PROJECT",
            "created  pom.xml",
            "op-boot create api --group <group> --version v1 --kind <Kind>");
  }

  @Test
  void initRepoIsTheSameCommand() throws Exception {
    Path a = home.resolve("a/op");
    Path b = home.resolve("b/op");
    Files.createDirectories(a);
    Files.createDirectories(b);

    assertThat(CliRun.in(a, "init", "--domain", "example.com").exitCode()).isZero();
    assertThat(CliRun.in(b, "init", "repo", "--domain", "example.com").exitCode()).isZero();

    assertThat(CliRun.tree(b)).isEqualTo(CliRun.tree(a));
  }

  @Test
  void honoursEveryNamingFlag() throws Exception {
    CliRun run =
        CliRun.in(
            home,
            "init",
            "--domain",
            "acme.io",
            "--dir",
            "ops",
            "--project-name",
            "widget-op",
            "--group-id",
            "io.acme.ops",
            "--artifact-id",
            "widgets",
            "--package",
            "io.acme.widgets");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> tree = CliRun.tree(home.resolve("ops"));
    assertThat(tree).containsKey("src/main/java/io/acme/widgets/OperatorMain.java");
    assertThat(tree.get("pom.xml"))
        .contains("<groupId>io.acme.ops</groupId>", "<artifactId>widgets</artifactId>");
    assertThat(tree.get("config/default/kustomization.yaml")).contains("namePrefix: widget-op-");
    assertThat(run.out()).contains("cd ops && op-boot create api");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing domain           | --project-name=x                     | --domain is required",
        "empty domain             | --domain=                            | --domain is required",
        "upper-case domain        | --domain=Example.com                 | --domain 'Example.com' is not valid: it contains upper-case letters",
        "domain with underscore   | --domain=my_domain.com               | --domain 'my_domain.com' is not valid",
        "domain with empty label  | --domain=example..com                | empty label",
        "bad package              | --domain=example.com --package=com.example.class | --package 'com.example.class' is not valid: 'class' is a Java keyword",
        "package with dash        | --domain=example.com --package=com.my-op | 'my-op' is not a Java identifier",
        "bad project name         | --domain=example.com --project-name=My_Op | --project-name 'My_Op' is not valid",
        "bad group id             | --domain=example.com --group-id=com/example | --group-id 'com/example' is not a Maven groupId",
        "bad artifact id          | --domain=example.com --artifact-id=a:b | --artifact-id 'a:b' is not a Maven artifactId",
      })
  void rejectsBadFlagsWithExit2AndWritesNothing(String name, String args, String message)
      throws Exception {
    Files.createDirectories(project);

    CliRun run = CliRun.in(project, ("init " + args).split(" "));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("op-boot: error: ").contains(message);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    assertThat(CliRun.tree(project)).isEmpty();
  }

  @Test
  void aFolderNameThatCannotBeAProjectNameAsksForTheFlag() throws Exception {
    Path odd = home.resolve("My Operator");
    Files.createDirectories(odd);

    CliRun run = CliRun.in(odd, "init", "--domain", "example.com");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("the folder name 'My Operator' cannot be the project name", "--project-name");
    assertThat(CliRun.tree(odd)).isEmpty();
  }

  @Test
  void refusesANonEmptyFolderWithoutForce() throws Exception {
    Files.createDirectories(project.resolve(".git"));
    Files.writeString(project.resolve("notes.txt"), "mine");
    Files.writeString(project.resolve("pom.xml"), "my own pom");

    CliRun run = CliRun.in(project, "init", "--domain", "example.com");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("is not empty (it holds notes.txt, pom.xml)", "--force");
    assertThat(CliRun.tree(project)).containsOnlyKeys("notes.txt", "pom.xml");

    CliRun forced = CliRun.in(project, "init", "--domain", "example.com", "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(forced.out()).contains("updated  pom.xml");
    assertThat(Files.readString(project.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(Files.readString(project.resolve("pom.xml")))
        .contains("<artifactId>guestbook-operator</artifactId>");
  }

  @Test
  void refusesToReinitialiseAProject() throws Exception {
    Files.createDirectories(project);
    assertThat(CliRun.in(project, "init", "--domain", "example.com").exitCode()).isZero();
    Map<String, String> before = CliRun.tree(project);

    CliRun run = CliRun.in(project, "init", "--domain", "example.com", "--force");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("already an op-boot project");
    assertThat(CliRun.tree(project)).isEqualTo(before);
  }

  @Test
  void aFileGivenAsDirIsRejected() throws Exception {
    Files.createDirectories(home);
    Files.writeString(home.resolve("file"), "x");

    CliRun run = CliRun.in(home, "init", "--domain", "example.com", "--dir", "file");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--dir /home/dev/file is a file, not a folder");
  }

  @Test
  void unknownFlagsAreUsageErrors() throws Exception {
    Files.createDirectories(project);
    CliRun run = CliRun.in(project, "init", "--domian", "example.com");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains(
            "Unknown options: '--domian'", "Possible solutions: --domain", "op-boot init --help");
    assertThat(CliRun.tree(project)).isEmpty();
  }
}

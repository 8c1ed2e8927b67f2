package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command with bad input, one row each. A row names the project the command runs in, the
 * command, the exit code the policy gives it ({@link ExitCodes}), and what its message must say:
 * the problem, its place (the flag, file:line, PROJECT:line:column) and the fix. Every row also
 * checks that there is no stack trace and that the folder is byte-identical afterwards.
 */
class BadInputTableTest {
  /** What is in the folder before the command runs. */
  @FunctionalInterface
  interface Setup {
    void prepare(Path dir) throws Exception;

    default Setup and(Setup next) {
      return dir -> {
        prepare(dir);
        next.prepare(dir);
      };
    }
  }

  record Row(String name, Setup setup, List<String> args, int exitCode, List<String> message) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Setup EMPTY = dir -> {};
  private static final Setup PROJECT =
      dir -> assertThat(CliRun.in(dir, "init", "--domain", "example.com").exitCode()).isZero();
  private static final Setup API =
      dir -> {
        PROJECT.prepare(dir);
        assertThat(
                CliRun.in(
                        dir,
                        "create",
                        "api",
                        "--group",
                        "webapp",
                        "--version",
                        "v1",
                        "--kind",
                        "Guestbook")
                    .exitCode())
            .isZero();
      };

  private static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata: {name: widgets.example.com}
      spec:
        group: example.com
        scope: Namespaced
        names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}
        versions:
        - name: v1
          served: true
          storage: true
          schema:
            openAPIV3Schema:
              type: object
              properties:
                spec: {type: object, properties: {size: {type: integer}}}
      """;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void isRefusedWithItsPlaceAndFixAndNothingWritten(Row row) throws Exception {
    row.setup().prepare(dir);
    Map<String, String> before = tree(dir);

    CliRun run = CliRun.in(dir, row.args().toArray(String[]::new));

    assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(row.exitCode());
    assertThat(run.err()).startsWith("op-boot: error: ");
    for (String part : row.message()) {
      assertThat(run.err()).contains(part.replace("$DIR", dir.toString()));
    }
    assertThat(run.err()).doesNotContain("\tat ", "Exception", "This is a bug");
    assertThat(tree(dir)).as("the folder is as it was").isEqualTo(before);
  }

  static Stream<Row> rows() {
    List<Row> rows = new ArrayList<>();
    // init
    rows.add(
        row(
            "init without --domain",
            EMPTY,
            "init",
            "--domain is required",
            "--domain example.com"));
    rows.add(
        row(
            "init with a bad domain",
            EMPTY,
            "init --domain Bad_Domain",
            "--domain 'Bad_Domain' is not valid",
            "Expected a DNS subdomain"));
    rows.add(
        row(
            "init --dir ''",
            EMPTY,
            "init --domain example.com --dir ''",
            "--dir is empty",
            "leave --dir out"));
    rows.add(
        row(
            "init with a bad project name",
            EMPTY,
            "init --domain example.com --project-name Bad_Name",
            "--project-name 'Bad_Name' is not valid",
            "such as my-operator"));
    rows.add(
        row(
            "init with a long project name",
            EMPTY,
            "init --domain example.com --project-name " + "a".repeat(41),
            "--project-name",
            "longer than 40",
            "Pass a shorter name"));
    rows.add(
        row(
            "init with a bad groupId",
            EMPTY,
            "init --domain example.com --group-id 'com example'",
            "--group-id 'com example' is not a Maven groupId",
            "for example com.example"));
    rows.add(
        row(
            "init with a bad artifactId",
            EMPTY,
            "init --domain example.com --artifact-id 'my op'",
            "--artifact-id 'my op' is not a Maven artifactId",
            "for example my-operator"));
    rows.add(
        row(
            "init with a Java keyword in the package",
            EMPTY,
            "init --domain example.com --package com.example.class",
            "--package 'com.example.class' is not valid",
            "a Java package"));
    rows.add(
        row(
            "init into a file",
            files("file", "x"),
            "init --domain example.com --dir file",
            "--dir",
            "is a file, not a folder",
            "Pass a folder"));
    rows.add(
        row(
            "init into a folder that is not empty",
            files("notes.txt", "mine"),
            "init --domain example.com",
            "is not empty",
            "--force"));
    rows.add(
        row(
            "init with a 10,000-character domain",
            EMPTY,
            "init --domain " + "d".repeat(10_000),
            "(10000 characters)"));
    rows.add(
        row(
            "init with an unknown flag",
            EMPTY,
            "init --domain example.com --colour",
            "Unknown option: '--colour'",
            "Run 'op-boot init --help'"));

    // create webhook
    rows.add(
        row(
            "create webhook outside a project",
            EMPTY,
            "create webhook --group webapp --version v1 --kind Guestbook --defaulting",
            "no PROJECT file",
            "Run 'op-boot init --domain <domain>' first"));
    rows.add(
        row(
            "create webhook for a kind not in PROJECT",
            API,
            "create webhook --group webapp --version v1 --kind Book --defaulting",
            "--group webapp --version v1 --kind Book is not an API in PROJECT",
            "Create it first with 'op-boot create api'"));
    rows.add(
        row(
            "create webhook without a type",
            API,
            "create webhook --group webapp --version v1 --kind Guestbook",
            "no webhook type chosen: pass --defaulting",
            "--programmatic-validation"));
    rows.add(
        row(
            "create webhook for an external kind",
            edited(API, "  storage: true\n", "  storage: true\n  external: true\n"),
            "create webhook --group webapp --version v1 --kind Guestbook --defaulting",
            "is another project's API, imported with --external",
            "choose one of those"));

    // create api: flags
    rows.add(
        row(
            "create api outside a project",
            EMPTY,
            "create api --group webapp --version v1 --kind Foo",
            "no PROJECT file",
            "Run 'op-boot init --domain <domain>' first"));
    rows.add(
        row(
            "create api without --group",
            PROJECT,
            "create api --version v1 --kind Foo",
            "--group is required"));
    rows.add(
        row(
            "create api without --kind",
            PROJECT,
            "create api --group webapp --version v1",
            "--kind is required"));
    rows.add(
        row(
            "create api with a bad group",
            PROJECT,
            "create api --group web_app --version v1 --kind Foo",
            "--group 'web_app' is not valid"));
    rows.add(
        row(
            "create api with a bad version",
            PROJECT,
            "create api --group webapp --version V1 --kind Foo",
            "--version 'V1' is not valid",
            "v1, v1alpha1 or v2beta1"));
    rows.add(
        row(
            "create api with a lower-case kind",
            PROJECT,
            "create api --group webapp --version v1 --kind foo",
            "--kind 'foo' is not valid",
            "UpperCamelCase"));
    rows.add(
        row(
            "create api with a reserved kind",
            PROJECT,
            "create api --group webapp --version v1 --kind Class",
            "--kind 'Class' is reserved",
            "for example MyClass"));
    rows.add(
        row(
            "create api with a List kind",
            PROJECT,
            "create api --group webapp --version v1 --kind FooList",
            "--kind 'FooList' ends in 'List'",
            "Choose another name"));
    rows.add(
        row(
            "create api with a bad plural",
            PROJECT,
            "create api --group webapp --version v1 --kind Foo --plural Foo.s",
            "--plural 'Foo.s' is not valid"));
    rows.add(
        row(
            "create api for an API that exists",
            API,
            "create api --group webapp --version v1 --kind Guestbook",
            "already exists in PROJECT",
            "pass --force"));
    rows.add(
        row(
            "create api --external without --from-crd",
            PROJECT,
            "create api --group webapp --version v1 --kind Foo --external",
            "--external applies to an API imported with" + " --from-crd",
            "Add --from-crd FILE, or drop it"));
    rows.add(
        row(
            "create api --package without --from-crd",
            PROJECT,
            "create api --group webapp --version v1 --kind Foo --package com.example.x",
            "--package applies to an API"));

    // create api: PROJECT
    rows.add(
        row(
            "PROJECT with a bad domain",
            edited(PROJECT, "domain: example.com", "domain: \"Bad Domain!!\""),
            "create api --group webapp --version v1 --kind Foo",
            "/PROJECT:4:9: domain 'Bad Domain!!' is not valid",
            "Fix PROJECT, or restore it from version control."));
    rows.add(
        row(
            "PROJECT with a bad kind",
            edited(API, "kind: Guestbook", "kind: guest book"),
            "create api --group webapp --version v1 --kind Foo",
            "PROJECT:14:9: resources[0].kind 'guest book' is not valid"));
    rows.add(
        row(
            "PROJECT with a resource twice",
            API.and(
                dir ->
                    Files.writeString(
                        dir.resolve("PROJECT"),
                        Files.readString(dir.resolve("PROJECT"))
                            + Files.readString(dir.resolve("PROJECT"))
                                .substring(
                                    Files.readString(dir.resolve("PROJECT")).indexOf("- group")))),
            "create api --group webapp --version v1 --kind Foo",
            "records webapp.example.com/v1 Guestbook again",
            "remove one of the two entries"));
    rows.add(
        row(
            "PROJECT without a stored version",
            edited(API, "storage: true", "storage: false"),
            "create api --group webapp --version v1 --kind Foo",
            "webapp.example.com Guestbook has no stored version",
            "exactly one of its versions must have storage: true"));
    rows.add(
        row(
            "PROJECT that is not YAML",
            files("PROJECT", "layout: josdk.v5\nresources: [\n"),
            "create api --group webapp --version v1 --kind Foo",
            "/PROJECT:3:1:",
            "Fix the file"));
    rows.add(
        row(
            "PROJECT with an unknown field",
            edited(PROJECT, "layout: josdk.v5", "layout: josdk.v5\nflavour: x"),
            "create api --group webapp --version v1 --kind Foo",
            "PROJECT:4:1: unknown field 'flavour'"));
    rows.add(
        row(
            "PROJECT that is a folder",
            dir -> Files.createDirectories(dir.resolve("PROJECT")),
            "create api --group webapp --version v1 --kind Foo",
            "is a folder, but PROJECT must be the file",
            "restore PROJECT from version control"));
    rows.add(
        row(
            "PROJECT that is not text",
            dir ->
                Files.write(
                    dir.resolve("PROJECT"),
                    new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3, 0x28}),
            "create api --group webapp --version v1 --kind Foo",
            "is not a text file",
            "Restore it from version control"));
    rows.add(
        row(
            "PROJECT naming classes that are gone",
            API.and(dir -> deleteTree(apiPackage(dir))),
            "create api --group webapp --version v2 --kind Guestbook",
            "PROJECT records APIs whose classes are missing",
            "--kind Guestbook --force"));

    // create api --from-crd
    rows.add(
        row(
            "--from-crd of a file that does not exist",
            PROJECT,
            "create api --from-crd nosuch.yaml",
            "nosuch.yaml",
            "it does not exist"));
    rows.add(
        row(
            "--from-crd of a folder",
            PROJECT.and(dir -> Files.createDirectories(dir.resolve("crds"))),
            "create api --from-crd crds",
            "it is a folder"));
    rows.add(
        row(
            "--from-crd of a binary file",
            PROJECT.and(
                dir ->
                    Files.write(
                        dir.resolve("crd.yaml"),
                        new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd})),
            "create api --from-crd crd.yaml",
            "it is not a text file",
            "pass a CRD in YAML or JSON"));
    rows.add(
        row(
            "--from-crd with the same CRD twice",
            PROJECT.and(files("crd.yaml", CRD + "---\n" + CRD)),
            "create api --from-crd crd.yaml",
            "holds the CRD of example.com Widget twice",
            "keep one of the two"));
    rows.add(
        row(
            "--from-crd of a CRD of kind Class",
            PROJECT.and(
                files("crd.yaml", CRD.replace("Widget", "Class").replace("widget", "class"))),
            "create api --from-crd crd.yaml",
            "the CRD's kind 'Class'",
            "rename the kind in the CRD"));
    rows.add(
        row(
            "--from-crd with a version it does not have",
            PROJECT.and(files("crd.yaml", CRD)),
            "create api --from-crd crd.yaml --version v9",
            "has no version v9"));
    rows.add(
        row(
            "--from-crd with a kind it does not have",
            PROJECT.and(files("crd.yaml", CRD)),
            "create api --from-crd crd.yaml --kind Gadget",
            "has no CRD for kind Gadget"));
    rows.add(
        row(
            "--from-crd with a contradicting plural",
            PROJECT.and(files("crd.yaml", CRD)),
            "create api --from-crd crd.yaml --plural gadgets",
            "--plural gadgets contradicts the CRD's plural"));
    rows.add(
        row(
            "--from-crd with a bad package",
            PROJECT.and(files("crd.yaml", CRD)),
            "create api --from-crd crd.yaml --package com.example.class",
            "--package 'com.example.class' is not a Java" + " package"));
    rows.add(
        row(
            "--from-crd of something that is not a CRD",
            PROJECT.and(
                files("crd.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n")),
            "create api --from-crd crd.yaml",
            "crd.yaml"));
    rows.add(
        row(
            "--from-crd of broken YAML",
            PROJECT.and(files("crd.yaml", "apiVersion: [\n")),
            "create api --from-crd crd.yaml",
            "crd.yaml:"));

    // generate
    rows.add(
        row(
            "generate crd outside a project without --source",
            EMPTY,
            "generate crd",
            "--source",
            "outside an op-boot project"));
    rows.add(
        row(
            "generate crd outside a project without --output",
            files("src/A.java", "class A {}"),
            "generate crd --source src",
            "--output",
            "outside an op-boot project"));
    rows.add(
        row(
            "generate crd --source ''",
            EMPTY,
            "generate crd --source '' --output out",
            "--source is empty"));
    rows.add(
        row(
            "generate crd --source that does not exist",
            EMPTY,
            "generate crd --source nosuch --output out",
            "--source $DIR/nosuch does not exist",
            "pass a folder of Java sources"));
    rows.add(
        row(
            "generate crd --classpath that does not exist",
            files("src/A.java", "class A {}"),
            "generate crd --source src --classpath /no/such.jar --output out",
            "--classpath names a jar or folder that do not exist: /no/such.jar"));
    rows.add(
        row(
            "generate crd --max-desc-len -1",
            EMPTY,
            "generate crd --max-desc-len -1",
            "--max-desc-len must be 0 or more, not -1."));
    rows.add(
        row(
            "generate crd --max-desc-len x",
            EMPTY,
            "generate crd --max-desc-len x",
            "Invalid value for option '--max-desc-len'",
            "Run 'op-boot generate crd --help'"));
    rows.add(
        row(
            "generate rbac with a bad role name",
            EMPTY,
            "generate rbac --role-name 'Manager Role'",
            "--role-name 'Manager Role' is not a valid role name"));
    rows.add(
        row(
            "generate a generator that does not exist",
            EMPTY,
            "generate conversion",
            "Unmatched argument",
            "Run 'op-boot generate --help'"));
    rows.add(
        row(
            "generate crd --dir that is a file",
            files("file", "x"),
            "generate crd --dir file",
            "--dir $DIR/file is a file"));
    rows.add(
        row(
            "generate outside a project",
            EMPTY,
            "generate",
            "is not an op-boot project",
            "op-boot generate crd --source DIR --output DIR"));
    rows.add(
        row(
            "generate crd on sources that do not compile",
            files("src/A.java", "class A { int x = ; }"),
            "generate crd --source src --output out",
            "src/A.java:1:"));

    // build
    rows.add(row("build outside a project", EMPTY, "build --dry-run", "no PROJECT file"));
    rows.add(row("build with a bad image", PROJECT, "build --image Shop:Latest", "--image"));
    rows.add(
        row(
            "build --no-image --push",
            PROJECT,
            "build --no-image --push",
            "--no-image cannot be combined"));
    rows.add(
        row(
            "build --push --image-tar",
            PROJECT,
            "build --push --image-tar x.tar",
            "--push and --image-tar ask for two different images"));
    rows.add(
        row(
            "build --base-image ''",
            PROJECT,
            "build --base-image ''",
            "--base-image must name an image"));
    rows.add(
        row(
            "build --base-image of a missing tarball",
            PROJECT,
            "build --dry-run --base-image tar:///no/jre.tar",
            "--base-image tar:///no/jre.tar: /no/jre.tar does not exist"));
    rows.add(
        row(
            "build --image-tar of a folder",
            PROJECT.and(dir -> Files.createDirectories(dir.resolve("images"))),
            "build --dry-run --image-tar images",
            "--image-tar $DIR/images is a folder"));

    // run, deploy, undeploy
    rows.add(row("run outside a project", EMPTY, "run", "no PROJECT file"));
    rows.add(
        row(
            "run --kubeconfig that does not exist",
            PROJECT,
            "run --kubeconfig nosuch",
            "--kubeconfig $DIR/nosuch does not exist",
            "leave --kubeconfig out"));
    rows.add(
        row(
            "deploy --namespace that is no label",
            PROJECT,
            "deploy --namespace Bad_NS",
            "--namespace must be a DNS label"));
    rows.add(
        row(
            "deploy before a build",
            PROJECT,
            "deploy",
            "dist/install.yaml does not exist",
            "run 'op-boot build'"));
    rows.add(row("deploy with a bad image", PROJECT, "deploy --image UPPER", "--image"));
    rows.add(
        row(
            "deploy --kubeconfig that does not exist",
            PROJECT,
            "deploy --kubeconfig nosuch",
            "--kubeconfig $DIR/nosuch does not exist"));
    rows.add(
        row(
            "undeploy --timeout that is no duration",
            PROJECT,
            "undeploy --timeout soon",
            "--timeout must be a duration such as 90s or 5m"));
    rows.add(
        row("undeploy before a build", PROJECT, "undeploy", "dist/install.yaml does not exist"));

    // envtest (the store inside the folder, so that the folder stays byte-identical)
    rows.add(
        row(
            "envtest use with a version that is no selector",
            EMPTY,
            "envtest use 1.x --bin-dir store",
            "VERSION '1.x' is not a Kubernetes version selector",
            "a minor (1.32, its newest patch)"));
    rows.add(
        row(
            "envtest use with an --index that is no URL",
            EMPTY,
            "envtest use --index nowhere --bin-dir store",
            "--index 'nowhere' is not an http(s) URL"));
    rows.add(
        row(
            "envtest use --installed-only with nothing installed",
            EMPTY,
            "envtest use 1.30 --installed-only --bin-dir store",
            "no Kubernetes 1.30 for",
            "is installed in $DIR/store",
            "Install it with 'op-boot envtest use 1.30'"));
    rows.add(
        row(
            "envtest use with an --os and an --arch that are no names",
            EMPTY,
            "envtest use --os ../x --arch a/b --bin-dir store",
            "--os '../x' is not an operating system as Go names them",
            "--arch 'a/b' is not a CPU architecture"));
    rows.add(
        row(
            "envtest path with nothing installed",
            EMPTY,
            "envtest path --bin-dir store",
            "Install it with 'op-boot envtest use"));

    // the command line itself
    rows.add(
        row(
            "a command that does not exist",
            EMPTY,
            "scaffold",
            "Unmatched argument",
            "Run 'op-boot --help'"));
    rows.add(
        row("version with an unknown flag", EMPTY, "version --short", "Unknown option: '--short'"));
    return rows.stream();
  }

  private static Row row(String name, Setup setup, String args, String... message) {
    return new Row(name, setup, split(args), ExitCodes.USAGE, List.of(message));
  }

  private static Setup files(String path, String content) {
    return dir -> {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    };
  }

  private static Setup edited(Setup setup, String from, String to) {
    return setup.and(
        dir -> {
          String project = Files.readString(dir.resolve("PROJECT"));
          assertThat(project).contains(from);
          Files.writeString(
              dir.resolve("PROJECT"),
              project.replaceFirst(java.util.regex.Pattern.quote(from), to));
        });
  }

  /** The folder of the webapp/v1 API's classes, under the package init chose. */
  private static Path apiPackage(Path dir) throws IOException {
    try (Stream<Path> folders = Files.walk(dir.resolve("src/main/java"))) {
      return folders
          .filter(p -> p.endsWith(Path.of("api", "webapp", "v1")))
          .findFirst()
          .orElseThrow();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String name = root.relativize(p).toString();
        files.put(
            name,
            Files.isDirectory(p)
                ? "<folder>"
                : java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  private static List<String> split(String args) {
    List<String> words = new ArrayList<>();
    var matcher = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(args);
    while (matcher.find()) {
      words.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
    return words;
  }
}

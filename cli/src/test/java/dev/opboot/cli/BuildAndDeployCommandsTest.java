package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.core.files.FileChange;
import dev.opboot.project.ImageName;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code build}, {@code run}, {@code deploy} and {@code undeploy} decide before touching
 * Maven, kubectl or a cluster: the plan, and bad input refused with the flag named and nothing
 * written. Running them for real is OperatorLifecycleIT's job (testdata), against a real API
 * server.
 */
class BuildAndDeployCommandsTest {
  @TempDir Path tmp;

  /** Outside the project, whose tree must not change. */
  @TempDir Path images;

  private Map<String, String> before;

  @BeforeEach
  void project() throws Exception {
    assertThat(
            CliRun.in(tmp, "init", "--domain", "example.com", "--project-name", "shop-operator")
                .exitCode())
        .isZero();
    before = CliRun.tree(tmp);
  }

  @Test
  void dryRunPrintsEveryStepAndRunsNone() throws Exception {
    Path jre = java.nio.file.Files.writeString(images.resolve("jre.tar"), "an image tarball");
    CliRun run =
        CliRun.in(
            tmp,
            "build",
            "--dry-run",
            "--image",
            "registry.example.com:5000/team/shop:1.2",
            "--base-image",
            "tar://" + jre,
            "--skip-tests");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "1. Generate the manifests (crd, rbac, webhook)",
            "2. Build the operator with Maven",
            "package -DskipTests",
            "3. Build the image registry.example.com:5000/team/shop:1.2 with Jib and write target/shop-operator-image.tar",
            "jib:buildTar -Djib.outputPaths.tar=" + tmp.resolve("target/shop-operator-image.tar"),
            "-Dimage=registry.example.com:5000/team/shop:1.2 -Djib.from.image=tar://" + jre,
            "4. Render dist/install.yaml from config/default");
    assertThat(CliRun.tree(tmp)).isEqualTo(before);
  }

  @Test
  void theSummarySaysHowToLoadAnImageOnlyWhenOneWasWrittenToATarball() throws Exception {
    ImageName image = ImageName.parse("shop-operator:latest", "--image");
    List<FileChange> bundle =
        List.of(FileChange.replacing("dist/install.yaml", new byte[] {1}, null, ""));

    String noImage = summary(null, false, null, bundle);
    String tarball = summary(image, false, "target/shop-operator-image.tar", bundle);
    String pushed = summary(image, true, null, bundle);

    assertThat(noImage)
        .isEqualTo("Built shop-operator:\n  created   dist/install.yaml\n")
        .doesNotContain("docker load");
    assertThat(tarball)
        .contains(
            "  image     shop-operator:latest in target/shop-operator-image.tar\n",
            "Load the image with 'docker load -i target/shop-operator-image.tar'");
    assertThat(pushed).contains("(pushed)").doesNotContain("docker load");
  }

  private static String summary(
      ImageName image, boolean push, String tarball, List<FileChange> bundle) {
    StringWriter text = new StringWriter();
    BuildCommand.summary(new PrintWriter(text), "shop-operator", image, push, tarball, bundle);
    return text.toString();
  }

  @Test
  void pushBuildsToTheRegistryWithoutATarball() {
    CliRun run =
        CliRun.in(
            tmp,
            "build",
            "--dry-run",
            "--check",
            "--push",
            "--image",
            "registry.example.com/shop:2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "1. Check that the generated manifests are up to date (crd, rbac, webhook)",
            "op-boot generate crd --check",
            "2. Build and test the operator with Maven",
            "with Jib and push it to its registry",
            "jib:build -Dimage=registry.example.com/shop:2")
        .doesNotContain("jib:buildTar");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "build --image Shop:Latest          | --image",
        "build --image 'shop op'            | --image",
        "build --no-image --push            | --no-image",
        "build --base-image ''              | --base-image",
        "deploy --image UPPER               | --image",
        "deploy                             | dist/install.yaml does not exist",
        "undeploy --timeout soon            | --timeout",
        "undeploy                           | dist/install.yaml does not exist"
      })
  void badInputIsRefusedAndNothingIsWritten(String args, String named) throws Exception {
    CliRun run = CliRun.in(tmp, split(args));

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("op-boot: error: ").contains(named);
    assertThat(CliRun.tree(tmp)).isEqualTo(before);
  }

  @Test
  void deployChecksItsFlagsOnceABundleExists() throws Exception {
    java.nio.file.Files.createDirectories(tmp.resolve("dist"));
    java.nio.file.Files.writeString(
        tmp.resolve("dist/install.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n");
    for (String[] args :
        new String[][] {
          {"deploy", "--namespace", "Not_A_Label"},
          {"deploy", "--image", "UPPER:1"},
          {"undeploy", "--timeout", "soon"}
        }) {
      CliRun run = CliRun.in(tmp, args);
      assertThat(run.exitCode())
          .as(String.join(" ", args) + ": " + run.err())
          .isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).contains(args[1]);
    }
  }

  @Test
  void outsideAProjectTheCommandsSaySo(@TempDir Path empty) {
    for (String command : new String[] {"build", "run", "deploy", "undeploy"}) {
      CliRun run = CliRun.in(empty, command);
      assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as(command).contains("PROJECT");
    }
  }

  private static String[] split(String args) {
    java.util.List<String> words = new java.util.ArrayList<>();
    var matcher = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(args);
    while (matcher.find()) {
      words.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
    return words.toArray(String[]::new);
  }
}

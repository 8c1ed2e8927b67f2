package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.rbac.RbacGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate rbac} on the real file system (javac reads real files), with this test's class
 * path plus java-operator-sdk's core jar, which the CLI module does not depend on: taken from the
 * class path when a test-scoped dependency puts it there, else from the local Maven repository.
 */
class GenerateRbacCommandTest {

  @TempDir Path tmp;

  private Path sources;
  private String classpath;

  @BeforeEach
  void operator() throws Exception {
    classpath = classpathWithJosdk();
    sources = Files.createDirectories(tmp.resolve("src/com/example"));
    Files.writeString(
        sources.resolve("Shop.java"),
        """
        package com.example;
        @io.fabric8.kubernetes.model.annotation.Group("shop.example.com")
        @io.fabric8.kubernetes.model.annotation.Version("v1")
        public class Shop extends io.fabric8.kubernetes.client.CustomResource<Void, Void>
            implements io.fabric8.kubernetes.api.model.Namespaced {}
        """);
    Files.writeString(
        sources.resolve("ShopReconciler.java"),
        """
        package com.example;
        import io.javaoperatorsdk.operator.api.reconciler.*;
        import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
        @Workflow(dependents = @Dependent(type = ConfigDependent.class))
        public class ShopReconciler implements Reconciler<Shop> {
          public UpdateControl<Shop> reconcile(Shop shop, Context<Shop> context) { return UpdateControl.noUpdate(); }
        }
        """);
    Files.writeString(
        sources.resolve("ConfigDependent.java"),
        """
        package com.example;
        class ConfigDependent extends io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResource<
            io.fabric8.kubernetes.api.model.ConfigMap, Shop> {}
        """);
  }

  private static String classpathWithJosdk() {
    return System.getProperty("java.class.path"); // holds operator-framework-core (test scope)
  }

  private CliRun generate(String... extra) {
    String[] args =
        new String[] {
          "generate", "rbac", "--source", "src", "--classpath", classpath, "--output", "out"
        };
    String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return CliRun.in(tmp, all);
  }

  @Test
  void writesThenReportsUnchangedThenChecks() throws Exception {
    CliRun first = generate();
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("created    out/role.yaml");
    Path role = tmp.resolve("out/role.yaml");
    assertThat(Files.readString(role))
        .startsWith(
            "# Permissions of the operator itself. Generated from the code by 'op-boot generate"
                + " rbac', which the\n# build runs (op-boot's Maven plugin): edit the reconcilers or"
                + " add @RbacRule, not this file.\n"
                + "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n"
                + "metadata:\n  name: manager-role\nrules:\n- apiGroups:\n  - \"\"\n  resources:\n  - configmaps\n")
        .contains("  - shops/finalizers\n");

    assertThat(generate().out()).contains("unchanged  out/role.yaml");
    CliRun upToDate = generate("--check");
    assertThat(upToDate.exitCode()).isZero();
    assertThat(upToDate.out()).contains("up to date out/role.yaml");

    Files.writeString(role, Files.readString(role).replace("  - configmaps\n", "  - secrets\n"));
    byte[] stale = Files.readAllBytes(role);
    CliRun check = generate("--check");
    assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(check.out())
        .contains(
            "--- a/out/role.yaml",
            "+++ b/out/role.yaml",
            "-  - secrets",
            "+  - configmaps",
            "stale      out/role.yaml",
            "1 file(s) are stale: run 'op-boot generate rbac'");
    assertThat(Files.readAllBytes(role)).isEqualTo(stale);
  }

  @Test
  void theRoleOfAScaffoldedOwnerGrantsItsOwnedKindsAndEvents() throws Exception {
    Path project = Files.createDirectories(tmp.resolve("site"));
    assertThat(CliRun.in(project, "init", "--domain", "example.com").exitCode()).isZero();
    CliRun api =
        CliRun.in(
            project,
            "create",
            "api",
            "--group",
            "web",
            "--version",
            "v1",
            "--kind",
            "Site",
            "--owns",
            "Deployment,ConfigMap");
    assertThat(api.exitCode()).as(api.err()).isZero();

    CliRun run =
        CliRun.in(
            project,
            "generate",
            "rbac",
            "--source",
            "src/main/java",
            "--classpath",
            classpath,
            "--output",
            "config/rbac");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String verbs =
        "  verbs:\n  - create\n  - delete\n  - get\n  - list\n  - patch\n  - update\n  - watch\n";
    assertThat(Files.readString(project.resolve("config/rbac/role.yaml")))
        .contains(
            "- apiGroups:\n  - \"\"\n  resources:\n  - configmaps\n" + verbs,
            "- apiGroups:\n  - apps\n  resources:\n  - deployments\n" + verbs,
            "  - events\n  verbs:\n  - create\n  - patch\n",
            "  - sites/status\n");
  }

  @Test
  void theScaffoldedRolesHeaderIsKeptWhenTheRoleIsGenerated() throws Exception {
    Path project = Files.createDirectories(tmp.resolve("op"));
    assertThat(CliRun.in(project, "init", "--domain", "example.com").exitCode()).isZero();
    Path role = project.resolve("config/rbac/role.yaml");
    String scaffolded = Files.readString(role);
    String header =
        scaffolded
            .lines()
            .takeWhile(l -> l.startsWith("#"))
            .map(l -> l + "\n")
            .reduce("", String::concat);
    assertThat(header).startsWith("# ").contains("Generated", "not this file");

    CliRun run =
        CliRun.in(
            tmp,
            "generate",
            "rbac",
            "--source",
            "src",
            "--classpath",
            classpath,
            "--output",
            "op/config/rbac");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(role)).startsWith(header + "---\n").contains("  - shops\n");
  }

  @Test
  void roleNameNamesTheRole() throws Exception {
    CliRun run = generate("--role-name", "shop-manager");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(tmp.resolve("out/role.yaml"))).contains("  name: shop-manager\n");
  }

  @Test
  void explainPrintsWhyEachRuleIsThereAndUntracedCallsAreWarnings() throws Exception {
    Files.writeString(
        sources.resolve("Cleaner.java"),
        """
        package com.example;
        class Cleaner {
          void clean(io.fabric8.kubernetes.client.KubernetesClient client,
              io.fabric8.kubernetes.api.model.HasMetadata leftover) {
            client.pods().inNamespace("shop").withLabel("job", "done").delete();
            client.resource(leftover).delete();
          }
        }
        """);
    CliRun run = generate("--explain");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "ClusterRole manager-role: each rule and the code that needs it\n",
            "- pods: deletecollection\n"
                + "    com/example/Cleaner.java:5: deletecollection:"
                + " client.pods().inNamespace(\"shop\").withLabel(\"job\", \"done\").delete() in Cleaner\n",
            sources.resolve("Cleaner.java")
                + ":6:5: warning: cannot tell which resource client.resource(leftover).delete() in"
                + " Cleaner acts on",
            "created    out/role.yaml");
    String role = Files.readString(tmp.resolve("out/role.yaml"));
    assertThat(role).startsWith(RbacGenerator.HEADER);
    assertThat(role.substring(RbacGenerator.HEADER.length()))
        .as("no explanation in role.yaml without --explain-comments")
        .doesNotContain("#");
    CliRun commented = generate("--explain-comments");
    assertThat(commented.exitCode()).as(commented.err()).isZero();
    assertThat(Files.readString(tmp.resolve("out/role.yaml")))
        .contains("# com/example/Cleaner.java:5: deletecollection: client.pods()");
  }

  @Test
  void anUnresolvableDependentIsBadInputWithFileAndLineAndWritesNothing() throws Exception {
    Files.writeString(
        sources.resolve("ConfigDependent.java"),
        """
        package com.example;
        class ConfigDependent<R extends io.fabric8.kubernetes.api.model.HasMetadata>
            extends io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResource<R, Shop> {}
        """);
    CliRun run = generate();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("op-boot: error: " + sources.resolve("ShopReconciler.java") + ":4:24:")
        .contains("cannot tell which Kubernetes resource the dependent ConfigDependent manages");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void badRoleNameAndOutsideAProjectAreUsageErrors() {
    CliRun badName = generate("--role-name", "Manager Role");
    assertThat(badName.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badName.err()).contains("--role-name 'Manager Role' is not a valid role name");
    CliRun noSource = CliRun.in(tmp, "generate", "rbac");
    assertThat(noSource.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noSource.err()).contains("outside an op-boot project, pass --source");
    CliRun noOutput =
        CliRun.in(tmp, "generate", "rbac", "--source", "src", "--classpath", classpath);
    assertThat(noOutput.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noOutput.err()).contains("pass --output");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void noReconcilerNoRole() throws Exception {
    Files.delete(sources.resolve("ShopReconciler.java"));
    Files.delete(sources.resolve("ConfigDependent.java"));
    CliRun run = generate();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No reconcilers");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void helpHasExamples() {
    CliRun run = CliRun.in(tmp, "generate", "rbac", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: op-boot generate rbac",
            "--role-name",
            "--explain",
            "--explain-comments",
            "Examples:");
    assertThat(CliRun.in(tmp, "generate", "--help").out())
        .contains("rbac", "Generate the operator's role");
  }
}

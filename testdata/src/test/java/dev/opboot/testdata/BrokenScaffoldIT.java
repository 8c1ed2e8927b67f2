package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.testing.EnvTestAssets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scaffolded {@code OperatorIT} must fail when the operator does not work, whatever its status
 * looks like, and say why in the build's summary. One project, broken twice on purpose, one {@code
 * mvn verify} (the IT reports every sample at once):
 *
 * <ul>
 *   <li>{@code CronJob}, with the kubebuilder tutorial's status ({@code active}, {@code
 *       lastScheduleTime}: no conditions, so no Ready to wait for) and a reconciler that always
 *       throws;
 *   <li>{@code Gadget}, whose reconciler creates a ConfigMap through the client as a {@code
 *       HasMetadata} (a resource chosen at run time, which {@code generate rbac} cannot trace: it
 *       warns) without an {@code @RbacRule}: the role lacks the rule and the API server refuses the
 *       call.
 * </ul>
 */
class BrokenScaffoldIT {
  @TempDir static Path tmp;

  private static Path project;
  private static Processes.Result build;

  @BeforeAll
  static void scaffoldBreakAndBuild() throws Exception {
    EnvTestAssets.assumeFound();
    project = Files.createDirectory(tmp.resolve("cronjob"));
    run(List.of("init", "--domain", "example.com"));
    for (String kind : List.of("CronJob", "Gadget")) {
      run(List.of("create", "api", "--group", "batch", "--version", "v1", "--kind", kind));
    }
    Path api = project.resolve("src/main/java/com/example/cronjob/api/batch/v1");
    Path controller = project.resolve("src/main/java/com/example/cronjob/controller");
    assertThat(api.resolve("CronJobStatus.java")).isRegularFile();
    Files.writeString(api.resolve("CronJobStatus.java"), CRONJOB_STATUS);
    Files.writeString(controller.resolve("CronJobReconciler.java"), CRONJOB_RECONCILER);
    Files.writeString(controller.resolve("GadgetReconciler.java"), GADGET_RECONCILER);
    // their unit tests expect the scaffolded behaviour: the point here is the integration test
    try (Stream<Path> tests =
        Files.list(project.resolve("src/test/java/com/example/cronjob/controller"))) {
      for (Path test : tests.toList()) {
        Files.delete(test);
      }
    }
    build = OpBootProcess.maven(project, tmp.resolve("mvn-verify.log"), "verify");
  }

  private static void run(List<String> args) throws IOException, InterruptedException {
    Processes.Result result = OpBootProcess.opBoot(project, args);
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void failsWithTheReconcilersExceptionInTheSummary() {
    String summary = summary();
    assertThat(summary)
        .as("the build's summary:%n%s", summary)
        .contains("2 of 2 samples were not reconciled:")
        .contains("config/samples/batch_v1_cronjob.yaml (CronJob.batch.example.com operator-it-")
        .contains("java.lang.IllegalStateException: cannot parse the schedule \"not a schedule\"")
        .contains(
            "at com.example.cronjob.controller.CronJobReconciler.reconcile(CronJobReconciler.java:");
  }

  @Test
  void failsNamingTheRefusedResourceAndVerb() throws IOException {
    assertThat(Files.readString(project.resolve("config/rbac/role.yaml")))
        .as("generate rbac cannot trace the ConfigMap the reconciler creates as a HasMetadata")
        .doesNotContain("configmaps");
    String summary = summary();
    assertThat(summary)
        .as("the build's summary:%n%s", summary)
        .contains("config/samples/batch_v1_gadget.yaml (Gadget.batch.example.com operator-it-")
        .contains("forbidden: system:serviceaccount:")
        .contains("may not create configmaps (API group \"\")")
        .contains(
            "add @RbacRule(groups = \"\", resources = \"configmaps\", verbs = \"create\") to the"
                + " reconciler or let generate rbac see the call")
        .contains(
            "at com.example.cronjob.controller.GadgetReconciler.reconcile(GadgetReconciler.java:");
  }

  /** The failsafe results at the end of the build's output, where a user looks first. */
  private static String summary() {
    assertThat(build.exitCode()).as("mvn verify must fail").isNotZero();
    String output = build.output();
    int results = output.lastIndexOf("Results:");
    assertThat(results)
        .as("no test results in the build's output:%n%s", OpBootProcess.tail(output, 80))
        .isNotNegative();
    return output.substring(results);
  }

  private static final String CRONJOB_STATUS =
      """
      package com.example.cronjob.api.batch.v1;

      import java.util.ArrayList;
      import java.util.List;

      /** The kubebuilder tutorial's CronJob status: no conditions, no observedGeneration. */
      public class CronJobStatus {

          /** The names of the Jobs that are running. */
          private List<String> active = new ArrayList<>();

          /** When the job was last scheduled, RFC 3339. */
          private String lastScheduleTime;

          public List<String> getActive() {
              return active;
          }

          public void setActive(List<String> active) {
              this.active = active;
          }

          public String getLastScheduleTime() {
              return lastScheduleTime;
          }

          public void setLastScheduleTime(String lastScheduleTime) {
              this.lastScheduleTime = lastScheduleTime;
          }
      }
      """;

  private static final String CRONJOB_RECONCILER =
      """
      package com.example.cronjob.controller;

      import com.example.cronjob.api.batch.v1.CronJob;
      import io.javaoperatorsdk.operator.api.reconciler.Context;
      import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
      import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
      import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

      @ControllerConfiguration
      public class CronJobReconciler implements Reconciler<CronJob> {

          public CronJobReconciler(java.time.Clock clock) {}

          @Override
          public UpdateControl<CronJob> reconcile(CronJob resource, Context<CronJob> context) {
              throw new IllegalStateException("cannot parse the schedule \\"not a schedule\\"");
          }
      }
      """;

  private static final String GADGET_RECONCILER =
      """
      package com.example.cronjob.controller;

      import com.example.cronjob.api.batch.v1.Gadget;
      import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
      import io.fabric8.kubernetes.api.model.HasMetadata;
      import io.javaoperatorsdk.operator.api.reconciler.Context;
      import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
      import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
      import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

      @ControllerConfiguration
      public class GadgetReconciler implements Reconciler<Gadget> {

          public GadgetReconciler(java.time.Clock clock) {}

          @Override
          public UpdateControl<Gadget> reconcile(Gadget resource, Context<Gadget> context) {
              HasMetadata settings = new ConfigMapBuilder().withNewMetadata()
                      .withName(resource.getMetadata().getName() + "-settings").endMetadata()
                      .addToData("greeting", "hello").build();
              context.getClient().resource(settings)
                      .inNamespace(resource.getMetadata().getNamespace()).create();
              return UpdateControl.noUpdate();
          }
      }
      """;
}

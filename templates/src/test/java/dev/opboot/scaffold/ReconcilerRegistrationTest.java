package dev.opboot.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReconcilerRegistrationTest {
  private final ReconcilerRegistration cronJob =
      new ReconcilerRegistration("CronJobReconciler", "CronJob");

  private static String inRegisterAll(String body) {
    return """
        package com.example;

        import com.example.controller.CronJobReconciler;
        import io.javaoperatorsdk.operator.Operator;

        final class Reconcilers {
            static void registerAll(Operator operator) {
                %s
                // op-boot:scaffold:reconcilers
            }
        }
        """
        .formatted(body);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "operator.register(new CronJobReconciler());",
        "operator.register(new CronJobReconciler(clock, client));",
        "operator.register(new com.example.controller.CronJobReconciler<>());",
        "operator.register(\n  new CronJobReconciler( /* a clock */ java.time.Clock.systemUTC()));",
        "var r = new CronJobReconciler(clock); operator.register(r, o -> o.withName(\"c\"));",
        "Supplier<Reconciler<?>> s = CronJobReconciler::new;",
        "operator.register(CronJobReconciler.create(clock));",
        "operator.register(cronJobReconciler);",
        "operator.register(this.reconcilers.cronJob());",
        "operator.register(newCronJobReconciler(clock));",
        "operator.register(createCronJob());",
      })
  void anyFormOfTheRegistrationIsFoundAtItsLine(String registration) {
    assertThat(
            cronJob.find("src/main/java/com/example/Reconcilers.java", inRegisterAll(registration)))
        .hasValue("CronJobReconciler is already registered at Reconcilers.java:8");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a comment              | // operator.register(new CronJobReconciler());",
        "another kind           | operator.register(new JobReconciler());",
        "a longer name          | operator.register(new CronJobReconcilerV2());",
        "a name containing it   | operator.register(myCronJobs);",
        "register of other args | operator.register(jobs, o -> o.withName(\"cronjob\"));",
        "a string               | log.info(\"new CronJobReconciler()\");",
      })
  void otherCodeAndTheImportAreNotARegistration(String what, String code) {
    assertThat(cronJob.find("Reconcilers.java", inRegisterAll(code))).as(what).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "operator.register(new CronJobReconciler());",
        "operator.register(cronJobReconciler);",
        "operator.register(reconcilers.cronJob());"
      })
  void aKindWhoseNameEndsAnotherIsNotTakenForIt(String registration) {
    ReconcilerRegistration job = new ReconcilerRegistration("JobReconciler", "Job");

    assertThat(job.find("Reconcilers.java", inRegisterAll(registration))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aSourceThatDoesNotParseIsReadAsFarAsItGoes() {
    String broken = inRegisterAll("operator.register(new CronJobReconciler(clock);") + "}}}";

    assertThat(cronJob.find("Reconcilers.java", broken)).isPresent();
    assertThat(new ReconcilerRegistration("JobReconciler", "Job").find("R.java", broken)).isEmpty();
  }
}

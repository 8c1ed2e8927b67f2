package dev.opboot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.javaoperatorsdk.operator.OperatorException;
import org.junit.jupiter.api.Test;

class OperatorErrorsTest {

  @Test
  void leadsWithTheReconcilersExceptionNotJosdksWrapper() {
    IllegalStateException thrown = new IllegalStateException("cannot parse the schedule");
    String described = OperatorErrors.describe(new OperatorException(thrown));
    assertThat(described)
        .startsWith("java.lang.IllegalStateException: cannot parse the schedule\n")
        .contains("at " + OperatorErrorsTest.class.getName() + ".leadsWith");
  }

  @Test
  void namesTheInnermostCauseOfAnExceptionThatWrapsIt() {
    Exception wrapped =
        new IllegalArgumentException("bad spec", new NumberFormatException("For input: \"x\""));
    assertThat(OperatorErrors.describe(wrapped))
        .startsWith(
            "java.lang.IllegalArgumentException: bad spec (caused by"
                + " java.lang.NumberFormatException: For input: \"x\")");
  }

  @Test
  void readsTheAuthorizersWordingOfARefusal() {
    assertThat(
            Forbidden.parse(
                "jobs.batch is forbidden: User \"system:serviceaccount:system:manager\" cannot"
                    + " create resource \"jobs\" in API group \"batch\" in the namespace \"ns\""))
        .hasValueSatisfying(
            f -> {
              assertThat(f.verb()).isEqualTo("create");
              assertThat(f.resource()).isEqualTo("jobs");
              assertThat(f.group()).isEqualTo("batch");
              assertThat(f.namespace()).contains("ns");
            });
    assertThat(
            Forbidden.parse(
                    "User \"u\" cannot list resource \"nodes\" in API group \"\" at the cluster"
                        + " scope")
                .orElseThrow()
                .describe())
        .startsWith("forbidden: u may not list nodes (API group \"\") cluster-wide");
    assertThat(Forbidden.parse("connection refused")).isEmpty();
  }
}

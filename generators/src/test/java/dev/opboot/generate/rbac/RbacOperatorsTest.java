package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The small operators of {@code testdata/rbac/operators/}, each written to need one kind of client
 * call: the role {@code generate rbac} makes from their sources is the reviewed {@code
 * expected/role.yaml} beside them (which {@code RbacClientCallsApiServerTest} in testdata then runs
 * the operators' code with), and they draw no warning.
 */
class RbacOperatorsTest {
  static final Path OPERATORS =
      Path.of("..", "testdata", "rbac", "operators").toAbsolutePath().normalize();

  @ParameterizedTest
  @ValueSource(strings = {"podexec", "podlogs", "scaler", "events", "generic", "namespaced"})
  void theRoleIsTheReviewedOne(String operator) throws Exception {
    Path dir = OPERATORS.resolve(operator);
    String yaml =
        RbacGenerator.generate(
                new RbacGenerator.Options(
                    List.of(dir.resolve("src/main/java")), JosdkOnClasspath.entries(), null))
            .get(RbacGenerator.FILE_NAME);
    if (Boolean.getBoolean("rbac.print")) {
      System.out.println("=== " + operator + "\n" + yaml);
    }
    assertThat(yaml)
        .as("testdata/rbac/operators/%s/expected/role.yaml", operator)
        .isEqualTo(Files.readString(dir.resolve("expected/role.yaml")));
  }
}

package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The small operators of {@code testdata/rbac/operators/}, each written to need one kind of client
 * call: the role {@code generate rbac} makes from their sources is the reviewed {@code
 * expected/role.yaml} beside them (which {@code RbacClientCallsApiServerTest} in testdata then runs
 * the operators' code with), and they draw no warning. The operator that watches named namespaces
 * also gets the reviewed {@code expected/namespaces/}: its Roles there and their RoleBindings.
 */
class RbacOperatorsTest {
  static final Path OPERATORS =
      Path.of("..", "testdata", "rbac", "operators").toAbsolutePath().normalize();

  @ParameterizedTest
  @ValueSource(
      strings = {"podexec", "podlogs", "scaler", "events", "generic", "namespaced", "watching"})
  void theRoleIsTheReviewedOne(String operator) throws Exception {
    Path dir = OPERATORS.resolve(operator);
    SortedMap<String, String> files =
        RbacGenerator.generate(
            new RbacGenerator.Options(
                List.of(dir.resolve("src/main/java")), JosdkOnClasspath.entries(), null));
    if (Boolean.getBoolean("rbac.print")) {
      files.forEach(
          (path, yaml) -> System.out.println("=== " + operator + " " + path + "\n" + yaml));
    }
    Path expected = dir.resolve("expected");
    List<String> reviewed;
    try (Stream<Path> walk = Files.walk(expected)) {
      reviewed =
          walk.filter(Files::isRegularFile)
              .map(f -> expected.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(files.keySet()).as("the files of %s", operator).containsExactlyElementsOf(reviewed);
    for (Map.Entry<String, String> file : files.entrySet()) {
      assertThat(file.getValue())
          .as("testdata/rbac/operators/%s/expected/%s", operator, file.getKey())
          .isEqualTo(Files.readString(expected.resolve(file.getKey())));
    }
  }
}

package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem of every class in one run, each at its file:line, sorted: one bad class does not
 * hide the others' errors, and a good class beside them is not written (#14).
 */
class AllProblemsTest {
  @TempDir Path tmp;

  @Test
  void everyErrorOfEveryClassSorted() {
    Fixture fixture =
        new Fixture(tmp)
            .resource(
                "com.example.b",
                "example.com",
                "v1",
                "Beta",
                """
                public class BetaSpec {
                  public Object first;
                  public java.util.Map<Point, String> second;
                  public static class Point { public int x; }
                }
                """,
                "public class BetaStatus { public Object third; }\n")
            .source(
                "com/example/a/Alpha.java",
                """
                package com.example.a;
                @io.fabric8.kubernetes.model.annotation.Version("v1")
                public class Alpha extends io.fabric8.kubernetes.client.CustomResource<Void, Void> {}
                """)
            .resource(
                "com.example.c",
                "example.com",
                "v1",
                "Good",
                "public class GoodSpec { public String ok; }\n",
                "public class GoodStatus {}\n");
    GeneratorException e = catchThrowableOfType(GeneratorException.class, fixture::generate);
    String src = tmp.resolve("src/com/example").toString();
    List<String> problems = e.problems().stream().map(Object::toString).toList();
    assertThat(problems).hasSize(4);
    assertThat(problems.get(0))
        .startsWith(src + "/a/Alpha.java:2:")
        .contains("Alpha extends CustomResource but has no @Group");
    assertThat(problems.get(1))
        .startsWith(src + "/b/BetaSpec.java:3:")
        .contains("the property .spec.first has type java.lang.Object");
    assertThat(problems.get(2))
        .startsWith(src + "/b/BetaSpec.java:4:")
        .contains("the map at .spec.second has keys of type");
    assertThat(problems.get(3))
        .startsWith(src + "/b/BetaStatus.java:2:")
        .contains("the property .status.third has type java.lang.Object");
    assertThat(e.getMessage()).isEqualTo(String.join("\n", problems));
  }
}

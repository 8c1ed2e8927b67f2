package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.model.ResourceFilter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which classes become CRDs: fabric8's rule (concrete classes with {@code @Group} and {@code
 * Version}), generic bases walked with their type arguments bound, and {@code --include}/{@code
 * --exclude} (#14).
 */
class ResourceSelectionTest {
  @TempDir Path tmp;

  /** A generic base as Flink's {@code AbstractFlinkResource<SPEC, STATUS>}, and two resources. */
  private Fixture flinkLike() {
    return new Fixture(tmp)
        .source(
            "com/example/api/BaseResource.java",
            """
            package com.example.api;
            /** Not a resource: no @Group, and generic. */
            public class BaseResource<S extends BaseSpec, T>
                extends io.fabric8.kubernetes.client.CustomResource<S, T>
                implements io.fabric8.kubernetes.api.model.Namespaced {}
            """)
        .source(
            "com/example/api/BaseSpec.java",
            """
            package com.example.api;
            public abstract class BaseSpec { public String image; }
            """)
        .source(
            "com/example/api/Abstract.java",
            """
            package com.example.api;
            @io.fabric8.kubernetes.model.annotation.Group("example.com")
            @io.fabric8.kubernetes.model.annotation.Version("v1")
            public abstract class Abstract extends BaseResource<JobSpec, Void> {}
            """)
        .source(
            "com/example/api/Job.java",
            """
            package com.example.api;
            @io.fabric8.kubernetes.model.annotation.Group("example.com")
            @io.fabric8.kubernetes.model.annotation.Version("v1")
            public class Job extends BaseResource<JobSpec, JobStatus> {}
            """)
        .source(
            "com/example/api/JobSpec.java",
            """
            package com.example.api;
            public class JobSpec extends BaseSpec { public int parallelism; }
            """)
        .source(
            "com/example/api/JobStatus.java",
            """
            package com.example.api;
            public class JobStatus { public String state; }
            """)
        .source(
            "com/example/other/Session.java",
            """
            package com.example.other;
            @io.fabric8.kubernetes.model.annotation.Group("example.com")
            @io.fabric8.kubernetes.model.annotation.Version("v1")
            public class Session extends com.example.api.BaseResource<com.example.api.JobSpec, Void> {}
            """);
  }

  @Test
  void genericAndAbstractBasesAreWalkedNotGenerated() throws Exception {
    var crds = flinkLike().generate();
    assertThat(crds.keySet()).containsExactly("example.com_jobs.yaml", "example.com_sessions.yaml");
    var schema =
        Fixture.parse(crds.get("example.com_jobs.yaml"))
            .at("/spec/versions/0/schema/openAPIV3Schema/properties");
    assertThat(schema.at("/spec/properties").toString())
        .isEqualTo(
            "{\"image\":{\"type\":\"string\"},"
                + "\"parallelism\":{\"format\":\"int32\",\"type\":\"integer\"}}");
    assertThat(schema.at("/status/properties/state/type").asText()).isEqualTo("string");
    assertThat(Fixture.parse(crds.get("example.com_jobs.yaml")).at("/spec/scope").asText())
        .isEqualTo("Namespaced");
  }

  @Test
  void includeAndExcludeChooseClassesOrPackages() throws Exception {
    assertThat(flinkLike().filter(ResourceFilter.of("com.example.other", null)).generate())
        .containsOnlyKeys("example.com_sessions.yaml");
    assertThat(flinkLike().filter(ResourceFilter.of(null, "com.example.api.Job")).generate())
        .containsOnlyKeys("example.com_sessions.yaml");
    assertThat(flinkLike().filter(ResourceFilter.of("com.example", "*.Sess*")).generate())
        .containsOnlyKeys("example.com_jobs.yaml");
  }

  @Test
  void patternsAreCheckedAndMatchWholeNames() {
    ResourceFilter filter = ResourceFilter.of("com.example.api, com.other.Shop", "");
    assertThat(filter.accepts("com.example.api.Job")).isTrue();
    assertThat(filter.accepts("com.example.api.v1.Job")).isTrue();
    assertThat(filter.accepts("com.example.apis.Job")).isFalse();
    assertThat(filter.accepts("com.other.Shop")).isTrue();
    assertThat(filter.accepts("com.other.Shopper")).isFalse();
    assertThat(ResourceFilter.problem("--include", "com.example,")).isPresent();
    assertThat(ResourceFilter.problem("--include", "com/example").orElseThrow())
        .contains("--include takes comma-separated class or package names")
        .contains("'com/example'");
    assertThat(ResourceFilter.problem("--exclude", "com.example.*Test,a.B")).isEmpty();
  }
}

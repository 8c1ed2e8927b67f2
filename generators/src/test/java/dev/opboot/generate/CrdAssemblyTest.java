package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrdAssemblyTest {
  @TempDir Path tmp;

  @Test
  void namesScopeSubresourcesAndColumns() throws Exception {
    JsonNode crd =
        new Fixture(tmp)
            .source(
                "com/example/api/Policy.java",
                """
        package com.example.api;
        import io.fabric8.kubernetes.model.annotation.*;
        /** Policy says who may do what. */
        @Group("security.example.com") @Version("v1") @ShortNames({"pol"}) @Categories({"all"})
        @io.fabric8.crd.generator.annotation.AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp",
            type = io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type.DATE)
        public class Policy extends io.fabric8.kubernetes.client.CustomResource<Policy.Spec, Policy.Status> {
          public static class Spec {
            /** How many. */
            @SpecReplicas @io.fabric8.crd.generator.annotation.PrinterColumn(name = "Want", priority = 1) public int replicas;
            @io.fabric8.crd.generator.annotation.SelectableField public String owner;
          }
          public static class Status {
            @StatusReplicas public int replicas;
            @LabelSelector public String selector;
          }
        }
        """)
            .crd();
    assertThat(crd.at("/metadata/name").asText()).isEqualTo("policies.security.example.com");
    assertThat(crd.at("/metadata/annotations").toString())
        .isEqualTo("{\"op-boot.dev/version\":\"test\"}");
    assertThat(crd.at("/spec/names").toString())
        .isEqualTo(
            "{\"categories\":[\"all\"],\"kind\":\"Policy\","
                + "\"listKind\":\"PolicyList\",\"plural\":\"policies\",\"shortNames\":[\"pol\"],\"singular\":\"policy\"}");
    assertThat(crd.at("/spec/scope").asText()).isEqualTo("Cluster");
    JsonNode version = crd.at("/spec/versions/0");
    assertThat(version.get("subresources").toString())
        .isEqualTo(
            "{\"scale\":{\"labelSelectorPath\":\".status.selector\","
                + "\"specReplicasPath\":\".spec.replicas\",\"statusReplicasPath\":\".status.replicas\"},\"status\":{}}");
    assertThat(version.get("additionalPrinterColumns").toString())
        .isEqualTo(
            "[{\"jsonPath\":\".metadata.creationTimestamp\",\"name\":\"Age\",\"type\":\"date\"},"
                + "{\"jsonPath\":\".spec.replicas\",\"name\":\"Want\",\"priority\":1,\"type\":\"integer\"}]");
    assertThat(version.get("selectableFields").toString())
        .isEqualTo("[{\"jsonPath\":\".spec.owner\"}]");
    JsonNode schema = version.at("/schema/openAPIV3Schema");
    assertThat(schema.get("description").asText()).isEqualTo("Policy says who may do what.");
    assertThat(schema.get("properties").fieldNames())
        .toIterable()
        .containsExactly("apiVersion", "kind", "metadata", "spec", "status");
    assertThat(schema.at("/properties/metadata").toString()).isEqualTo("{\"type\":\"object\"}");
  }

  @Test
  void anExternalResourceGetsNoCrdButTheOwnedOnesStill() throws Exception {
    SortedMap<String, String> files =
        new Fixture(tmp)
            .source(
                "com/example/api/Certificate.java",
                """
            package com.example.api;
            @io.fabric8.kubernetes.model.annotation.Group("cert-manager.io")
            @io.fabric8.kubernetes.model.annotation.Version("v1")
            @dev.opboot.annotations.External
            public class Certificate extends io.fabric8.kubernetes.client.CustomResource<Void, Void> {}
            """)
            .resource(
                "com.example.api",
                "webapp.example.com",
                "v1",
                "Guestbook",
                "public class GuestbookSpec {}",
                "public class GuestbookStatus {}")
            .generate();
    assertThat(files).containsOnlyKeys("webapp.example.com_guestbooks.yaml");
  }

  @Test
  void versionsOfOneKindBecomeOneCrdInPriorityOrder() throws Exception {
    SortedMap<String, String> files =
        new Fixture(tmp)
            .resource(
                "com.example.v1alpha1",
                "example.com",
                "v1alpha1",
                false,
                "Thing",
                "public class ThingSpec {}",
                "public class ThingStatus {}")
            .resource(
                "com.example.v2beta1",
                "example.com",
                "v2beta1",
                false,
                "Thing",
                "public class ThingSpec {}",
                "public class ThingStatus {}")
            .source(
                "com/example/v1/Thing.java",
                """
            package com.example.v1;
            @io.fabric8.kubernetes.model.annotation.Group("example.com")
            @io.fabric8.kubernetes.model.annotation.Version(value = "v1", storage = true)
            public class Thing extends io.fabric8.kubernetes.client.CustomResource<Void, Void>
                implements io.fabric8.kubernetes.api.model.Namespaced {}
            """)
            .source(
                "com/example/v1beta1/Thing.java",
                """
            package com.example.v1beta1;
            @io.fabric8.kubernetes.model.annotation.Group("example.com")
            @io.fabric8.kubernetes.model.annotation.Version(value = "v1beta1", storage = false, deprecated = true,
                deprecationWarning = "use v1")
            public class Thing extends io.fabric8.kubernetes.client.CustomResource<Void, Void>
                implements io.fabric8.kubernetes.api.model.Namespaced {}
            """)
            .generate();
    assertThat(files).containsOnlyKeys("example.com_things.yaml");
    JsonNode versions = Fixture.parse(files.get("example.com_things.yaml")).at("/spec/versions");
    assertThat(versions.findValuesAsText("name"))
        .containsExactly("v1", "v2beta1", "v1beta1", "v1alpha1");
    assertThat(versions.get(2).get("deprecated").asBoolean()).isTrue();
    assertThat(versions.get(2).get("deprecationWarning").asText()).isEqualTo("use v1");
  }

  @Test
  void outputIsByteIdenticalWhateverTheSourceOrder(@TempDir Path other) throws Exception {
    String spec = "public class ThingSpec { public String b; public String a; }";
    SortedMap<String, String> first =
        new Fixture(tmp)
            .resource(
                "com.example.b", "example.com", "v1", "Thing", spec, "public class ThingStatus {}")
            .resource(
                "com.example.a",
                "other.com",
                "v1",
                "Other",
                "public class OtherSpec {}",
                "public class OtherStatus {}")
            .generate();
    SortedMap<String, String> second =
        new Fixture(other)
            .resource(
                "com.example.a",
                "other.com",
                "v1",
                "Other",
                "public class OtherSpec {}",
                "public class OtherStatus {}")
            .resource(
                "com.example.b", "example.com", "v1", "Thing", spec, "public class ThingStatus {}")
            .generate();
    assertThat(second).isEqualTo(first);
    assertThat(first.get("example.com_things.yaml"))
        .startsWith("---\napiVersion: apiextensions.k8s.io/v1\n");
  }
}

package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opboot.core.Versions;
import org.junit.jupiter.api.Test;

/**
 * The repository's jbang-catalog.json runs the op-boot this reactor builds: its version cannot
 * drift.
 */
class JbangCatalogTest {
  @Test
  void aliasPointsAtThisVersionOfTheCli() throws Exception {
    JsonNode catalog =
        new ObjectMapper()
            .readTree(TestdataDir.path().resolveSibling("jbang-catalog.json").toFile());
    JsonNode alias = catalog.path("aliases").path("op-boot");
    assertThat(alias.path("script-ref").asText())
        .as(
            "jbang-catalog.json's op-boot alias must name the reactor's version; update it with the version")
        .isEqualTo("dev.opboot:op-boot-cli:" + Versions.current().opBoot());
    assertThat(alias.path("description").asText()).isNotBlank();
  }
}

package dev.opboot.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralsTest {
  @ParameterizedTest
  @CsvSource({
    "Guestbook, guestbooks",
    "CronJob, cronjobs",
    "Policy, policies",
    "NetworkPolicy, networkpolicies",
    "Ingress, ingresses",
    "Proxy, proxies",
    "Gateway, gateways",
    "Box, boxes",
    "Status, statuses",
    "Match, matches",
    "Mesh, meshes",
    "Analysis, analyses",
    "Person, people",
    "SalesPerson, salespeople",
    "Index, indices",
    "Leaf, leaves",
    "Manifest, manifests",
    "Metadata, metadata",
    "Memcached, memcacheds",
    "Endpoints, endpointses",
    "Key, keys",
    "Quiz, quizzes",
  })
  void pluralisesLikeKubebuilder(String kind, String plural) {
    assertThat(Plurals.pluralOf(kind)).isEqualTo(plural);
  }
}

package dev.opboot.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"example.com", "webapp", "my-group.example.io", "a", "x1.y2"})
  void acceptsSubdomains(String value) {
    assertThat(KubernetesNames.checkDns1123Subdomain(value)).isEmpty();
  }

  @Test
  void explainsWhySubdomainsAreInvalid() {
    assertThat(KubernetesNames.checkDns1123Subdomain("")).hasValue("it is empty");
    assertThat(KubernetesNames.checkDns1123Subdomain("Example.com"))
        .hasValue("it contains upper-case letters");
    assertThat(KubernetesNames.checkDns1123Subdomain("a..b"))
        .get()
        .asString()
        .contains("empty label");
    assertThat(KubernetesNames.checkDns1123Subdomain("-a.b")).get().asString().contains("'-a'");
    assertThat(KubernetesNames.checkDns1123Subdomain("a_b")).get().asString().contains("'a_b'");
    assertThat(KubernetesNames.checkDns1123Subdomain("a".repeat(64)))
        .get()
        .asString()
        .contains("63");
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1", "v2", "v1alpha1", "v2beta3", "v10", "v1beta12"})
  void acceptsVersions(String value) {
    assertThat(KubernetesNames.checkVersion(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1",
        "V1",
        "v0",
        "v01",
        "v1alpha",
        "v1gamma1",
        "v1alpha0",
        "v1-beta1",
        "version1"
      })
  void rejectsVersions(String value) {
    assertThat(KubernetesNames.checkVersion(value)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"guestbook", "Guest_book", "Guest-book", "1Guest", ""})
  void rejectsKinds(String value) {
    assertThat(KubernetesNames.checkKindSyntax(value)).isPresent();
  }

  @Test
  void dns1035LabelsStartWithALetter() {
    assertThat(KubernetesNames.checkDns1035Label("guestbooks")).isEmpty();
    assertThat(KubernetesNames.checkDns1035Label("1guestbooks")).isPresent();
    assertThat(KubernetesNames.checkDns1123Label("1guestbooks")).isEmpty();
  }
}

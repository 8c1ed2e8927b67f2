package dev.opboot.envtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionSelectorTest {
  private static final List<String> VERSIONS =
      List.of("1.31.0", "1.32.0", "1.32.3", "1.32.13", "1.33.0", "2.0.0");

  /** Each selector of setup-envtest's language, and the versions it selects among VERSIONS. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.32.3     | 1.32.3",
        "v1.32.3    | 1.32.3",
        "1.32       | 1.32.0 1.32.3 1.32.13",
        "1.32.x     | 1.32.0 1.32.3 1.32.13",
        "1.32.*     | 1.32.0 1.32.3 1.32.13",
        "~1.32.3    | 1.32.3 1.32.13",
        "<1.32      | 1.31.0",
        "<1.32.3    | 1.31.0 1.32.0",
        "<=1.32.3   | 1.31.0 1.32.0 1.32.3",
        "<=1.32     | 1.31.0 1.32.0 1.32.3 1.32.13",
        "1.32!      | 1.32.0 1.32.3 1.32.13",
        "latest     | 1.31.0 1.32.0 1.32.3 1.32.13 1.33.0 2.0.0"
      })
  void selectsAsSetupEnvtestDoes(String selector, String selected) {
    VersionSelector parsed = VersionSelector.parse(selector);
    assertThat(VERSIONS.stream().filter(v -> parsed.matches(KubeVersion.parse(v))).toList())
        .containsExactly(selected.split(" "));
    assertThat(parsed.checksIndex()).isEqualTo(selector.endsWith("!") || selector.equals("latest"));
    assertThat(parsed.exact().isPresent()).isEqualTo(selector.matches("v?\\d+\\.\\d+\\.\\d+"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.32.3.4", "01.32", "1.32-beta", ">1.32", "newest", ""})
  void refusesWhatSetupEnvtestRefuses(String selector) {
    assertThatThrownBy(() -> VersionSelector.parse(selector))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a Kubernetes version selector")
        .hasMessageContaining("1.32");
  }
}

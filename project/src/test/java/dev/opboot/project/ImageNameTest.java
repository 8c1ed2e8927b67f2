package dev.opboot.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Image references as {@code --image} takes them and kustomize's {@code images:} wants them. */
class ImageNameTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "shop                                  | shop | |",
        "shop:1.0                              | shop | 1.0 |",
        "localhost:5000/team/shop              | localhost:5000/team/shop | |",
        "localhost:5000/team/shop:v2           | localhost:5000/team/shop | v2 |",
        "localhost:5000/team/shop:V2_Final      | localhost:5000/team/shop | V2_Final |",
        "ghcr.io/team/shop@sha256:0123456789abcdef0123456789abcdef | ghcr.io/team/shop | | sha256:0123456789abcdef0123456789abcdef"
      })
  void imageNamesSplitAsKustomizeWantsThem(String reference, String name, String tag, String digest)
      throws Exception {
    ImageName image = ImageName.parse(reference, "--image");
    assertThat(image.name()).isEqualTo(name);
    assertThat(image.tag()).isEqualTo(tag);
    assertThat(image.digest()).isEqualTo(digest);
    assertThat(image).hasToString(reference);
  }
}

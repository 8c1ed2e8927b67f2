package dev.opboot.generate.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.webhook.LabelSelector.Requirement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kubectl's selector syntax read into a label selector, checked as the API server checks one. */
class LabelSelectorTest {
  @Test
  void everyFormOfRequirement() throws Exception {
    LabelSelector selector =
        LabelSelector.parse(" a=1, b==2 ,c!=3, d in (x, y,z), e notin(w), f, !g, example.com/h= ");
    assertThat(selector.matchLabels()).isEqualTo(Map.of("a", "1", "b", "2", "example.com/h", ""));
    assertThat(selector.matchExpressions())
        .containsExactly(
            new Requirement("c", "NotIn", List.of("3")),
            new Requirement("d", "In", List.of("x", "y", "z")),
            new Requirement("e", "NotIn", List.of("w")),
            new Requirement("f", "Exists", List.of()),
            new Requirement("g", "DoesNotExist", List.of()));
  }

  @Test
  void badKeysValuesAndShapesAreAllNamed() {
    assertThatThrownBy(
            () -> LabelSelector.parse("-a=1, b=c d, e f, , Ex_ample.com/g=1, h in (x,!)"))
        .hasMessage(
            "'-a' is no label key: its name part must be 1 to 63 characters of letters, digits, '-',"
                + " '_' and '.', starting and ending with a letter or digit; 'c d' is no label value:"
                + " at most 63 characters of letters, digits, '-', '_' and '.', starting and ending"
                + " with a letter or digit; 'e f' is no requirement; write key=value, key!=value, key"
                + " in (a, b), key notin (a, b), key or !key; an empty requirement (two commas, or a"
                + " comma at either end); the prefix 'Ex_ample.com' of the label key"
                + " 'Ex_ample.com/g' is no DNS subdomain: it contains upper-case letters; '!' is no"
                + " label value: at most 63 characters of letters, digits, '-', '_' and '.', starting"
                + " and ending with a letter or digit");
  }

  @Test
  void oneKeyCannotEqualTwoValues() {
    assertThatThrownBy(() -> LabelSelector.parse("a=1,a=2"))
        .hasMessage("'a' must equal both '1' and '2'");
  }
}

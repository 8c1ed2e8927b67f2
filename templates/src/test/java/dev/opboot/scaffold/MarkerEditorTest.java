package dev.opboot.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkerEditorTest {
  private static final String CLASS =
      "public class GuestbookWebhook {\n    // op-boot:scaffold:methods\n}\n";

  @Test
  void insertsIndentedKeepingBlankLinesInsideAndBeforeTheFragmentButNotAfter() {
    MarkerEditor.Result result =
        MarkerEditor.insert(
            CLASS, "op-boot:scaffold:methods", "\nvoid a() {\n}\n\nvoid b() {\n}\n\n\n");

    assertThat(result.outcome()).isEqualTo(MarkerEditor.Outcome.INSERTED);
    assertThat(result.content())
        .isEqualTo(
            "public class GuestbookWebhook {\n"
                + "\n"
                + "    void a() {\n"
                + "    }\n"
                + "\n"
                + "    void b() {\n"
                + "    }\n"
                + "    // op-boot:scaffold:methods\n"
                + "}\n");
  }

  @Test
  void aFragmentAlreadyThereIsFoundWhateverTheBlankLinesAroundItsLines() {
    String edited =
        "public class GuestbookWebhook {\n    void a() {\n\n    }\n    // op-boot:scaffold:methods\n}\n";

    MarkerEditor.Result result =
        MarkerEditor.insert(edited, "op-boot:scaffold:methods", "\nvoid a() {\n}\n");

    assertThat(result.outcome()).isEqualTo(MarkerEditor.Outcome.ALREADY_PRESENT);
    assertThat(result.content()).isEqualTo(edited);
  }

  @Test
  void withoutTheMarkerNothingChanges() {
    MarkerEditor.Result result =
        MarkerEditor.insert("class A {}\n", "op-boot:scaffold:x", "int a;");

    assertThat(result.outcome()).isEqualTo(MarkerEditor.Outcome.MARKER_MISSING);
    assertThat(result.content()).isEqualTo("class A {}\n");
  }
}

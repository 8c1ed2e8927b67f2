package dev.opboot.generate.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.BadInputException;
import dev.opboot.core.yaml.Yamls;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allow list, and the report it reviews: which breaking changes still fail a run. */
class CompatReportTest {
  private static final Finding REMOVED =
      new Finding("widgets.example.com", "v1", ".spec.legacy", ChangeKind.PROPERTY_REMOVED, "gone");
  private static final Finding TIGHTER =
      new Finding(
          "widgets.example.com", "v1", ".spec.name", ChangeKind.MAX_LENGTH_TIGHTENED, "maxLength");
  private static final Finding ADDED =
      new Finding(
          "widgets.example.com", "v1", ".spec.new", ChangeKind.PROPERTY_ADDED, "type string");

  @Test
  void anAcknowledgedBreakingChangeNoLongerFailsTheRun() throws BadInputException {
    AllowList allow =
        AllowList.parse(
            "--allow",
            "allow.yaml",
            """
            - crd: widgets.example.com
              version: v1
              path: .spec.legacy
              kind: property-removed
              reason: nobody set it since 1.2
            - crd: widgets.example.com
              kind: type-changed
              reason: stale entry
            """);
    CompatReport report = new CompatReport(List.of(ADDED, REMOVED, TIGHTER), allow);

    assertThat(report.unacknowledgedBreaking()).isEqualTo(1);
    assertThat(report.reviewed())
        .extracting(r -> r.finding().kind())
        .as("worst first")
        .containsExactly(
            ChangeKind.PROPERTY_REMOVED,
            ChangeKind.MAX_LENGTH_TIGHTENED,
            ChangeKind.PROPERTY_ADDED);
    assertThat(report.unusedEntries()).extracting(AllowList.Entry::number).containsExactly(2);
    assertThat(report.text())
        .contains("allowed by entry 1 (widgets.example.com/v1 .spec.legacy property-removed)")
        .contains("note: allow-list entry 2")
        .endsWith("2 breaking (1 allowed), 0 warning, 1 safe.\n");
  }

  @Test
  void theJsonReportHoldsEveryFieldOfAFinding() throws Exception {
    CompatReport report = new CompatReport(List.of(TIGHTER), AllowList.none());
    JsonNode json = Yamls.reader().readTree(report.json());

    assertThat(json.at("/summary/breaking").asInt()).isEqualTo(1);
    JsonNode finding = json.at("/findings/0");
    assertThat(finding.get("kind").asText()).isEqualTo("max-length-tightened");
    assertThat(finding.get("classification").asText()).isEqualTo("breaking");
    assertThat(finding.get("path").asText()).isEqualTo(".spec.name");
    assertThat(finding.get("reason").asText()).isEqualTo(ChangeKind.MAX_LENGTH_TIGHTENED.reason());
  }

  @Test
  void anEntryWithoutReasonOrWithAnUnknownKindIsBadInputNamingTheFlag() {
    assertThatThrownBy(
            () ->
                AllowList.parse(
                    "--allow",
                    "allow.yaml",
                    """
                    - crd: widgets.example.com
                      kind: property-removed
                    - crd: widgets.example.com
                      kind: no-such-kind
                      reason: because
                      colour: red
                    - crd: widgets.example.com
                      kind: property-added
                      reason: fine
                    """))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--allow allow.yaml: entry 1: missing reason")
        .hasMessageContaining("entry 2: unknown key 'colour'")
        .hasMessageContaining("entry 2: unknown kind 'no-such-kind'")
        .hasMessageContaining("entry 3: kind 'property-added' is safe, which never fails a run")
        .extracting(e -> ((BadInputException) e).option())
        .isEqualTo("--allow");
  }

  @Test
  void crdsAreFoundInListsAndBesideOtherDocumentsAndDefinedOnce() throws BadInputException {
    String crd =
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: a.x}\n";
    CrdSet set =
        CrdSet.read(
            "NEW",
            List.of(
                new CrdSet.Text(
                    "bundle.yaml",
                    "kind: Deployment\napiVersion: apps/v1\n---\nkind: List\nitems:\n- "
                        + crd.replace("\n", "\n  "))));
    assertThat(set.crds()).containsOnlyKeys("a.x");
    assertThatThrownBy(
            () ->
                CrdSet.read(
                    "OLD",
                    List.of(
                        new CrdSet.Text("one.yaml", crd),
                        new CrdSet.Text("two.yaml", crd),
                        new CrdSet.Text("bad.yaml", "a: [b"),
                        new CrdSet.Text(
                            "old.yaml",
                            crd.replace(
                                "apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1")))))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("OLD: two.yaml: CRD a.x is defined again (first in one.yaml)")
        .hasMessageContaining("OLD: bad.yaml: not YAML or JSON")
        .hasMessageContaining(
            "OLD: old.yaml: CRD a.x is apiextensions.k8s.io/v1beta1, which Kubernetes no longer serves");
  }
}

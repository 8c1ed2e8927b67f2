package dev.opboot.generate.samples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.compat.CrdSet;
import dev.opboot.generate.schema.ValueValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks example objects against a set of CRDs as the API server would on create, for {@code
 * op-boot crd diff --samples}: which version serves them, and what their version's schema refuses
 * ({@link ValueValidator}). It is the fast, local check: it leaves out CEL rules, formats and the
 * object's own metadata, which only a real API server checks exactly.
 */
public final class SampleValidator {
  private final CrdSet crds;

  public SampleValidator(CrdSet crds) {
    this.crds = crds;
  }

  /**
   * The verdict on one object.
   *
   * @param object what the object is, {@code Widget my-widget}
   * @param problems why the server would refuse it, each with its path; empty when accepted
   */
  public record Verdict(String object, List<String> problems) {
    public boolean refused() {
      return !problems.isEmpty();
    }
  }

  /**
   * The verdict on {@code object}, or empty when none of the CRDs defines its kind (it is some
   * other resource: a ConfigMap beside the samples).
   */
  public Optional<Verdict> check(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText("");
    String kind = object.path("kind").asText("");
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    Optional<JsonNode> crd = crdOf(object);
    if (crd.isEmpty()) {
      return Optional.empty();
    }
    String shown = kind + " " + object.path("metadata").path("name").asText("(no name)");
    List<String> problems = new ArrayList<>();
    JsonNode served = null;
    for (JsonNode v : crd.get().path("spec").path("versions")) {
      if (v.path("name").asText("").equals(version)) {
        served = v;
      }
    }
    if (served == null) {
      problems.add("apiVersion " + apiVersion + ": the CRD has no version " + version);
    } else if (!served.path("served").asBoolean(true)) {
      problems.add("apiVersion " + apiVersion + ": version " + version + " is not served");
    } else {
      problems.addAll(
          ValueValidator.problems(
              object,
              served.path("schema").path("openAPIV3Schema"),
              "",
              ValueValidator.Target.OBJECT));
    }
    return Optional.of(new Verdict(shown, List.copyOf(problems)));
  }

  /** The CRD that defines {@code object}'s group and kind, or empty. */
  public Optional<JsonNode> crdOf(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText("");
    String kind = object.path("kind").asText("");
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    return crds.crds().values().stream()
        .filter(c -> c.path("spec").path("group").asText("").equals(group))
        .filter(c -> c.path("spec").path("names").path("kind").asText("").equals(kind))
        .findFirst();
  }
}

package dev.opboot.scaffold.project;

import dev.opboot.core.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A built-in Kubernetes kind a scaffolded reconciler can own ({@code create api --owns}): the
 * fabric8 model class its dependent resource manages and the API it is served from. The table is
 * closed because each kind needs a desired state the scaffold can write correctly (a Deployment
 * needs a selector matching its pod labels, a Service ports); a kind outside it is refused with the
 * list, rather than scaffolded as something that would not apply.
 *
 * @param kind the kind, as {@code --owns} and PROJECT spell it ({@code Deployment})
 * @param modelPackage the package of fabric8's class of that name
 * @param apiVersion the API version the objects are served at ({@code apps/v1})
 * @param runsPods whether the kind has a pod template, whose container image comes from the
 *     primary's spec
 */
public record OwnedKind(String kind, String modelPackage, String apiVersion, boolean runsPods) {

  private static final Map<String, OwnedKind> KNOWN = new LinkedHashMap<>();

  static {
    add("Deployment", "io.fabric8.kubernetes.api.model.apps", "apps/v1", true);
    add("StatefulSet", "io.fabric8.kubernetes.api.model.apps", "apps/v1", true);
    add("DaemonSet", "io.fabric8.kubernetes.api.model.apps", "apps/v1", true);
    add("Job", "io.fabric8.kubernetes.api.model.batch.v1", "batch/v1", true);
    add("Service", "io.fabric8.kubernetes.api.model", "v1", false);
    add("ConfigMap", "io.fabric8.kubernetes.api.model", "v1", false);
    add("Secret", "io.fabric8.kubernetes.api.model", "v1", false);
    add("ServiceAccount", "io.fabric8.kubernetes.api.model", "v1", false);
  }

  private static void add(String kind, String modelPackage, String apiVersion, boolean runsPods) {
    KNOWN.put(kind, new OwnedKind(kind, modelPackage, apiVersion, runsPods));
  }

  /** Every kind {@code --owns} accepts, in the order help and messages list them. */
  public static List<String> knownKinds() {
    return List.copyOf(KNOWN.keySet());
  }

  /** The kind named {@code kind}, which must be one of {@link #knownKinds()}. */
  public static OwnedKind named(String kind) {
    OwnedKind owned = KNOWN.get(kind);
    if (owned == null) {
      throw new IllegalArgumentException("not an owned kind op-boot knows: " + kind);
    }
    return owned;
  }

  /** fabric8's model class, fully qualified. */
  public String modelClass() {
    return modelPackage + "." + kind;
  }

  /**
   * The kinds of {@code --owns}' values (a list, comma-separated or the flag repeated), in the
   * order given; every unknown or repeated name is reported at once, with the names op-boot knows.
   *
   * @param option where the names come from in messages ({@code --owns}, or PROJECT's place)
   * @throws BadInputException naming {@code option}
   */
  public static List<String> parse(String option, List<String> values) throws BadInputException {
    Set<String> kinds = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (String value : values) {
      for (String name : value.split(",", -1)) {
        String kind = name.strip();
        if (kind.isEmpty()) {
          problems.add("an empty name (a stray comma?)");
        } else if (!KNOWN.containsKey(kind)) {
          problems.add(
              "'" + kind + "' is not a kind op-boot can scaffold an owner of" + hint(kind));
        } else if (!kinds.add(kind)) {
          problems.add("'" + kind + "' is named twice");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(
          option,
          option
              + ": "
              + String.join("; ", problems)
              + ". It takes built-in kinds, comma-separated: "
              + String.join(", ", KNOWN.keySet())
              + ". For another kind, write its dependent resource yourself (see the README's"
              + " 'Owned resources').");
    }
    return List.copyOf(kinds);
  }

  /** " (did you mean Deployment?)" for a known kind spelt in another case, else nothing. */
  private static String hint(String kind) {
    for (String known : KNOWN.keySet()) {
      if (known.toLowerCase(Locale.ROOT).equals(kind.toLowerCase(Locale.ROOT))
          || (known + "s").toLowerCase(Locale.ROOT).equals(kind.toLowerCase(Locale.ROOT))) {
        return " (did you mean " + known + "?)";
      }
    }
    return "";
  }
}

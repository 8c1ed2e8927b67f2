package dev.opboot.testdata;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * DIFFERENCES.md R1a: a property a fabric8 model class holds but the chosen Kubernetes version's
 * catalogue lacks (fabric8 7.5.2 has Kubernetes 1.34's fields; the corpus is controller-gen's at
 * 1.32) is walked from the class, with a warning, so that it is not pruned. Those additions, and
 * nothing else, are forgiven when op-boot's CRD is compared with controller-gen's.
 */
final class WalkedFields {
  private static final Pattern WARNED = Pattern.compile("has the property '([^']+)'");
  private static final Pattern EXTRA = Pattern.compile(".*/properties/([^/]+): extra .*");

  private WalkedFields() {}

  /** {@code differences} (from {@link JsonDiff}) without the walked properties' additions. */
  static List<String> withoutWalked(List<String> differences, List<String> warnings) {
    Set<String> walked =
        warnings.stream()
            .map(WARNED::matcher)
            .filter(Matcher::find)
            .map(m -> m.group(1))
            .collect(Collectors.toSet());
    return differences.stream()
        .filter(
            d -> {
              Matcher extra = EXTRA.matcher(d);
              return !(extra.matches() && walked.contains(extra.group(1)));
            })
        .toList();
  }
}

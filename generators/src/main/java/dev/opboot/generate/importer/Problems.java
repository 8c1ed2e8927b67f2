package dev.opboot.generate.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import met that it cannot turn into Java: schemas Kubernetes forbids (always errors), and
 * parts no annotation expresses (errors for an owned API, notes for an external one). All are
 * gathered so that one run reports every one.
 */
final class Problems {
  /**
   * One problem at a YAML path such as {@code
   * spec.versions[0].schema.openAPIV3Schema.properties.spec}.
   */
  record Problem(String path, String message, boolean forbidden) {}

  private final List<Problem> all = new ArrayList<>();

  void forbidden(String path, String message) {
    all.add(new Problem(path, message, true));
  }

  void notExpressible(String path, String message) {
    all.add(new Problem(path, message, false));
  }

  List<Problem> all() {
    return List.copyOf(all);
  }
}

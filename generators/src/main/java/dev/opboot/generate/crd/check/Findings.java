package dev.opboot.generate.crd.check;

import java.util.ArrayList;
import java.util.List;

/** The findings of one validation, gathered as the checks walk the CRD. */
final class Findings {
  private final List<Finding> all = new ArrayList<>();

  void add(Check check, Where where, String message) {
    all.add(new Finding(check, where.path(), where.version(), where.schemaPath(), message));
  }

  List<Finding> list() {
    return List.copyOf(all);
  }

  boolean hasErrors() {
    return all.stream().anyMatch(Finding::isError);
  }
}

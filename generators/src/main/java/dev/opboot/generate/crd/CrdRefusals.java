package dev.opboot.generate.crd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.crd.check.CrdValidator;
import dev.opboot.generate.crd.check.Finding;
import dev.opboot.generate.model.Crd;
import dev.opboot.generate.model.CrdVersion;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.problem.Warnings;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs {@link CrdValidator} on a generated CRD and turns what the API server would refuse into
 * problems at the Java source that caused them: a schema problem at the property it is in (or the
 * nearest enclosing property op-boot read from Java), anything else at the resource class of the
 * version, or of the first version for the CRD as a whole.
 */
final class CrdRefusals {
  private CrdRefusals() {}

  /**
   * Fails with what the server would refuse; adds to {@code warnings} what it would likely refuse
   * (a rule's estimated cost), each line with its place.
   */
  static void check(Crd crd, ObjectNode document, Warnings warnings) throws GeneratorException {
    List<Finding> findings = CrdValidator.validate(document);
    for (Finding f : findings) {
      if (!f.isError()) {
        warnings.add(locate(crd, f), message(crd, f));
      }
    }
    List<Problem> problems =
        findings.stream()
            .filter(Finding::isError)
            .map(f -> new Problem(locate(crd, f), message(crd, f)))
            .toList();
    if (!problems.isEmpty()) {
      throw new GeneratorException(problems);
    }
  }

  private static String message(Crd crd, Finding f) {
    String verdict = f.isError() ? "would refuse" : "will likely refuse";
    String where =
        f.schemaPath() == null
            ? f.path()
            : (f.schemaPath().isEmpty() ? "the root" : f.schemaPath())
                + " ("
                + crd.versions().get(f.version()).name()
                + ")";
    return "the API server "
        + verdict
        + " the CRD "
        + crd.name()
        + ": "
        + where
        + ": "
        + f.message()
        + " ["
        + f.check().id()
        + "]";
  }

  static SourceLocation locate(Crd crd, Finding f) {
    return locate(crd, f.version(), f.schemaPath());
  }

  /**
   * The Java source of the property at {@code schemaPath} of version {@code versionIndex} (or of
   * the nearest enclosing property read from Java), else of the version's resource class, else of
   * the first version's for the CRD as a whole.
   */
  static SourceLocation locate(Crd crd, int versionIndex, String schemaPath) {
    if (versionIndex < 0 || versionIndex >= crd.versions().size()) {
      return crd.versions().isEmpty() ? null : crd.versions().get(0).location();
    }
    CrdVersion version = crd.versions().get(versionIndex);
    if (schemaPath == null) {
      return version.location();
    }
    Supplier<SourceLocation> best = null;
    int bestLength = -1;
    for (Map.Entry<String, Supplier<SourceLocation>> entry :
        version.propertyLocations().entrySet()) {
      String path = entry.getKey();
      if (encloses(path, schemaPath) && path.length() > bestLength) {
        best = entry.getValue();
        bestLength = path.length();
      }
    }
    return best != null ? best.get() : version.location();
  }

  private static boolean encloses(String property, String path) {
    if (!path.startsWith(property)) {
      return false;
    }
    if (path.length() == property.length()) {
      return true;
    }
    char next = path.charAt(property.length());
    return next == '.' || next == '[';
  }
}

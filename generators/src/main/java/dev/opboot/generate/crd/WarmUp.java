package dev.opboot.generate.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opboot.generate.crd.check.CrdValidator;
import dev.opboot.generate.schema.BuiltInTypes;
import java.io.UncheckedIOException;

/**
 * One-off costs of a generation run paid on a daemon thread while javac reads the project: the
 * Kubernetes catalogue read and indexed, and the validator's classes, with the CEL compiler's,
 * loaded and exercised on a small CRD. javac's reading comes first and is single-threaded, so with
 * a spare processor these leave the run's critical path (bench/ measures the effect); with one
 * processor nothing is started, since the work would only compete with javac. The output cannot
 * change: each piece initialises itself once, thread-safely, whichever thread comes first, and
 * nothing of the warm-up's own CRD is kept.
 */
final class WarmUp {
  /**
   * A CRD with one property under one CEL rule: enough to load every check, the CEL compiler and
   * the Kubernetes CEL function library.
   */
  private static final String SAMPLE =
      """
      {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
       "metadata": {"name": "warmups.op-boot.dev"},
       "spec": {"group": "op-boot.dev", "scope": "Namespaced",
        "names": {"kind": "WarmUp", "listKind": "WarmUpList", "plural": "warmups",
                  "singular": "warmup"},
        "versions": [{"name": "v1", "served": true, "storage": true,
         "subresources": {"status": {}},
         "schema": {"openAPIV3Schema": {"type": "object", "properties": {
          "spec": {"type": "object", "properties": {
           "name": {"type": "string", "maxLength": 63, "default": "a"}},
           "x-kubernetes-validations": [
            {"rule": "self.name.matches('^[a-z]+$') && self.name.size() < 64"}]}}}}}]}}
      """;

  private WarmUp() {}

  /**
   * The system property that turns the warm-up off ({@code -Dop-boot.warmUp=false}, through {@code
   * OP_BOOT_JAVA_OPTS}): for measuring what it gains (bench/README.md).
   */
  static final String SWITCH = "op-boot.warmUp";

  /** Starts the warm-up when this machine has a processor to spare; returns at once. */
  static void start(BuiltInTypes builtIns) {
    if (Runtime.getRuntime().availableProcessors() < 2
        || "false".equals(System.getProperty(SWITCH))) {
      return;
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                builtIns.load();
                CrdValidator.validate(sample());
              } catch (RuntimeException | LinkageError e) {
                // the run itself meets and reports whatever went wrong here
              }
            },
            "op-boot-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.NORM_PRIORITY - 1);
    thread.start();
  }

  private static JsonNode sample() {
    try {
      return new ObjectMapper().readTree(SAMPLE);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

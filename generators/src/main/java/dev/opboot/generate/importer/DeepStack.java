package dev.opboot.generate.importer;

import dev.opboot.generate.problem.GeneratorException;

/**
 * Runs the import on a thread with a large stack. The mapping from schema to Java types recurses
 * once per nesting level of the schema, a few frames each, and a CRD may nest deeper than the
 * default 1 MB stack of a JVM's threads holds (generated CRDs of hundreds of levels exist); the
 * reserved stack is address space, used only as deep as the schema goes.
 */
final class DeepStack {
  /** Enough for thousands of nesting levels. */
  private static final long STACK_BYTES = 256L * 1024 * 1024;

  /** Work that may fail as the importer fails. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws GeneratorException;
  }

  private DeepStack() {}

  static <T> T call(Work<T> work) throws GeneratorException {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result[0] = work.run();
              } catch (Throwable t) {
                failure[0] = t;
              }
            },
            "op-boot-import",
            STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    }
    if (failure[0] instanceof GeneratorException e) {
      throw e;
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
    if (failure[0] != null) {
      throw new IllegalStateException(failure[0]);
    }
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }
}

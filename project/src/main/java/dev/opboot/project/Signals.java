package dev.opboot.project;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * SIGINT and SIGTERM handled by op-boot itself, so that Ctrl-C stops a child process the way
 * Kubernetes stops a pod (SIGTERM, a grace period) and op-boot still exits 0. The JDK offers this
 * only through {@code sun.misc.Signal} (module jdk.unsupported, in every JDK since 9 and meant for
 * exactly this); it is reached by reflection because javac's warning about it cannot be suppressed,
 * and op-boot compiles with warnings as errors. Where it is missing, nothing is handled and the
 * JVM's default (exit, running shutdown hooks) applies.
 */
final class Signals implements AutoCloseable {
  private final List<Runnable> restore = new ArrayList<>();

  private Signals() {}

  /** Runs {@code action} on each of {@code names} ("INT", "TERM") until {@link #close()}. */
  static Signals handle(Runnable action, String... names) {
    Signals signals = new Signals();
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Constructor<?> named = signal.getConstructor(String.class);
      Method handle = signal.getMethod("handle", signal, handlerType);
      Object handler =
          Proxy.newProxyInstance(
              Signals.class.getClassLoader(),
              new Class<?>[] {handlerType},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "handle" -> {
                      action.run();
                      yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "op-boot signal handler";
                  });
      for (String name : names) {
        Object which = named.newInstance(name);
        Object previous = handle.invoke(null, which, handler);
        signals.restore.add(
            () -> {
              try {
                handle.invoke(null, which, previous);
              } catch (IllegalAccessException | InvocationTargetException e) {
                // the previous handler stays replaced; the JVM is usually exiting by then
              }
            });
      }
    } catch (ReflectiveOperationException | RuntimeException unavailable) {
      // no sun.misc.Signal here, or the signal is reserved: the JVM's default applies
    }
    return signals;
  }

  /** Puts back the handlers that were there before. */
  @Override
  public void close() {
    restore.forEach(Runnable::run);
  }
}

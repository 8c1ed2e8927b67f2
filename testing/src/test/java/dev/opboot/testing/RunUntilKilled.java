package dev.opboot.testing;

import java.util.stream.Collectors;

/**
 * A JVM for {@link KubeApiServerLifecycleTest}: starts a private API server, prints {@code READY
 * <pids> <run folder>} and waits to be killed.
 */
public final class RunUntilKilled {

  private RunUntilKilled() {}

  public static void main(String[] args) throws InterruptedException {
    KubeApiServer server = KubeApiServer.start();
    String pids =
        server.processes().stream()
            .map(p -> Long.toString(p.pid()))
            .collect(Collectors.joining(","));
    System.out.println("READY " + pids + " " + server.runDir());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}

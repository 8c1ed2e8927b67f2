package dev.opboot.project;

import dev.opboot.core.files.ProjectLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The project lock taken by a step of a longer workflow ({@code build}, {@code run}) rather than by
 * the whole command: those commands run Maven, whose op-boot plugin takes the same lock, so they
 * hold it only while they write into the project themselves.
 */
public final class Locks {
  private Locks() {}

  /** The lock of {@code project}, saying on {@code out} whom it waits for. */
  public static ProjectLock take(Path project, PrintWriter out)
      throws CommandFailedException, IOException {
    try {
      return ProjectLock.acquire(
          project,
          ProjectLock.DEFAULT_WAIT,
          waiting -> {
            out.println("op-boot: " + waiting);
            out.flush();
          });
    } catch (ProjectLock.BusyException e) {
      throw new CommandFailedException(e.getMessage());
    }
  }
}

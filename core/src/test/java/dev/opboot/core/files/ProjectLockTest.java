package dev.opboot.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("try") // locks are held for their try blocks, which is what is tested
class ProjectLockTest {
  @TempDir Path project;

  @Test
  void aSecondHolderWaitsSaysForWhomAndGoesOnWhenTheFirstReleases() throws Exception {
    List<String> said = new CopyOnWriteArrayList<>();
    AtomicLong acquiredAt = new AtomicLong();
    CountDownLatch secondDone = new CountDownLatch(1);
    long releasedAt;
    try (ProjectLock first = ProjectLock.acquire(project, Duration.ofSeconds(5), said::add)) {
      Thread second =
          new Thread(
              () -> {
                try (ProjectLock lock =
                    ProjectLock.acquire(project, Duration.ofSeconds(10), said::add)) {
                  acquiredAt.set(System.nanoTime());
                } catch (Exception e) {
                  said.add("failed: " + e);
                } finally {
                  secondDone.countDown();
                }
              });
      second.start();
      Thread.sleep(400);
      assertThat(acquiredAt.get())
          .as("the second must wait while the first holds the lock")
          .isZero();
      releasedAt = System.nanoTime();
    }
    assertThat(secondDone.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(acquiredAt.get()).isGreaterThanOrEqualTo(releasedAt);
    assertThat(said)
        .containsExactly(
            "waiting for another op-boot (pid "
                + ProcessHandle.current().pid()
                + ") to finish with "
                + project
                + " ...");
  }

  @Test
  void aHolderThatKeepsItTooLongIsNamedAndTheWaiterGivesUp() throws Exception {
    try (ProjectLock held = ProjectLock.acquire(project, Duration.ofSeconds(5), s -> {})) {
      assertThatThrownBy(() -> ProjectLock.acquire(project, Duration.ofMillis(300), s -> {}))
          .isInstanceOf(ProjectLock.BusyException.class)
          .hasMessage(
              "another op-boot (pid "
                  + ProcessHandle.current().pid()
                  + ") has been working on "
                  + project
                  + " for more than 300 ms. Wait for it to finish, or stop it if it hangs, then try again.");
    }
    try (ProjectLock again = ProjectLock.acquire(project, Duration.ofMillis(300), s -> {})) {
      assertThat(again).isNotNull();
    }
  }

  @Test
  void theProjectTreeIsNotTouchedAndOneProjectHasOneLockWhateverItIsCalled() throws Exception {
    Path same = project.resolve("sub/..");
    assertThat(ProjectLock.lockFile(same)).isEqualTo(ProjectLock.lockFile(project));
    assertThat(ProjectLock.lockFile(project.resolve("other")))
        .isNotEqualTo(ProjectLock.lockFile(project));
    try (ProjectLock lock = ProjectLock.acquire(project, Duration.ofSeconds(1), s -> {})) {
      try (var files = java.nio.file.Files.list(project)) {
        assertThat(files).isEmpty();
      }
    }
  }
}

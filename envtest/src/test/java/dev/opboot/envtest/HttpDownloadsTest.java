package dev.opboot.envtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a server that sends half the body, then stalls until the test ends. */
class HttpDownloadsTest {
  @TempDir Path dir;

  private final CountDownLatch halfSent = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final StringWriter progress = new StringWriter();
  private HttpServer server;
  private URI url;

  @BeforeEach
  void stallingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/a.tar.gz",
        exchange -> {
          exchange.sendResponseHeaders(200, 1000);
          OutputStream out = exchange.getResponseBody();
          out.write(new byte[500]);
          out.flush();
          halfSent.countDown();
          try {
            release.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/a.tar.gz");
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private Thread download(Duration idleTimeout, AtomicReference<Throwable> failure) {
    Thread thread =
        new Thread(
            () -> {
              try {
                HttpDownloads.with(k -> null, k -> null, idleTimeout)
                    .download(
                        url,
                        "a.tar.gz",
                        "0f".repeat(64),
                        dir.resolve("a.tar.gz"),
                        new DownloadProgress(new PrintWriter(progress), false));
              } catch (Exception e) {
                failure.set(e);
              }
            });
    thread.start();
    return thread;
  }

  /** The wait ends as soon as the thread is interrupted (a blocking read of the body would not). */
  @Test
  void aStalledDownloadEndsWhenInterrupted() throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread download = download(HttpDownloads.IDLE_TIMEOUT, failure);
    assertThat(halfSent.await(30, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(300);
    download.interrupt();
    download.join(10_000);
    assertThat(download.isAlive()).as("the download ended").isFalse();
    assertThat(failure.get())
        .isInstanceOf(InterruptedException.class)
        .hasMessage("the download of a.tar.gz was interrupted");
    assertThat(progress.toString()).startsWith("Downloading a.tar.gz (1000 B) ...");
    assertThat(Files.size(dir.resolve("a.tar.gz"))).isLessThan(1000);
  }

  @Test
  void aStalledDownloadEndsAfterTheIdleTimeout() throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread download = download(Duration.ofSeconds(2), failure);
    download.join(20_000);
    assertThat(download.isAlive()).as("the download ended").isFalse();
    assertThat(failure.get())
        .isInstanceOf(EnvTestException.class)
        .hasMessageContaining("broke off after 500 of 1000 bytes (nothing arrived for 2 seconds)")
        .hasMessageContaining("Nothing was installed; run the command again");
  }
}

package dev.opboot.envtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Writes a response body to a file as it arrives, on the HTTP client's threads, updating its
 * SHA-512 and the progress with each piece, and remembering when the last piece came (for the idle
 * timeout). A response other than 200 is discarded unread.
 */
final class ArchiveWriter implements HttpResponse.BodyHandler<Long> {
  private final Path target;
  private final String name;
  private final DownloadProgress progress;
  private final MessageDigest digest;
  private final FileChannel out;
  private volatile Flow.Subscription subscription;
  private volatile boolean started;
  private volatile long length = -1;
  private volatile long received;
  private volatile long lastActivity = System.nanoTime();

  ArchiveWriter(Path target, String name, DownloadProgress progress) throws EnvTestException {
    this.target = target;
    this.name = name;
    this.progress = progress;
    try {
      this.digest = MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-512", e);
    }
    try {
      this.out =
          FileChannel.open(
              target,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw EnvTestException.failed("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public HttpResponse.BodySubscriber<Long> apply(HttpResponse.ResponseInfo info) {
    if (info.statusCode() != 200) {
      return HttpResponse.BodySubscribers.replacing(-1L);
    }
    length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    started = true;
    lastActivity = System.nanoTime();
    progress.started(name, length);
    return new Writing();
  }

  /** Whether a 200 response began to arrive. */
  boolean started() {
    return started;
  }

  /** The announced length, or -1. */
  long length() {
    return length;
  }

  long received() {
    return received;
  }

  /** How long since the last piece of the body arrived. */
  Duration idleFor() {
    return Duration.ofNanos(System.nanoTime() - lastActivity);
  }

  DownloadProgress progress() {
    return progress;
  }

  /** The SHA-512 of what arrived; call once, after the body completed. */
  byte[] sha512() {
    return digest.digest();
  }

  /** Stops receiving: the connection is released, nothing more is written. */
  void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    close();
  }

  /** Closes the file. */
  void close() {
    try {
      synchronized (out) {
        out.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + target, e);
    }
  }

  private final class Writing implements HttpResponse.BodySubscriber<Long> {
    private final CompletableFuture<Long> body = new CompletableFuture<>();

    @Override
    public CompletionStage<Long> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      try {
        synchronized (out) {
          for (ByteBuffer buffer : buffers) {
            int n = buffer.remaining();
            digest.update(buffer.duplicate());
            while (buffer.hasRemaining()) {
              out.write(buffer);
            }
            received += n;
            progress.advanced(n);
          }
        }
        lastActivity = System.nanoTime();
        subscription.request(1);
      } catch (IOException e) {
        subscription.cancel();
        body.completeExceptionally(e);
      }
    }

    @Override
    public void onError(Throwable failure) {
      body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      body.complete(received);
    }
  }
}

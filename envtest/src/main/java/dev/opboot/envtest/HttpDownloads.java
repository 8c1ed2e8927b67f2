package dev.opboot.envtest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * The HTTP side of {@code op-boot envtest}: the index as text, an archive streamed to a file while
 * its SHA-512 is computed. The JDK's HTTP client, redirects followed (GitHub's release downloads
 * redirect), proxies chosen by {@link Proxies}' rule.
 *
 * <p>The calling thread only waits: the body is written by the client's own threads ({@link
 * ArchiveWriter}), so that the wait ends when the thread is interrupted or no byte has arrived for
 * {@link #IDLE_TIMEOUT}, which a blocking read of the JDK client's body stream does not.
 */
public final class HttpDownloads {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration HEADERS_TIMEOUT = Duration.ofMinutes(2);
  static final Duration IDLE_TIMEOUT = Duration.ofMinutes(2);

  private final HttpClient client;
  private final Duration idleTimeout;

  private HttpDownloads(HttpClient client, Duration idleTimeout) {
    this.client = client;
    this.idleTimeout = idleTimeout;
  }

  /**
   * Downloads through the proxies this process's environment and system properties name (see {@link
   * Proxies}).
   */
  public static HttpDownloads fromEnvironment() {
    return with(System::getenv, System::getProperty, IDLE_TIMEOUT);
  }

  /**
   * Downloads through the proxies {@code env} and {@code properties} name, giving up on a body when
   * nothing arrived for {@code idleTimeout}.
   */
  static HttpDownloads with(
      UnaryOperator<String> env, UnaryOperator<String> properties, Duration idleTimeout) {
    return new HttpDownloads(
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(CONNECT_TIMEOUT)
            .proxy(new Proxies(env, properties))
            .build(),
        idleTimeout);
  }

  /**
   * The text at {@code url}.
   *
   * @param what what it is, for messages ("the envtest releases index")
   * @throws EnvTestException when it cannot be fetched, saying why
   * @throws InterruptedException when the thread is interrupted
   */
  public String text(URI url, String what) throws EnvTestException, InterruptedException {
    CompletableFuture<HttpResponse<String>> future =
        client.sendAsync(request(url), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = future.get(HEADERS_TIMEOUT.plus(idleTimeout).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw unreachable(what, url, new HttpTimeoutException("timed out"));
    } catch (ExecutionException e) {
      throw unreachable(what, url, asIoException(e.getCause()));
    }
    if (response.statusCode() != 200) {
      throw EnvTestException.failed(
          "cannot fetch "
              + what
              + " "
              + url
              + ": the server answered HTTP "
              + response.statusCode()
              + ". Check the URL (--index), or work offline with --installed-only");
    }
    return response.body();
  }

  /**
   * Streams {@code url} into {@code target} (created, or emptied) and checks its SHA-512 against
   * {@code sha512} once complete.
   *
   * @throws EnvTestException on an HTTP error, a broken or stalled connection, a body shorter than
   *     announced, or a SHA-512 that differs; {@code target} may then hold part of the body (the
   *     caller deletes it)
   * @throws InterruptedException when the thread is interrupted
   */
  public void download(URI url, String name, String sha512, Path target, DownloadProgress progress)
      throws EnvTestException, InterruptedException {
    ArchiveWriter writer = new ArchiveWriter(target, name, progress);
    CompletableFuture<HttpResponse<Long>> future = client.sendAsync(request(url), writer);
    HttpResponse<Long> response;
    try {
      response = await(future, writer, name, url);
    } finally {
      writer.close();
    }
    if (response.statusCode() != 200) {
      throw EnvTestException.failed(
          "cannot download "
              + name
              + " from "
              + url
              + ": the server answered HTTP "
              + response.statusCode()
              + ". Nothing was installed. The index names an archive the server does not have:"
              + " try again later, choose another version (op-boot envtest list), or pass"
              + " another --index");
    }
    long length = writer.length();
    if (length >= 0 && writer.received() != length) {
      progress.finished(false);
      throw brokenOff(name, url, writer.received(), length, null);
    }
    progress.finished(true);
    String actual = HexFormat.of().formatHex(writer.sha512());
    if (!actual.equalsIgnoreCase(sha512)) {
      throw EnvTestException.failed(
          "the SHA-512 of "
              + name
              + " downloaded from "
              + url
              + " is "
              + actual
              + ", but the index says "
              + sha512
              + ": the download was altered on the way (a proxy?) or the index is wrong."
              + " Nothing was installed; try again, or report it to the index's maintainers");
    }
  }

  /** The response, once its whole body is written; ends early on interrupt or a stall. */
  private HttpResponse<Long> await(
      CompletableFuture<HttpResponse<Long>> future, ArchiveWriter writer, String name, URI url)
      throws EnvTestException, InterruptedException {
    while (true) {
      try {
        return future.get(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        future.cancel(true);
        writer.cancel();
        if (writer.started()) {
          writer.progress().finished(false);
        }
        throw new InterruptedException("the download of " + name + " was interrupted");
      } catch (TimeoutException e) {
        if (writer.started() && writer.idleFor().compareTo(idleTimeout) > 0) {
          future.cancel(true);
          writer.cancel();
          writer.progress().finished(false);
          throw brokenOff(
              name,
              url,
              writer.received(),
              writer.length(),
              new IOException("nothing arrived for " + idleTimeout.toSeconds() + " seconds"));
        }
      } catch (ExecutionException e) {
        IOException cause = asIoException(e.getCause());
        if (writer.started()) {
          writer.progress().finished(false);
          throw brokenOff(name, url, writer.received(), writer.length(), cause);
        }
        throw unreachable(name, url, cause);
      }
    }
  }

  private static IOException asIoException(Throwable cause) {
    return cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause);
  }

  private static HttpRequest request(URI url) {
    return HttpRequest.newBuilder(url)
        .timeout(HEADERS_TIMEOUT)
        .header("User-Agent", "op-boot-envtest")
        .GET()
        .build();
  }

  private static EnvTestException brokenOff(
      String name, URI url, long received, long length, IOException cause) {
    return EnvTestException.failed(
        "the download of "
            + name
            + " from "
            + url
            + " broke off after "
            + received
            + (length >= 0 ? " of " + length : "")
            + " bytes"
            + (cause == null ? "" : " (" + describe(cause) + ")")
            + ". Nothing was installed; run the command again",
        cause);
  }

  private static EnvTestException unreachable(String what, URI url, IOException e) {
    return EnvTestException.failed(
        "cannot fetch "
            + what
            + " from "
            + url
            + ": "
            + describe(e)
            + ". Check the network and the proxy settings (HTTPS_PROXY, NO_PROXY or"
            + " -Dhttps.proxyHost), or work offline with --installed-only",
        e);
  }

  private static String describe(IOException e) {
    if (e instanceof UnknownHostException) {
      return "unknown host " + e.getMessage();
    }
    if (e instanceof HttpConnectTimeoutException) {
      return "no connection within " + CONNECT_TIMEOUT.toSeconds() + " seconds";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + HEADERS_TIMEOUT.toMinutes() + " minutes";
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}

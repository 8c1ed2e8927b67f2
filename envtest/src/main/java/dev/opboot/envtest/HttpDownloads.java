package dev.opboot.envtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * The HTTP side of {@code op-boot envtest}: the index as text, an archive streamed to a file while
 * its SHA-512 is computed. The JDK's HTTP client, redirects followed (GitHub's release downloads
 * redirect), proxies chosen by {@link Proxies}' rule.
 */
public final class HttpDownloads {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration HEADERS_TIMEOUT = Duration.ofMinutes(2);

  private final HttpClient client;

  private HttpDownloads(HttpClient client) {
    this.client = client;
  }

  /**
   * Downloads through the proxies this process's environment and system properties name (see {@link
   * Proxies}).
   */
  public static HttpDownloads fromEnvironment() {
    return with(System::getenv, System::getProperty);
  }

  /** Downloads through the proxies {@code env} and {@code properties} name. */
  static HttpDownloads with(UnaryOperator<String> env, UnaryOperator<String> properties) {
    return new HttpDownloads(
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(CONNECT_TIMEOUT)
            .proxy(new Proxies(env, properties))
            .build());
  }

  /**
   * The text at {@code url}.
   *
   * @param what what it is, for messages ("the envtest releases index")
   * @throws EnvTestException when it cannot be fetched, saying why
   * @throws InterruptedException when the thread is interrupted
   */
  public String text(URI url, String what) throws EnvTestException, InterruptedException {
    try {
      HttpResponse<String> response =
          client.send(request(url), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
    } catch (IOException e) {
      throw unreachable(what, url, e);
    }
  }

  /**
   * Streams {@code url} into {@code target} (created, or emptied) and checks its SHA-512 against
   * {@code sha512} once complete.
   *
   * @throws EnvTestException on an HTTP error, a broken connection, a body shorter than announced,
   *     or a SHA-512 that differs; {@code target} may then hold part of the body (the caller
   *     deletes it)
   * @throws InterruptedException when the thread is interrupted
   */
  public void download(URI url, String name, String sha512, Path target, DownloadProgress progress)
      throws EnvTestException, InterruptedException {
    HttpResponse<InputStream> response;
    try {
      response = client.send(request(url), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw unreachable(name, url, e);
    }
    MessageDigest digest = sha512();
    long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    boolean started = false;
    boolean ended = false;
    long received = 0;
    try (InputStream body = response.body()) {
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
      progress.started(name, length);
      started = true;
      try (OutputStream out = Files.newOutputStream(target)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = body.read(buffer)) != -1; ) {
          if (Thread.interrupted()) {
            throw new InterruptedException("the download of " + name + " was interrupted");
          }
          digest.update(buffer, 0, n);
          out.write(buffer, 0, n);
          received += n;
          progress.advanced(n);
        }
      }
      if (length >= 0 && received != length) {
        throw brokenOff(name, url, received, length, null);
      }
      ended = true;
      progress.finished(true);
    } catch (IOException e) {
      throw brokenOff(name, url, received, length, e);
    } finally {
      if (started && !ended) {
        progress.finished(false);
      }
    }
    String actual = HexFormat.of().formatHex(digest.digest());
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

  private static HttpRequest request(URI url) {
    return HttpRequest.newBuilder(url)
        .timeout(HEADERS_TIMEOUT)
        .header("User-Agent", "op-boot-envtest")
        .GET()
        .build();
  }

  private static MessageDigest sha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-512", e);
    }
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
            + ". Check the network and the proxy settings (HTTPS_PROXY, NO_PROXY or -Dhttps.proxyHost),"
            + " or work offline with --installed-only",
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

package dev.opboot.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.opboot.envtest.Platform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * An envtest releases index and its archives, served on 127.0.0.1 by the JDK's HTTP server, each
 * archive served as the test says: whole, 404, or half its body before the connection is cut.
 */
final class EnvtestServer implements AutoCloseable {
  enum Serving {
    WHOLE,
    NOT_FOUND,
    CUT_HALFWAY,
    /** Half the body, then nothing until the server stops. */
    STALL_HALFWAY
  }

  private record Served(String name, byte[] body, String sha512, Serving serving) {}

  private final HttpServer server;
  private final Map<String, Served> archives = new LinkedHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private EnvtestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/envtest-releases.yaml", this::index);
    server.createContext("/archives/", this::archive);
    server.start();
  }

  static EnvtestServer start() throws IOException {
    return new EnvtestServer();
  }

  /** An archive of {@code version} for this machine, listed with the SHA-512 of {@code body}. */
  EnvtestServer archive(String version, byte[] body, Serving serving) {
    return archive(version, body, sha512(body), serving);
  }

  /** An archive listed with {@code sha512}, whatever its body. */
  EnvtestServer archive(String version, byte[] body, String sha512, Serving serving) {
    return archive(version, Platform.current(), body, sha512, serving);
  }

  EnvtestServer archive(
      String version, Platform platform, byte[] body, String sha512, Serving serving) {
    String name = "envtest-v" + version + "-" + platform.os() + "-" + platform.arch() + ".tar.gz";
    archives.put(name, new Served(name, body, sha512, serving));
    return this;
  }

  String indexUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/envtest-releases.yaml";
  }

  /** How many requests the server answered. */
  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    stopped.countDown();
    server.stop(0);
  }

  private void index(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    StringBuilder yaml = new StringBuilder("releases:\n");
    for (Served archive : archives.values()) {
      String version = archive.name().replaceAll("envtest-(v[0-9.]+)-.*", "$1");
      yaml.append("  ")
          .append(version)
          .append(":\n")
          .append("    ")
          .append(archive.name())
          .append(":\n")
          .append("      hash: ")
          .append(archive.sha512())
          .append("\n")
          .append("      selfLink: archives/")
          .append(archive.name())
          .append("\n");
    }
    respond(exchange, yaml.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void archive(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String name = exchange.getRequestURI().getPath().substring("/archives/".length());
    Served archive = archives.get(name);
    if (archive == null || archive.serving() == Serving.NOT_FOUND) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    if (archive.serving() == Serving.STALL_HALFWAY) {
      exchange.sendResponseHeaders(200, archive.body().length);
      OutputStream out = exchange.getResponseBody();
      out.write(archive.body(), 0, archive.body().length / 2);
      out.flush();
      try {
        stopped.await(2, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    if (archive.serving() == Serving.CUT_HALFWAY) {
      exchange.sendResponseHeaders(200, archive.body().length);
      OutputStream out = exchange.getResponseBody();
      out.write(archive.body(), 0, archive.body().length / 2);
      out.flush();
      // closing before all announced bytes are written makes the server drop the connection
      try {
        exchange.close();
      } catch (RuntimeException ignored) {
        // the server complains about the missing bytes; the client sees the connection end
      }
      return;
    }
    respond(exchange, archive.body());
  }

  private static void respond(HttpExchange exchange, byte[] body) throws IOException {
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static String sha512(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A tar.gz laid out as controller-tools' envtest archives: files under controller-tools/envtest/.
   */
  static byte[] envtestArchive(Map<String, byte[]> executables) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GzipParameters fast = new GzipParameters();
    fast.setCompressionLevel(1);
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes, fast))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.putArchiveEntry(new TarArchiveEntry("controller-tools/envtest/"));
      tar.closeArchiveEntry();
      for (Map.Entry<String, byte[]> file : executables.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry("controller-tools/envtest/" + file.getKey());
        entry.setMode(0755);
        entry.setSize(file.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(file.getValue());
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An envtest archive of three small shell scripts that print their name. */
  static byte[] scriptArchive() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String binary : new String[] {"etcd", "kube-apiserver", "kubectl"}) {
      files.put(binary, ("#!/bin/sh\necho " + binary + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return envtestArchive(files);
  }

  /** An envtest archive of the binaries in {@code assets}. */
  static byte[] archiveOf(Path assets) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String binary : new String[] {"etcd", "kube-apiserver", "kubectl"}) {
      files.put(binary, Files.readAllBytes(assets.resolve(binary)));
    }
    return envtestArchive(files);
  }
}

package dev.opboot.envtest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Which proxy a download goes through. One rule, in this order:
 *
 * <ol>
 *   <li>loopback hosts ({@code localhost}, {@code 127.*}, {@code ::1}) are never proxied, as Go's
 *       HTTP client (and so setup-envtest) never proxies them;
 *   <li>when the Java system properties {@code https.proxyHost} or {@code http.proxyHost} are set
 *       (with {@code -D} or {@code JAVA_TOOL_OPTIONS}), the JDK's own proxy selection applies,
 *       {@code http.nonProxyHosts} included, and the environment variables are not read;
 *   <li>otherwise the environment variables setup-envtest and curl read: {@code HTTPS_PROXY} (else
 *       {@code https_proxy}) for https URLs, {@code HTTP_PROXY} (else {@code http_proxy}) for http
 *       URLs, except for the hosts {@code NO_PROXY} (else {@code no_proxy}) lists: comma-separated
 *       names, each matching the host and its subdomains ({@code example.com}, {@code
 *       .example.com}), or {@code *} for every host.
 * </ol>
 *
 * Credentials in a proxy URL are not used.
 */
final class Proxies extends ProxySelector {
  private final UnaryOperator<String> env;
  private final UnaryOperator<String> properties;
  private final ProxySelector jdk;

  /**
   * @param env looks up an environment variable ({@code System::getenv})
   * @param properties looks up a Java system property ({@code System::getProperty})
   */
  Proxies(UnaryOperator<String> env, UnaryOperator<String> properties) {
    this.env = env;
    this.properties = properties;
    this.jdk = ProxySelector.getDefault();
  }

  @Override
  public List<Proxy> select(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (isLoopback(host)) {
      return List.of(Proxy.NO_PROXY);
    }
    if (set(properties.apply("https.proxyHost")) || set(properties.apply("http.proxyHost"))) {
      return jdk == null ? List.of(Proxy.NO_PROXY) : jdk.select(uri);
    }
    return fromEnvironment(uri.getScheme(), host).map(List::of).orElse(List.of(Proxy.NO_PROXY));
  }

  /** The proxy the environment names for {@code scheme} and {@code host}, if any. */
  Optional<Proxy> fromEnvironment(String scheme, String host) {
    boolean https = "https".equalsIgnoreCase(scheme);
    String value = https ? first("HTTPS_PROXY", "https_proxy") : first("HTTP_PROXY", "http_proxy");
    if (!set(value) || excluded(host)) {
      return Optional.empty();
    }
    URI proxy = URI.create(value.contains("://") ? value.strip() : "http://" + value.strip());
    if (proxy.getHost() == null) {
      return Optional.empty();
    }
    int port =
        proxy.getPort() != -1 ? proxy.getPort() : "https".equals(proxy.getScheme()) ? 443 : 80;
    return Optional.of(
        new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.getHost(), port)));
  }

  private boolean excluded(String host) {
    String noProxy = first("NO_PROXY", "no_proxy");
    if (!set(noProxy)) {
      return false;
    }
    for (String raw : noProxy.split(",")) {
      String entry = raw.strip().toLowerCase(Locale.ROOT);
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.equals("*")) {
        return true;
      }
      int colon = entry.lastIndexOf(':');
      if (colon > 0 && entry.indexOf(':') == colon) {
        entry = entry.substring(0, colon);
      }
      String domain = entry.startsWith(".") ? entry.substring(1) : entry;
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return true;
      }
    }
    return false;
  }

  private String first(String upper, String lower) {
    String value = env.apply(upper);
    return set(value) ? value : env.apply(lower);
  }

  private static boolean set(String value) {
    return value != null && !value.isBlank();
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || host.startsWith("127.")
        || host.equals("[::1]")
        || host.equals("::1");
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // Nothing to remember: each run chooses afresh.
  }
}

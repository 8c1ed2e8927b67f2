package dev.opboot.envtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxiesTest {
  private static String proxyOf(Map<String, String> env, Map<String, String> props, String url) {
    Proxy proxy = new Proxies(env::get, props::get).select(URI.create(url)).get(0);
    if (proxy.type() == Proxy.Type.DIRECT) {
      return "direct";
    }
    InetSocketAddress address = (InetSocketAddress) proxy.address();
    return address.getHostString() + ":" + address.getPort();
  }

  @Test
  void httpsProxyFromTheEnvironmentUpperCaseFirst() {
    Map<String, String> env =
        Map.of("HTTPS_PROXY", "http://up:3128", "https_proxy", "http://low:3128");
    assertThat(proxyOf(env, Map.of(), "https://github.com/x")).isEqualTo("up:3128");
    assertThat(proxyOf(Map.of("https_proxy", "low:8080"), Map.of(), "https://github.com/x"))
        .isEqualTo("low:8080");
    assertThat(proxyOf(env, Map.of(), "http://github.com/x"))
        .as("http URLs read HTTP_PROXY")
        .isEqualTo("direct");
  }

  @Test
  void noProxyAndLoopbackGoDirect() {
    Map<String, String> env =
        Map.of("HTTPS_PROXY", "http://p:3128", "NO_PROXY", "internal.example, .corp:443");
    assertThat(proxyOf(env, Map.of(), "https://internal.example/i")).isEqualTo("direct");
    assertThat(proxyOf(env, Map.of(), "https://a.internal.example/i")).isEqualTo("direct");
    assertThat(proxyOf(env, Map.of(), "https://x.corp/i")).isEqualTo("direct");
    assertThat(proxyOf(env, Map.of(), "https://github.com/i")).isEqualTo("p:3128");
    assertThat(proxyOf(env, Map.of(), "https://127.0.0.1:8080/i")).isEqualTo("direct");
    assertThat(proxyOf(env, Map.of(), "https://localhost/i")).isEqualTo("direct");
    assertThat(proxyOf(Map.of("HTTPS_PROXY", "p:1", "no_proxy", "*"), Map.of(), "https://a/i"))
        .isEqualTo("direct");
  }

  @Test
  void javaPropertiesWinOverTheEnvironment() {
    Map<String, String> env = Map.of("HTTPS_PROXY", "http://p:3128");
    assertThat(proxyOf(env, Map.of("https.proxyHost", "jvm"), "https://github.com/i"))
        .as(
            "with the properties set, the JDK's selector decides (here, from this JVM's own"
                + " properties, which name no proxy)")
        .isNotEqualTo("p:3128");
  }
}

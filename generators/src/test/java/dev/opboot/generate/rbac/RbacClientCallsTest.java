package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls of the fabric8 client in the code: the resource from the DSL's types, verbs from the
 * operation.
 */
class RbacClientCallsTest {
  @TempDir Path tmp;

  private RbacFixture reconcilerWith(String body) {
    return RbacFixture.withShop(tmp)
        .java(
            "ShopReconciler",
            "public class ShopReconciler implements Reconciler<Shop> {\n"
                + RbacFixture.RECONCILE
                + body
                + "}\n");
  }

  private static List<PolicyRule> calls(RbacFixture fixture) throws GeneratorException {
    return fixture.grants().stream()
        .filter(g -> g.origin().contains("("))
        .map(Grant::rule)
        .toList();
  }

  private static List<String> warnings(RbacFixture fixture) throws GeneratorException {
    return RbacGenerator.read(fixture.compile()).warnings();
  }

  @Test
  void accessorsAndOperations() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
            """
          io.fabric8.kubernetes.client.KubernetesClient client;
          void work(Context<Shop> context, String ns) {
            context.getClient().pods().inNamespace(ns).list();
            client.apps().deployments().inNamespace(ns).withName("web").scale(3);
            var pod = client.pods().inNamespace(ns).withName("p");
            pod.inContainer("c").redirectingInput().exec("ls");
            client.batch().v1().jobs().inNamespace(ns).withLabel("a", "b").delete();
            client.resources(Shop.class).inNamespace(ns).withName("s").patchStatus();
            client.genericKubernetesResources("example.com/v1", "Widget").inAnyNamespace().list();
          }
        """);
    assertThat(calls(fixture))
        .containsExactly(
            PolicyRule.of("", "pods", "list"),
            PolicyRule.of("apps", "deployments/scale", "get", "update"),
            PolicyRule.of("apps", "deployments", "get"),
            PolicyRule.of("", "pods/exec", "create", "get"),
            PolicyRule.of("", "pods", "get", "list", "watch"),
            PolicyRule.of("batch", "jobs", "deletecollection"),
            PolicyRule.of("shop.example.com", "shops/status", "patch"),
            PolicyRule.of("example.com", "widgets", "list"));
    assertThat(warnings(fixture)).isEmpty();
  }

  @Test
  void untraceable() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
            """
          io.fabric8.kubernetes.client.KubernetesClient client;
          void work(HasMetadata object, String kind) {
            client.resource(object).create();
            client.genericKubernetesResources("v1", kind).list();
          }
        """);
    assertThat(warnings(fixture)).hasSize(2);
    System.out.println(warnings(fixture));
  }
}

package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Informer event sources the code declares: get, list and watch on the resource each watches. */
class RbacInformersTest {
  @TempDir Path tmp;

  private static final String CONFIG =
      "io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration";
  private static final String GVK = "io.javaoperatorsdk.operator.processing.GroupVersionKind";

  private RbacFixture reconcilerWith(String body) {
    return RbacFixture.withShop(tmp)
        .java(
            "ShopReconciler",
            "public class ShopReconciler implements Reconciler<Shop> {\n"
                + RbacFixture.RECONCILE
                + body
                + "}\n");
  }

  private List<Grant> informers(RbacFixture fixture) throws GeneratorException {
    return fixture.grants().stream().filter(g -> g.origin().startsWith("the informer")).toList();
  }

  @Test
  void classLiteralsAndConstantGroupVersionKinds() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
                """
          void sources() {
            var secrets = %1$s.from(Secret.class, Shop.class).build();
            var ingresses = %1$s.from(new %2$s("networking.k8s.io/v1", "Ingress"), Shop.class).build();
            var policies = %1$s.from(%2$s.gvkFor(io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
                Shop.class).build();
          }
        """
                    .formatted(CONFIG, GVK))
            .java(
                "Helper",
                """
        class Helper {
          static Object pods() { return %s.from(io.fabric8.kubernetes.api.model.Pod.class, Shop.class).build(); }
        }
        """
                    .formatted(CONFIG));
    List<Grant> informers = informers(fixture);
    assertThat(informers)
        .extracting(Grant::rule)
        .containsExactly(
            PolicyRule.of("", "pods", "get", "list", "watch"),
            PolicyRule.of("", "secrets", "get", "list", "watch"),
            PolicyRule.of("networking.k8s.io", "ingresses", "get", "list", "watch"),
            PolicyRule.of("policy", "poddisruptionbudgets", "get", "list", "watch"));
    assertThat(informers.get(1).location().toString())
        .startsWith(fixture.file("ShopReconciler") + ":22:19");
    assertThat(informers.get(1).origin()).isEqualTo("the informer on Secret in ShopReconciler");
  }

  @Test
  void anInformerOnAClassOnlyKnownAtRunTimeIsAnErrorAtItsLine() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
            """
          <R extends HasMetadata> Object watch(Class<R> type) {
            return %s.from(type, Shop.class).build();
          }
        """
                .formatted(CONFIG));
    assertThatThrownBy(() -> informers(fixture))
        .isInstanceOf(GeneratorException.class)
        .hasMessageStartingWith(fixture.file("ShopReconciler") + ":22:12:")
        .hasMessageContaining(
            "cannot tell which resource this informer watches: its resource type is R, not a class."
                + " Pass a resource class literal");
  }
}

package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reconciler's primary resource: the resource, its status and finalizers, named as the CRD names
 * them.
 */
class RbacPrimaryResourceTest {
  @TempDir Path tmp;

  @Test
  void primaryResourceStatusAndFinalizersWithOrWithoutControllerConfiguration() throws Exception {
    Role role =
        RbacFixture.withShop(tmp)
            .java(
                "ShopReconciler",
                "public class ShopReconciler implements Reconciler<Shop> {"
                    + RbacFixture.RECONCILE
                    + "}")
            .role();
    assertThat(role.kind()).isEqualTo("ClusterRole");
    assertThat(role.name()).isEqualTo("manager-role");
    assertThat(role.rules())
        .containsExactly(
            PolicyRule.of("", "events", "create", "patch"),
            PolicyRule.of("shop.example.com", "shops", "get", "list", "patch", "update", "watch"),
            PolicyRule.of("shop.example.com", "shops/finalizers", "update"),
            PolicyRule.of("shop.example.com", "shops/status", "get", "patch", "update"));
  }

  @Test
  void theCrdEnginesNamesArchPluralAndIrregularPlurals() throws Exception {
    Role role =
        new RbacFixture(tmp)
            .java(
                "Policy",
                """
            @Group("sec.example.com") @Version("v1") public class Policy extends CustomResource<Void, Void> {}
            """)
            .java(
                "Gadget",
                """
            @Group("toys.example.com") @Version("v1") @io.fabric8.kubernetes.model.annotation.Plural("gizmos")
            @io.fabric8.kubernetes.model.annotation.Kind("Gizmo")
            public class Gadget extends CustomResource<Void, Void> implements Namespaced {}
            """)
            .java(
                "PolicyReconciler",
                """
            @ControllerConfiguration
            public class PolicyReconciler implements Reconciler<Policy> {
              public UpdateControl<Policy> reconcile(Policy p, Context<Policy> c) { return UpdateControl.noUpdate(); }
            }
            """)
            .java(
                "GadgetReconciler",
                """
            public class GadgetReconciler implements Reconciler<Gadget> {
              public UpdateControl<Gadget> reconcile(Gadget g, Context<Gadget> c) { return UpdateControl.noUpdate(); }
            }
            """)
            .role();
    assertThat(role.rules())
        .extracting(r -> r.resources().get(0))
        .contains("policies", "policies/status", "policies/finalizers", "gizmos", "gizmos/status");
  }

  @Test
  void builtInPrimaryAndAGenericBaseClassBoundBySubclass() throws Exception {
    Role role =
        new RbacFixture(tmp)
            .java(
                "Base",
                """
            public abstract class Base<P extends HasMetadata> implements Reconciler<P> {
              public UpdateControl<P> reconcile(P p, Context<P> c) { return UpdateControl.noUpdate(); }
            }
            """)
            .java(
                "DeploymentReconciler",
                "public class DeploymentReconciler extends Base<Deployment> {}")
            .role();
    assertThat(role.rules())
        .contains(
            PolicyRule.of("apps", "deployments", "get", "list", "patch", "update", "watch"),
            PolicyRule.of("apps", "deployments/finalizers", "update"));
  }

  @Test
  void aReconcilerOfAnUnknownResourceIsAnErrorAtItsLine() throws Exception {
    RbacFixture fixture =
        new RbacFixture(tmp)
            .java(
                "AnyReconciler",
                """
        public class AnyReconciler<P extends HasMetadata> implements Reconciler<P> {
          public UpdateControl<P> reconcile(P p, Context<P> c) { return UpdateControl.noUpdate(); }
        }
        """);
    assertThatThrownBy(fixture::grants)
        .isInstanceOf(GeneratorException.class)
        .hasMessageStartingWith(fixture.file("AnyReconciler") + ":19:")
        .hasMessageContaining(
            "cannot tell which resource AnyReconciler reconciles: its resource type is P, not a class");
  }

  @Test
  void aCustomResourceWithoutGroupIsTheCrdEnginesError() throws Exception {
    RbacFixture fixture =
        new RbacFixture(tmp)
            .java(
                "Shop", "@Version(\"v1\") public class Shop extends CustomResource<Void, Void> {}")
            .java(
                "ShopReconciler",
                "public class ShopReconciler implements Reconciler<Shop> {"
                    + RbacFixture.RECONCILE
                    + "}");
    assertThatThrownBy(fixture::grants)
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining("Shop extends CustomResource but has no @Group");
  }
}

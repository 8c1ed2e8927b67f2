package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls of the fabric8 client in the code: the resource read from the DSL's types (or, for generic
 * resources, from the constants the chain starts with), the verbs from the operation.
 */
class RbacClientCallsTest {
  @TempDir Path tmp;

  private RbacFixture reconcilerWith(String body) {
    return RbacFixture.withShop(tmp)
        .java(
            "ShopReconciler",
            "public class ShopReconciler implements Reconciler<Shop> {\n"
                + "  io.fabric8.kubernetes.client.KubernetesClient client;\n"
                + RbacFixture.RECONCILE
                + body
                + "}\n");
  }

  /** The rules of client calls, in source order. */
  private static List<PolicyRule> calls(RbacFixture fixture) throws GeneratorException {
    return fixture.grants().stream().filter(RbacClientCallsTest::isCall).map(Grant::rule).toList();
  }

  /**
   * Whether a grant comes from a client call, not a reconciler, dependent, informer or annotation.
   */
  private static boolean isCall(Grant grant) {
    return !grant.origin().startsWith("the ")
        && !grant.origin().startsWith("@RbacRule")
        && !grant.origin().startsWith("recording events");
  }

  private static List<String> warnings(RbacFixture fixture) throws GeneratorException {
    return RbacGenerator.read(fixture.compile()).warnings();
  }

  @Test
  void theResourceComesFromTheTypesOfTheChain() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
            """
          void work(Context<Shop> context, String ns, io.fabric8.kubernetes.api.model.Pod pod) {
            context.getClient().pods().inNamespace(ns).list();
            client.services().inNamespace(ns).withName("web").get();
            client.configMaps().inAnyNamespace().watch(null);
            client.secrets().inNamespace(ns).withName("s").get();
            client.apps().deployments().inNamespace(ns).withName("web").get();
            client.batch().v1().jobs().inNamespace(ns).withName("j").get();
            client.resources(Shop.class).inNamespace(ns).withName("s").get();
            client.resource(pod).get();
            client.network().v1().networkPolicies().inNamespace(ns).list();
            client.nodes().list();
          }
        """);
    assertThat(calls(fixture))
        .containsExactly(
            PolicyRule.of("", "pods", "list"),
            PolicyRule.of("", "services", "get"),
            PolicyRule.of("", "configmaps", "watch"),
            PolicyRule.of("", "secrets", "get"),
            PolicyRule.of("apps", "deployments", "get"),
            PolicyRule.of("batch", "jobs", "get"),
            PolicyRule.of("shop.example.com", "shops", "get"),
            PolicyRule.of("", "pods", "get"),
            PolicyRule.of("networking.k8s.io", "networkpolicies", "list"),
            PolicyRule.of("", "nodes", "list"));
    assertThat(warnings(fixture)).isEmpty();
  }

  @Test
  void eachOperationAsksWhatFabric8Sends() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
            """
          void work(String ns, ConfigMap map, io.fabric8.kubernetes.api.model.autoscaling.v1.Scale scale) {
            var maps = client.configMaps().inNamespace(ns);
            maps.resource(map).create();
            maps.resource(map).update();
            maps.resource(map).patch();
            maps.resource(map).serverSideApply();
            maps.withName("m").edit(m -> m);
            maps.resource(map).createOr(io.fabric8.kubernetes.client.dsl.NonDeletingOperation::update);
            maps.resource(map).delete();
            maps.withLabel("a", "b").delete();
            client.configMaps().inAnyNamespace().withLabel("a", "b").delete();
            maps.inform();
            client.apps().deployments().inNamespace(ns).withName("d").scale();
            client.apps().statefulSets().inNamespace(ns).withName("s").scale(scale);
            client.apps().deployments().inNamespace(ns).withName("d").updateStatus();
            client.pods().inNamespace(ns).withName("p").portForward(8080);
            client.pods().inNamespace(ns).withName("p").evict();
            client.pods().inNamespace(ns).withName("p").watchLog();
            client.apps().deployments().inNamespace(ns).withName("d").getLog();
          }
        """);
    assertThat(calls(fixture))
        .containsExactly(
            PolicyRule.of("", "configmaps", "create"),
            PolicyRule.of("", "configmaps", "get", "update"),
            PolicyRule.of("", "configmaps", "get", "patch"),
            PolicyRule.of("", "configmaps", "patch"),
            PolicyRule.of("", "configmaps", "get", "patch"),
            PolicyRule.of("", "configmaps", "create"),
            PolicyRule.of("", "configmaps", "get", "update"),
            PolicyRule.of("", "configmaps", "delete"),
            PolicyRule.of("", "configmaps", "deletecollection"),
            PolicyRule.of("", "configmaps", "deletecollection", "list"),
            PolicyRule.of("", "configmaps", "list", "watch"),
            PolicyRule.of("apps", "deployments/scale", "get"),
            PolicyRule.of("apps", "statefulsets/scale", "update"),
            PolicyRule.of("apps", "deployments/status", "get", "update"),
            PolicyRule.of("", "pods/portforward", "create", "get"),
            PolicyRule.of("", "pods/eviction", "create"),
            PolicyRule.of("", "pods/log", "get"),
            PolicyRule.of("", "pods", "list", "watch"),
            PolicyRule.of("", "pods/log", "get"),
            PolicyRule.of("", "pods", "list", "watch"),
            PolicyRule.of("apps", "deployments", "get"),
            PolicyRule.of("", "pods", "list"),
            PolicyRule.of("apps", "replicasets", "get", "list"));
  }

  @Test
  void eventsAndReviews() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
            """
          void work(String ns,
              io.fabric8.kubernetes.api.model.Event event,
              io.fabric8.kubernetes.api.model.events.v1.Event newEvent,
              io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReview review,
              io.fabric8.kubernetes.api.model.authentication.TokenReview token) {
            client.v1().events().inNamespace(ns).resource(event).create();
            client.events().v1().events().inNamespace(ns).resource(newEvent).patch();
            client.authorization().v1().subjectAccessReview().create(review);
            client.authentication().v1().tokenReviews().create(token);
          }
        """);
    assertThat(calls(fixture))
        .containsExactly(
            PolicyRule.of("", "events", "create"),
            PolicyRule.of("events.k8s.io", "events", "get", "patch"),
            PolicyRule.of("authorization.k8s.io", "subjectaccessreviews", "create"),
            PolicyRule.of("authentication.k8s.io", "tokenreviews", "create"));
  }

  @Test
  void genericResourcesByConstants() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
            """
          static final String API = "example.com/" + "v1";
          static final io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext GADGETS =
              new io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext.Builder()
                  .withGroup("example.com").withVersion("v1").withKind("Gadget").withPlural("gadgetry")
                  .withNamespaced(true).build();
          private final io.fabric8.kubernetes.client.dsl.MixedOperation<
              io.fabric8.kubernetes.api.model.GenericKubernetesResource,
              io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
              io.fabric8.kubernetes.client.dsl.Resource<io.fabric8.kubernetes.api.model.GenericKubernetesResource>>
              gizmos;
          ShopReconciler(io.fabric8.kubernetes.client.KubernetesClient client) {
            this.gizmos = client.genericKubernetesResources("example.com/v1", "Gizmo");
          }
          void work(String ns) {
            client.genericKubernetesResources(API, "Widget").inNamespace(ns).withName("w").get();
            client.genericKubernetesResources(GADGETS).inNamespace(ns).list();
            client.genericKubernetesResources(
                io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext.fromResourceType(Secret.class))
                .inNamespace(ns).list();
            gizmos.inNamespace(ns).withName("g").delete();
            doohickeys().inNamespace(ns).list();
          }
          private io.fabric8.kubernetes.client.dsl.MixedOperation<
              io.fabric8.kubernetes.api.model.GenericKubernetesResource,
              io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
              io.fabric8.kubernetes.client.dsl.Resource<io.fabric8.kubernetes.api.model.GenericKubernetesResource>>
              doohickeys() {
            return client.genericKubernetesResources("example.com/v1", "Doohickey");
          }
        """);
    assertThat(calls(fixture))
        .containsExactly(
            PolicyRule.of("example.com", "widgets", "get"),
            PolicyRule.of("example.com", "gadgetry", "list"),
            PolicyRule.of("", "secrets", "list"),
            PolicyRule.of("example.com", "gizmos", "delete"),
            PolicyRule.of("example.com", "doohickeys", "list"));
    assertThat(warnings(fixture)).isEmpty();
  }

  @Test
  void clientsInFieldsParametersLocalsLambdasAndHelpers() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
                """
          public UpdateControl<Shop> reconcile2(Shop shop, Context<Shop> context) {
            new Helper(context.getClient()).restart(shop.getMetadata().getNamespace());
            return UpdateControl.noUpdate();
          }
        """)
            .java(
                "Helper",
                """
          class Helper {
            private final io.fabric8.kubernetes.client.KubernetesClient client;
            Helper(io.fabric8.kubernetes.client.KubernetesClient client) { this.client = client; }
            void restart(String ns) {
              client.pods().inNamespace(ns).withLabel("app", "web").resources()
                  .forEach(pod -> pod.delete());
              client.apps().deployments().inNamespace(ns).resources()
                  .forEach(io.fabric8.kubernetes.client.dsl.Resource::delete);
              java.util.List<String> names = new java.util.ArrayList<>();
              names.stream().toList();
            }
          }
          """);
    assertThat(calls(fixture))
        .containsExactly(
            PolicyRule.of("", "pods", "list"),
            PolicyRule.of("", "pods", "delete"),
            PolicyRule.of("apps", "deployments", "list"),
            PolicyRule.of("apps", "deployments", "delete"));
    Grant first =
        fixture.grants().stream()
            .filter(g -> g.origin().contains(") in "))
            .findFirst()
            .orElseThrow();
    assertThat(first.origin())
        .isEqualTo(
            "client.pods().inNamespace(ns).withLabel(\"app\", \"web\").resources() in Helper");
    assertThat(first.location().toString()).isEqualTo(fixture.file("Helper") + ":23:5");
  }

  @Test
  void subresourcesTheChainTurnsTo() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
            """
          void work(String ns) {
            client.pods().inNamespace(ns).withName("p").ephemeralContainers().edit(p -> p);
            client.pods().inNamespace(ns).withName("p").subresource("resize").patch();
            client.pods().inNamespace(ns).withName("p").subresource("status").update();
          }
        """);
    assertThat(calls(fixture))
        .containsExactly(
            PolicyRule.of("", "pods/ephemeralcontainers", "get", "patch"),
            PolicyRule.of("", "pods/resize", "get", "patch"),
            PolicyRule.of("", "pods/status", "get", "update"));
  }

  @Test
  void readsOfCachesAndCallsOfOtherApisAskNothing() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
            """
          void work(Context<Shop> context,
              io.fabric8.kubernetes.client.informers.SharedIndexInformer<Secret> informer) {
            informer.getStore().list();
            new io.fabric8.kubernetes.client.informers.cache.Lister<>(informer.getIndexer()).list();
            context.getSecondaryResource(Secret.class);
            java.util.List<String> names = new java.util.ArrayList<>();
            names.get(0);
            java.util.Map.of("a", "b").get("a");
            client.getKubernetesVersion();
            client.getApiGroups();
          }
        """);
    assertThat(calls(fixture)).isEmpty();
    assertThat(warnings(fixture)).isEmpty();
  }

  @Test
  void aCallOnAResourceChosenAtRunTimeIsAWarningNamingTheCallAndTheRuleToWrite() throws Exception {
    RbacFixture fixture =
        reconcilerWith(
            """
          <R extends HasMetadata> void work(HasMetadata object, String kind, Class<R> type,
              io.fabric8.kubernetes.api.model.GenericKubernetesResource generic) throws Exception {
            client.resource(object).create();
            client.genericKubernetesResources("v1", kind).inNamespace("default").list();
            client.resources(type).inNamespace("default").withName("x").delete();
            client.resource(generic).serverSideApply();
            @SuppressWarnings("unchecked")
            Class<? extends HasMetadata> loaded =
                (Class<? extends HasMetadata>) Class.forName(kind);
            client.resources(loaded).list();
          }
        """);
    List<String> warnings = warnings(fixture);
    String file = fixture.file("ShopReconciler").toString();
    assertThat(warnings)
        .containsExactly(
            file
                + ":24:5: warning: cannot tell which resource client.resource(object).create() in"
                + " ShopReconciler acts on: its resource's type is HasMetadata, so its kind is only"
                + " known at run time. The role gets no rule for it, so the call will be refused"
                + " (403) unless you declare what it needs on ShopReconciler: @RbacRule(groups ="
                + " \"<group>\", resources = \"<resources>\", verbs = \"create\"), with the"
                + " resource's API group and plural.",
            file
                + ":25:5: warning: cannot tell which resource"
                + " client.genericKubernetesResources(\"v1\", kind).inNamespace(\"default\").list()"
                + " in ShopReconciler acts on: its kind is built from kind, which is not a"
                + " constant. The role gets no rule for it, so the call will be refused (403)"
                + " unless you declare what it needs on ShopReconciler: @RbacRule(groups ="
                + " \"<group>\", resources = \"<resources>\", verbs = \"list\"), with the"
                + " resource's API group and plural.",
            file
                + ":26:5: warning: cannot tell which resource"
                + " client.resources(type).inNamespace(\"default\").withName(\"x\").delete() in"
                + " ShopReconciler acts on: its resource type is R, a type only known at run"
                + " time. The role gets no rule for it, so the call will be refused (403) unless"
                + " you declare what it needs on ShopReconciler: @RbacRule(groups = \"<group>\","
                + " resources = \"<resources>\", verbs = \"delete\"), with the resource's API"
                + " group and plural.",
            file
                + ":27:5: warning: cannot tell which resource"
                + " client.resource(generic).serverSideApply() in ShopReconciler acts on: it acts"
                + " on resource(generic), a GenericKubernetesResource whose apiVersion and kind"
                + " are only known at run time. The role gets no rule for it, so the call will be"
                + " refused (403) unless you declare what it needs on ShopReconciler:"
                + " @RbacRule(groups = \"<group>\", resources = \"<resources>\", verbs ="
                + " \"patch\"), with the resource's API group and plural.",
            file
                + ":31:5: warning: cannot tell which resource client.resources(loaded).list() in"
                + " ShopReconciler acts on: its resource type is ? extends HasMetadata, a type only"
                + " known at run time."
                + " The role gets no rule for it, so the call will be refused (403) unless you"
                + " declare what it needs on ShopReconciler: @RbacRule(groups = \"<group>\","
                + " resources = \"<resources>\", verbs = \"list\"), with the resource's API group"
                + " and plural.");
  }

  @Test
  void anRbacRuleOnTheClassSilencesTheWarning() throws Exception {
    RbacFixture fixture =
        RbacFixture.withShop(tmp)
            .java(
                "ShopReconciler",
                """
          @RbacRule(groups = "example.com", resources = "widgets", verbs = "create")
          public class ShopReconciler implements Reconciler<Shop> {
          """
                    + RbacFixture.RECONCILE
                    + """
            void work(io.fabric8.kubernetes.client.KubernetesClient client, HasMetadata object) {
              client.resource(object).create();
            }
          }
          """);
    assertThat(warnings(fixture)).isEmpty();
  }
}

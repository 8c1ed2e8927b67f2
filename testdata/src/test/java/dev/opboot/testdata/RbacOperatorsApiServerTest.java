package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.rbac.RbacGenerator;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small operators of {@code rbac/operators/}, each run on a real kube-apiserver as its own
 * service account, bound to nothing but the role {@code generate rbac} makes from its sources: the
 * reconciler is compiled from those sources and called with a JOSDK {@code Context} whose client is
 * that account's. Every request it sends is recorded; none may be refused (403), and the requests
 * that matter (an exec, a log read, a scale) must have reached the server. Then
 * SubjectAccessReviews show that the role denies what the operator does not do.
 *
 * <p>The namespaced operator's role is a Role with no namespace: it is created in the run's
 * namespace, as kustomize places it in the operator's, and bound there by a RoleBinding. The
 * watching operator names two namespaces in its {@code @Informer}: its Roles and RoleBindings there
 * ({@code namespaces/}) are created as the kustomize Component beside them makes them, bound to the
 * account in the run's namespace, which the operator does not watch and gets no right in.
 *
 * <p>The API server runs no kubelet, so an exec or a log read is refused after authorization (the
 * pod has no node): that is a 400, not a 403, and proves the request was authorized.
 */
@WithKubeApiServer
class RbacOperatorsApiServerTest {
  private static final String SERVICE_ACCOUNT = "operator";

  /** The namespaces the watching operator names in its {@code @Informer}. */
  private static final String BULLETINS_EAST = "bulletins-east";

  private static final String BULLETINS_WEST = "bulletins-west";

  @TempDir static Path classes;
  private static URLClassLoader loader;

  private static final String WATCHED_ROLES = "namespaces/role.yaml";
  private static final String WATCHED_BINDINGS = "namespaces/role_binding.yaml";

  private static Path operator(String name) {
    return TestdataDir.path().resolve("rbac/operators").resolve(name);
  }

  /** Compiles every operator's sources against this test's class path, once. */
  @BeforeAll
  static void compileOperators() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(TestdataDir.path().resolve("rbac/operators"))) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", classes.toString()));
    arguments.add("-classpath");
    arguments.add(System.getProperty("java.class.path"));
    arguments.addAll(files);
    assertThat(javac.run(null, null, null, arguments.toArray(String[]::new)))
        .as("the operators under rbac/operators compile")
        .isZero();
    loader =
        new URLClassLoader(
            new java.net.URL[] {classes.toUri().toURL()},
            RbacOperatorsApiServerTest.class.getClassLoader());
  }

  @AfterAll
  static void closeLoader() throws IOException {
    if (loader != null) {
      loader.close();
    }
  }

  @Test
  void podExecListsPodsAndExecsIntoThem(KubernetesClient admin) throws Exception {
    try (Run run = Run.of(admin, "podexec")) {
      readyPod(admin, run.namespace, "web-1", "web");
      readyPod(admin, run.namespace, "web-2", "web");
      readyPod(admin, run.namespace, "db-1", "db");
      HasMetadata diagnosis =
          run.reconcile(
              "com.example.podexec.DiagnosisReconciler",
              "com.example.podexec.Diagnosis",
              Map.of("app", "web", "command", "date"));
      run.awaitRequest("exec into web-2", r -> r.contains("/pods/web-2/exec"));
      run.assertNoneRefused();
      assertThat(run.requests)
          .anyMatch(r -> r.startsWith("200 GET") && r.contains("/pods?labelSelector=app%3Dweb"))
          .noneMatch(r -> r.contains("/pods/db-1/exec"));
      assertThat(String.valueOf(diagnosis.getClass().getMethod("getStatus").invoke(diagnosis)))
          .as("the exec got past authorization to the missing kubelet")
          .doesNotContain("Forbidden");
      run.assertDenied(
          RbacAccess.on("", "pods", "delete"),
          RbacAccess.on("", "pods", "create"),
          RbacAccess.on("", "pods/log", "get"),
          RbacAccess.on("", "pods/attach", "create"),
          RbacAccess.on("", "pods/portforward", "create"),
          RbacAccess.on("", "secrets", "get"));
    }
  }

  @Test
  void podLogsReadsALog(KubernetesClient admin) throws Exception {
    try (Run run = Run.of(admin, "podlogs")) {
      readyPod(admin, run.namespace, "batch-1", "batch");
      run.reconcile(
          "com.example.podlogs.LogTailReconciler",
          "com.example.podlogs.LogTail",
          Map.of("pod", "batch-1", "lines", 5));
      run.awaitRequest("the log read", r -> r.contains("/pods/batch-1/log?"));
      run.assertNoneRefused();
      run.assertDenied(
          RbacAccess.on("", "pods", "get"),
          RbacAccess.on("", "pods", "delete"),
          RbacAccess.on("", "pods/exec", "create"),
          RbacAccess.on("", "pods/log", "create"),
          RbacAccess.on("apps", "deployments", "get"));
    }
  }

  @Test
  void scalerScalesADeployment(KubernetesClient admin) throws Exception {
    try (Run run = Run.of(admin, "scaler")) {
      admin
          .apps()
          .deployments()
          .inNamespace(run.namespace)
          .resource(
              new DeploymentBuilder()
                  .withNewMetadata()
                  .withName("web")
                  .endMetadata()
                  .withNewSpec()
                  .withReplicas(1)
                  .withNewSelector()
                  .addToMatchLabels("app", "web")
                  .endSelector()
                  .withNewTemplate()
                  .withNewMetadata()
                  .addToLabels("app", "web")
                  .endMetadata()
                  .withNewSpec()
                  .addNewContainer()
                  .withName("web")
                  .withImage("nginx")
                  .endContainer()
                  .endSpec()
                  .endTemplate()
                  .endSpec()
                  .build())
          .create();
      run.reconcile(
          "com.example.scaler.ScalingReconciler",
          "com.example.scaler.Scaling",
          Map.of("deployment", "web", "replicas", 3));
      run.assertNoneRefused();
      Deployment web = admin.apps().deployments().inNamespace(run.namespace).withName("web").get();
      assertThat(web.getSpec().getReplicas()).isEqualTo(3);
      run.assertDenied(
          RbacAccess.on("apps", "deployments", "update"),
          RbacAccess.on("apps", "deployments", "patch"),
          RbacAccess.on("apps", "deployments", "list"),
          RbacAccess.on("apps", "deployments/scale", "patch"),
          RbacAccess.on("apps", "statefulsets/scale", "update"),
          RbacAccess.on("apps", "replicasets", "get"));
    }
  }

  @Test
  void eventsArePostedInBothApis(KubernetesClient admin) throws Exception {
    try (Run run = Run.of(admin, "events")) {
      run.reconcile(
          "com.example.events.AnnouncementReconciler",
          "com.example.events.Announcement",
          Map.of("message", "maintenance at noon"));
      run.assertNoneRefused();
      assertThat(admin.v1().events().inNamespace(run.namespace).list().getItems())
          .anyMatch(e -> "maintenance at noon".equals(e.getMessage()));
      assertThat(admin.events().v1().events().inNamespace(run.namespace).list().getItems())
          .anyMatch(e -> "maintenance at noon".equals(e.getNote()));
      run.assertDenied(
          RbacAccess.on("", "events", "delete"),
          RbacAccess.on("", "events", "list"),
          RbacAccess.on("events.k8s.io", "events", "patch"),
          RbacAccess.on("events.k8s.io", "events", "list"),
          RbacAccess.on("events.k8s.io", "events", "delete"));
    }
  }

  @Test
  void genericResourceByApiVersionAndKind(KubernetesClient admin) throws Exception {
    try (Run run = Run.of(admin, "generic")) {
      run.reconcile("com.example.generic.FirewallReconciler", "com.example.generic.Firewall", null);
      run.assertNoneRefused();
      assertThat(
              admin
                  .network()
                  .v1()
                  .networkPolicies()
                  .inNamespace(run.namespace)
                  .withName("sample-deny-ingress")
                  .get())
          .isNotNull();
      run.assertDenied(
          RbacAccess.on("networking.k8s.io", "networkpolicies", "delete"),
          RbacAccess.on("networking.k8s.io", "networkpolicies", "update"),
          RbacAccess.on("networking.k8s.io", "networkpolicies", "list"),
          RbacAccess.on("networking.k8s.io", "ingresses", "get"),
          RbacAccess.on("", "configmaps", "get"));
    }
  }

  @Test
  void namespacedOperatorWorksInItsNamespaceOnly(KubernetesClient admin) throws Exception {
    try (Run run = Run.of(admin, "namespaced")) {
      assertThat(run.role).isInstanceOf(Role.class);
      for (String ticket : List.of("first", "second")) {
        run.reconcile(
            "com.example.namespaced.TicketReconciler",
            "com.example.namespaced.Ticket",
            Map.of("queue", "support"));
        admin.configMaps().inNamespace(run.namespace).withName("sample-ticket").delete();
        run.awaitRequest(
            ticket + " ticket", r -> r.startsWith("201 POST") && r.contains("/configmaps"));
      }
      run.assertNoneRefused();
      assertThat(
              admin
                  .configMaps()
                  .inNamespace(run.namespace)
                  .withName("support-counter")
                  .get()
                  .getData())
          .containsEntry("number", "2");
      String other = "elsewhere-" + Long.toString(System.nanoTime(), 36);
      admin
          .namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName(other).endMetadata().build())
          .create();
      RbacAccess.Reviewer elsewhere = run.reviewer.in(other);
      RbacAccess.Reviewer everywhere = run.reviewer.in(null);
      List<String> wrong = new ArrayList<>();
      for (RbacAccess access : RbacApiServerTest.allowedBy(run.rules)) {
        if (elsewhere.allowed(access)) {
          wrong.add(access + " in " + other);
        }
        if (everywhere.allowed(access)) {
          wrong.add(access + " in every namespace");
        }
      }
      assertThat(wrong).as("allowed outside the operator's namespace").isEmpty();
      run.assertDenied(
          RbacAccess.on("", "configmaps", "delete"),
          RbacAccess.on("", "configmaps", "list"),
          RbacAccess.on("", "secrets", "get"));
      admin.namespaces().withName(other).delete();
    }
  }

  @Test
  void watchingOperatorWorksInTheNamespacesItWatchesOnly(KubernetesClient admin) throws Exception {
    try (Run run = Run.of(admin, "watching")) {
      assertThat(run.created)
          .extracting(o -> o.getKind() + " " + o.getMetadata().getNamespace())
          .containsExactly(
              "Role " + BULLETINS_EAST,
              "Role " + BULLETINS_WEST,
              "RoleBinding " + BULLETINS_EAST,
              "RoleBinding " + BULLETINS_WEST);
      String bulletin = "com.example.watching.Bulletin";
      String reconciler = "com.example.watching.BulletinReconciler";
      run.reconcile(reconciler, bulletin, Map.of("message", "lunch at one"), BULLETINS_EAST);
      run.reconcile(reconciler, bulletin, Map.of("message", "standup moved"), BULLETINS_WEST);
      run.reconcile(reconciler, bulletin, Map.of("message", "lunch at two"), BULLETINS_EAST);
      run.assertNoneRefused();
      assertThat(run.requests)
          .anyMatch(r -> r.startsWith("201 POST") && r.contains(BULLETINS_EAST + "/configmaps"))
          .anyMatch(r -> r.startsWith("201 POST") && r.contains(BULLETINS_WEST + "/configmaps"))
          .anyMatch(r -> r.startsWith("200 PUT") && r.contains(BULLETINS_EAST + "/configmaps"));
      assertThat(board(admin, BULLETINS_EAST)).containsEntry("sample", "lunch at two");
      assertThat(board(admin, BULLETINS_WEST)).containsEntry("sample", "standup moved");

      String other = "elsewhere-" + Long.toString(System.nanoTime(), 36);
      admin
          .namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName(other).endMetadata().build())
          .create();
      List<String> wrong = new ArrayList<>();
      for (RbacAccess access : RbacApiServerTest.allowedBy(run.rules)) {
        for (String namespace : java.util.Arrays.asList(other, run.namespace, null)) {
          if (run.reviewer.in(namespace).allowed(access)) {
            wrong.add(access + " in " + (namespace == null ? "every namespace" : namespace));
          }
        }
      }
      assertThat(wrong)
          .as("allowed outside the watched namespaces (the operator's own included)")
          .isEmpty();
      for (String watched : List.of(BULLETINS_EAST, BULLETINS_WEST)) {
        RbacAccess.Reviewer there = run.reviewer.in(watched);
        assertThat(there.allowed(RbacAccess.on("", "configmaps", "create"))).isTrue();
        for (RbacAccess access :
            List.of(
                RbacAccess.on("", "configmaps", "delete"),
                RbacAccess.on("", "configmaps", "list"),
                RbacAccess.on("", "secrets", "get"))) {
          assertThat(there.allowed(access)).as("%s in %s", access, watched).isFalse();
        }
      }
      admin.namespaces().withName(other).delete();
    }
  }

  private static Map<String, String> board(KubernetesClient admin, String namespace) {
    return admin.configMaps().inNamespace(namespace).withName("notice-board").get().getData();
  }

  /** A pod the API server stores as running and ready (no kubelet would ever make it so). */
  private static void readyPod(KubernetesClient admin, String namespace, String name, String app) {
    Pod pod =
        admin
            .pods()
            .inNamespace(namespace)
            .resource(
                new PodBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .addToLabels("app", app)
                    .endMetadata()
                    .withNewSpec()
                    .addNewContainer()
                    .withName("main")
                    .withImage("busybox")
                    .endContainer()
                    .endSpec()
                    .build())
            .create();
    pod.setStatus(
        new io.fabric8.kubernetes.api.model.PodStatusBuilder()
            .withPhase("Running")
            .addNewCondition()
            .withType("Ready")
            .withStatus("True")
            .endCondition()
            .build());
    admin.pods().inNamespace(namespace).resource(pod).updateStatus();
  }

  /**
   * One operator's run: its namespace and service account, its generated ClusterRole (or Role, in
   * that namespace) bound to that account, a client acting as the account that records every
   * response, and the SARs.
   */
  private static final class Run implements AutoCloseable {
    final String namespace;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final HasMetadata role;
    final List<PolicyRule> rules;
    final RbacAccess.Reviewer reviewer;
    final List<HasMetadata> created;
    private final KubernetesClient admin;
    private final KubernetesClient asOperator;

    private Run(
        KubernetesClient admin,
        String namespace,
        HasMetadata role,
        List<PolicyRule> rules,
        List<HasMetadata> created) {
      this.admin = admin;
      this.namespace = namespace;
      this.role = role;
      this.rules = rules;
      this.created = List.copyOf(created);
      this.reviewer = new RbacAccess.Reviewer(admin, namespace, SERVICE_ACCOUNT);
      Interceptor recorder =
          new Interceptor() {
            @Override
            public void after(
                HttpRequest request,
                HttpResponse<?> response,
                AsyncBody.Consumer<List<ByteBuffer>> consumer) {
              requests.add(response.code() + " " + request.method() + " " + request.uri());
            }
          };
      this.asOperator =
          new KubernetesClientBuilder()
              .withConfig(
                  new ConfigBuilder(admin.getConfiguration())
                      .withNamespace(namespace)
                      .withImpersonateUsername(
                          "system:serviceaccount:" + namespace + ":" + SERVICE_ACCOUNT)
                      .withImpersonateGroups(
                          "system:serviceaccounts",
                          "system:serviceaccounts:" + namespace,
                          "system:authenticated")
                      .build())
              .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor("record", recorder))
              .build();
    }

    static Run of(KubernetesClient admin, String operator) throws Exception {
      String suffix = Long.toString(System.nanoTime(), 36);
      String namespace = operator + "-" + suffix;
      admin
          .namespaces()
          .resource(
              new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
          .create();
      admin
          .serviceAccounts()
          .inNamespace(namespace)
          .resource(
              new ServiceAccountBuilder()
                  .withNewMetadata()
                  .withName(SERVICE_ACCOUNT)
                  .endMetadata()
                  .build())
          .create();
      Map<String, String> files =
          RbacGenerator.generate(
              new RbacGenerator.Options(
                  List.of(operator(operator).resolve("src/main/java")),
                  TestClasspath.entries(),
                  null));
      for (Map.Entry<String, String> file : files.entrySet()) {
        assertThat(file.getValue())
            .isEqualTo(
                Files.readString(operator(operator).resolve("expected").resolve(file.getKey())));
      }
      String yaml = files.get(RbacGenerator.FILE_NAME);
      String name = "rbac-" + operator + "-" + suffix;
      if (files.containsKey(WATCHED_ROLES)) {
        return inWatchedNamespaces(admin, namespace, name, files);
      }
      HasMetadata role;
      List<PolicyRule> rules;
      if (yaml.contains("\nkind: Role\n")) {
        // no namespace written: placed where the operator runs, as kustomize places it
        Role namespaced = admin.getKubernetesSerialization().unmarshal(yaml, Role.class);
        assertThat(namespaced.getMetadata().getNamespace()).isNull();
        namespaced.getMetadata().setNamespace(namespace);
        role = namespaced;
        rules = namespaced.getRules();
      } else {
        ClusterRole clusterRole =
            admin.getKubernetesSerialization().unmarshal(yaml, ClusterRole.class);
        role = clusterRole;
        rules = clusterRole.getRules();
      }
      role.getMetadata().setName(name);
      admin.resource(role).create();
      HasMetadata binding =
          admin
              .resource(
                  role instanceof Role
                      ? new RoleBindingBuilder()
                          .withNewMetadata()
                          .withName(name)
                          .withNamespace(namespace)
                          .endMetadata()
                          .withNewRoleRef()
                          .withApiGroup("rbac.authorization.k8s.io")
                          .withKind("Role")
                          .withName(name)
                          .endRoleRef()
                          .addNewSubject()
                          .withKind("ServiceAccount")
                          .withName(SERVICE_ACCOUNT)
                          .withNamespace(namespace)
                          .endSubject()
                          .build()
                      : new ClusterRoleBindingBuilder()
                          .withNewMetadata()
                          .withName(name)
                          .endMetadata()
                          .withNewRoleRef()
                          .withApiGroup("rbac.authorization.k8s.io")
                          .withKind("ClusterRole")
                          .withName(name)
                          .endRoleRef()
                          .addNewSubject()
                          .withKind("ServiceAccount")
                          .withName(SERVICE_ACCOUNT)
                          .withNamespace(namespace)
                          .endSubject()
                          .build())
              .create();
      Run run = new Run(admin, namespace, role, rules, List.of(role, binding));
      List<RbacAccess> allowed = RbacApiServerTest.allowedBy(rules);
      run.reviewer.awaitAllowed(allowed.get(allowed.size() - 1));
      for (RbacAccess access : allowed) {
        assertThat(run.reviewer.allowed(access)).as("the role allows %s", access).isTrue();
      }
      return run;
    }

    /**
     * The Roles and RoleBindings of {@code namespaces/} created as the kustomize Component there
     * makes them in a project: each in the namespace it names (created when missing), named after
     * the operator's service account (here {@code name}), and bound to that account in the
     * operator's namespace. As written, the bindings name the scaffold's account.
     */
    private static Run inWatchedNamespaces(
        KubernetesClient admin, String namespace, String name, Map<String, String> files)
        throws Exception {
      assertThat(files.get(RbacGenerator.FILE_NAME))
          .as("role.yaml: no Role, and a ClusterRole that grants nothing")
          .doesNotContain("\nkind: Role\n")
          .endsWith("\nkind: ClusterRole\nmetadata:\n  name: manager-role\nrules: []\n");
      List<HasMetadata> created = new ArrayList<>();
      List<PolicyRule> rules = null;
      for (String file : List.of(WATCHED_ROLES, WATCHED_BINDINGS)) {
        for (HasMetadata object : admin.load(stream(files.get(file))).items()) {
          String watched = object.getMetadata().getNamespace();
          if (admin.namespaces().withName(watched).get() == null) {
            admin
                .namespaces()
                .resource(
                    new NamespaceBuilder()
                        .withNewMetadata()
                        .withName(watched)
                        .endMetadata()
                        .build())
                .create();
          }
          object.getMetadata().setName(name);
          if (object instanceof Role role) {
            assertThat(rules == null || rules.equals(role.getRules()))
                .as("every watched namespace's Role holds the same rules")
                .isTrue();
            rules = role.getRules();
          } else if (object instanceof RoleBinding binding) {
            assertThat(binding.getSubjects())
                .singleElement()
                .satisfies(
                    s -> {
                      assertThat(s.getName()).isEqualTo("controller-manager");
                      assertThat(s.getNamespace()).isEqualTo("system");
                    });
            binding.getRoleRef().setName(name);
            binding.getSubjects().get(0).setName(SERVICE_ACCOUNT);
            binding.getSubjects().get(0).setNamespace(namespace);
          }
          created.add(admin.resource(object).create());
        }
      }
      Run run = new Run(admin, namespace, created.get(0), rules, created);
      List<RbacAccess> allowed = RbacApiServerTest.allowedBy(rules);
      for (HasMetadata role : created) {
        RbacAccess.Reviewer there = run.reviewer.in(role.getMetadata().getNamespace());
        there.awaitAllowed(allowed.get(allowed.size() - 1));
        for (RbacAccess access : allowed) {
          assertThat(there.allowed(access))
              .as("the Role allows %s in %s", access, role.getMetadata().getNamespace())
              .isTrue();
        }
      }
      return run;
    }

    private static java.io.InputStream stream(String yaml) {
      return new java.io.ByteArrayInputStream(
          yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Calls the operator's reconciler on a primary resource that has {@code spec}. */
    HasMetadata reconcile(String reconcilerClass, String resourceClass, Map<String, Object> spec)
        throws Exception {
      return reconcile(reconcilerClass, resourceClass, spec, namespace);
    }

    /** The same, for a primary resource in {@code primaryNamespace}. */
    HasMetadata reconcile(
        String reconcilerClass,
        String resourceClass,
        Map<String, Object> spec,
        String primaryNamespace)
        throws Exception {
      Class<?> type = loader.loadClass(resourceClass);
      Map<String, Object> object = new java.util.LinkedHashMap<>();
      HasMetadata sample = (HasMetadata) type.getConstructor().newInstance();
      object.put("apiVersion", sample.getApiVersion());
      object.put("kind", sample.getKind());
      object.put(
          "metadata",
          Map.of(
              "name",
              "sample",
              "namespace",
              primaryNamespace,
              "uid",
              java.util.UUID.randomUUID().toString()));
      if (spec != null) {
        object.put("spec", spec);
      }
      HasMetadata primary =
          (HasMetadata)
              admin
                  .getKubernetesSerialization()
                  .unmarshal(admin.getKubernetesSerialization().asJson(object), type);
      Context<?> context =
          (Context<?>)
              Proxy.newProxyInstance(
                  loader,
                  new Class<?>[] {Context.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("getClient")) {
                      return asOperator;
                    }
                    throw new UnsupportedOperationException(
                        "the test's Context offers getClient() only, not " + method.getName());
                  });
      Object reconciler = loader.loadClass(reconcilerClass).getConstructor().newInstance();
      try {
        reconciler
            .getClass()
            .getMethod("reconcile", HasMetadata.class, Context.class)
            .invoke(reconciler, primary, context);
      } catch (InvocationTargetException e) {
        throw new AssertionError(
            reconcilerClass + " failed; requests: " + requests, e.getTargetException());
      }
      return primary;
    }

    void awaitRequest(String what, Predicate<String> request) throws InterruptedException {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (requests.stream().noneMatch(request) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(requests).as("%s reached the API server", what).anyMatch(request);
    }

    void assertNoneRefused() throws InterruptedException {
      Thread.sleep(300); // responses are recorded as they complete
      assertThat(requests)
          .as("requests of the operator")
          .isNotEmpty()
          .noneMatch(r -> r.startsWith("403 "));
    }

    void assertDenied(RbacAccess... accesses) {
      List<String> wrong = new ArrayList<>();
      for (RbacAccess access : accesses) {
        if (reviewer.allowed(access)) {
          wrong.add(access.toString());
        }
      }
      assertThat(wrong).as("allowed though the operator does not do it").isEmpty();
    }

    @Override
    public void close() {
      asOperator.close();
      for (int i = created.size() - 1; i >= 0; i--) {
        admin.resource(created.get(i)).delete();
      }
    }
  }
}

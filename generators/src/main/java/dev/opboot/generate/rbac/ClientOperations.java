package dev.opboot.generate.rbac;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each fabric8 (7.5) client operation asks the API server, by the operation's name: the verbs
 * on the resource and on its subresources, as fabric8's implementation sends them (read in its
 * {@code BaseOperation}, {@code HasMetadataOperation} and {@code PodOperationsImpl}):
 *
 * <ul>
 *   <li>{@code update}/{@code replace} read the object first for its resourceVersion, and {@code
 *       patch}/{@code edit}/{@code accept} read it as the base of the patch: {@code get} too;
 *   <li>{@code delete()} on one object is {@code delete}, on a collection {@code deletecollection}
 *       (and {@code list}, to find the namespaces, after {@code inAnyNamespace()});
 *   <li>{@code scale(n)} reads and replaces {@code <resource>/scale}, then reads the resource;
 *   <li>{@code exec}, {@code attach}, file copies and logs wait for the pod to be ready (an
 *       informer: {@code list watch} on pods) before they open {@code pods/exec} ({@code create},
 *       and {@code get}, which API servers before 1.31 check for the WebSocket upgrade) or read
 *       {@code pods/log}; {@code exec} and {@code attach} also read the pod ({@code get}) to choose
 *       its container; the logs of a Deployment, ReplicaSet, StatefulSet or Job are its pods' logs;
 *   <li>informers ({@code inform}, {@code runnableInformer}, {@code waitUntilCondition}, ...) list
 *       and watch.
 * </ul>
 *
 * After {@code ephemeralContainers()} or {@code subresource(name)}, what an operation asks of the
 * resource it asks of that subresource. Names not listed (builders such as {@code withName}, {@code
 * inNamespace}) ask nothing.
 */
final class ClientOperations {
  private static final List<String> INFORMER = List.of("list", "watch");

  /** Verbs on a subresource ({@code ""} for the resource itself) an operation needs. */
  private record Need(String subresource, List<String> verbs) {}

  private static final Map<String, List<Need>> BY_NAME =
      Map.ofEntries(
          Map.entry("get", on("", "get")),
          Map.entry("require", on("", "get")),
          Map.entry("isReady", on("", "get")),
          Map.entry("list", on("", "list")),
          Map.entry("resources", on("", "list")),
          Map.entry("watch", on("", "watch")),
          Map.entry("streamingList", on("", "list", "watch")),
          Map.entry("inform", on("", "list", "watch")),
          Map.entry("informOnCondition", on("", "list", "watch")),
          Map.entry("runnableInformer", on("", "list", "watch")),
          Map.entry("sharedIndexInformerFor", on("", "list", "watch")),
          Map.entry("waitUntilReady", on("", "list", "watch")),
          Map.entry("waitUntilCondition", on("", "list", "watch")),
          Map.entry("create", on("", "create")),
          Map.entry("createOr", on("", "create")),
          Map.entry("createOrReplace", on("", "create", "get", "update")),
          Map.entry("update", on("", "get", "update")),
          Map.entry("replace", on("", "get", "update")),
          Map.entry("patch", on("", "get", "patch")),
          Map.entry("edit", on("", "get", "patch")),
          Map.entry("accept", on("", "get", "patch")),
          Map.entry("serverSideApply", on("", "patch")),
          Map.entry("updateStatus", on("/status", "get", "update")),
          Map.entry("replaceStatus", on("/status", "get", "update")),
          Map.entry("patchStatus", on("/status", "patch")),
          Map.entry(
              "editStatus",
              List.of(new Need("", List.of("get")), new Need("/status", List.of("patch")))),
          Map.entry("restart", on("", "get", "patch")),
          Map.entry("pause", on("", "get", "patch")),
          Map.entry("resume", on("", "get", "patch")),
          Map.entry("updateImage", on("", "get", "patch")),
          Map.entry("exec", pod("/exec")),
          Map.entry("attach", pod("/attach")),
          Map.entry("upload", pod("/exec")),
          Map.entry("copy", pod("/exec")),
          Map.entry("read", pod("/exec")),
          Map.entry("portForward", on("/portforward", "create", "get")),
          Map.entry("evict", on("/eviction", "create")),
          Map.entry("tokenRequest", on("/token", "create")),
          Map.entry("approve", on("/approval", "update")),
          Map.entry("deny", on("/approval", "update")));

  /** Logs: on pods themselves, or on the pods of a workload. */
  private static final Set<String> LOGS =
      Set.of("getLog", "getLogReader", "getLogInputStream", "watchLog");

  private static final Map<String, List<String>> LOG_OWNERS =
      Map.of(
          "apps/deployments", List.of("apps/replicasets"),
          "apps/replicasets", List.of(),
          "apps/statefulsets", List.of(),
          "batch/jobs", List.of(),
          "/replicationcontrollers", List.of());

  private ClientOperations() {}

  private static List<Need> on(String subresource, String... verbs) {
    return List.of(new Need(subresource, List.of(verbs)));
  }

  private static List<Need> pod(String subresource) {
    return List.of(
        new Need(subresource, List.of("create", "get")),
        new Need("", List.of("get", "list", "watch")));
  }

  /** Whether a fabric8 client method of this name is an operation op-boot knows. */
  static boolean isOperation(String name) {
    return BY_NAME.containsKey(name)
        || LOGS.contains(name)
        || name.equals("delete")
        || name.equals("scale");
  }

  /**
   * The rules an operation needs on {@code target}.
   *
   * @param name the operation: {@code get}, {@code delete}, {@code scale}, ...
   * @param arguments how many arguments it is called with
   * @param firstArgumentIsNumber for {@code scale}: whether it sets a count ({@code scale(3)})
   */
  static List<PolicyRule> rules(
      String name, int arguments, boolean firstArgumentIsNumber, ClientKinds.Target target) {
    KubeKind kind = target.kind();
    List<PolicyRule> rules = new ArrayList<>();
    if (name.equals("delete")) {
      if (target.named() || arguments > 0) {
        rules.add(PolicyRule.of(kind.group(), kind.plural(), "delete"));
      } else if (target.anyNamespace()) {
        rules.add(PolicyRule.of(kind.group(), kind.plural(), "deletecollection", "list"));
      } else {
        rules.add(PolicyRule.of(kind.group(), kind.plural(), "deletecollection"));
      }
    } else if (name.equals("scale")) {
      String scale = kind.plural() + "/scale";
      if (arguments == 0) {
        rules.add(PolicyRule.of(kind.group(), scale, "get"));
      } else if (firstArgumentIsNumber) {
        rules.add(PolicyRule.of(kind.group(), scale, "get", "update"));
        rules.add(PolicyRule.of(kind.group(), kind.plural(), "get"));
      } else {
        rules.add(PolicyRule.of(kind.group(), scale, "update"));
      }
    } else if (LOGS.contains(name)) {
      rules.add(PolicyRule.of("", "pods/log", "get"));
      rules.add(PolicyRule.of("", "pods", INFORMER.toArray(String[]::new)));
      String resource = kind.group() + "/" + kind.plural();
      if (LOG_OWNERS.containsKey(resource)) {
        rules.add(PolicyRule.of(kind.group(), kind.plural(), "get"));
        rules.add(PolicyRule.of("", "pods", "list"));
        for (String owned : LOG_OWNERS.get(resource)) {
          String[] groupAndPlural = owned.split("/", 2);
          rules.add(PolicyRule.of(groupAndPlural[0], groupAndPlural[1], "get", "list"));
        }
      }
    } else {
      for (Need need : BY_NAME.get(name)) {
        String subresource =
            need.subresource().isEmpty() && target.subresource() != null
                ? "/" + target.subresource()
                : need.subresource();
        rules.add(
            PolicyRule.of(
                kind.group(), kind.plural() + subresource, need.verbs().toArray(String[]::new)));
      }
    }
    return rules;
  }
}

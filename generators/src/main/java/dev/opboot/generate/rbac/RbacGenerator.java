package dev.opboot.generate.rbac;

import dev.opboot.core.BadInputException;
import dev.opboot.core.names.KubernetesNames;
import dev.opboot.core.project.NamespacedLayout;
import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.Generator;
import dev.opboot.generate.GeneratorOption;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.crd.Yaml;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.problem.Warnings;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.JavaSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import javax.lang.model.element.TypeElement;

/**
 * {@code generate rbac}'s engine, behind both the CLI and the Maven plugin: Java sources → the
 * rules the operator needs → the manager role's YAML, in memory. Callers decide whether to compare
 * or write. As {@code controller-gen rbac:roleName=manager-role}, but the rules come from the code
 * JOSDK runs rather than from markers only:
 *
 * <ul>
 *   <li>each reconciler's primary resource, with {@code /status} and {@code /finalizers} ({@link
 *       ReconcilerReader});
 *   <li>the dependents of each reconciler's {@code @Workflow} and standalone dependents created in
 *       the code ({@link DependentReader});
 *   <li>informers the code declares and the calls it makes with the fabric8 client ({@link
 *       CodeScanner}, {@link ClientCalls}); a call on a resource chosen at run time is a warning;
 *   <li>{@code create patch} on core {@code events}, when there is a reconciler: what kubebuilder
 *       grants a manager for recording events;
 *   <li>op-boot's {@code @RbacRule} for what the code cannot show ({@link RbacRuleReader}).
 * </ul>
 *
 * <p>The role is one ClusterRole, unless every controller watches a fixed set of namespaces ({@link
 * WatchedNamespaces}: {@code @Informer(namespaces = ...)}, {@code WATCH_CURRENT_NAMESPACE}, or
 * op-boot's namespaced layout, PROJECT's {@code namespaced: true}): then Roles in those namespaces,
 * and a ClusterRole for what only one can grant ({@link NamespacedRoles}).
 *
 * <p>Leader election's Lease rules are not part of this role: the scaffold keeps them in {@code
 * config/rbac/leader_election_role.yaml}, a Role bound in the operator's own namespace, as
 * kubebuilder does. Rules are merged and sorted by {@link RuleNormalizer}; the role's scope is
 * decided by {@link RoleScope}. Every problem found is reported at once, each with file:line.
 */
public final class RbacGenerator implements Generator {
  /** The file controller-gen writes the role to. */
  public static final String FILE_NAME = "role.yaml";

  /**
   * The comment the role file starts with, the same as the scaffold's {@code config/rbac/role.yaml}
   * has before the first generation: a file that says it is generated must still say so after being
   * regenerated, which controller-gen's role (no comment) does not.
   */
  public static final String HEADER =
      "# Permissions of the operator itself. Generated from the code by 'op-boot generate rbac',"
          + " which the\n# build runs (op-boot's Maven plugin): edit the reconcilers or add @RbacRule,"
          + " not this file.\n";

  /**
   * The label of the Roles and RoleBindings in the namespaces the operator watches ({@code
   * config/rbac/namespaces/}): what kustomize's replacements select them by, and what keeps them
   * there when {@code op-boot deploy --namespace} moves the operator.
   */
  public static final String WATCHED_NAMESPACE_LABEL = NamespaceRoleFiles.LABEL;

  /** kubebuilder's name for the manager's role. */
  public static final String DEFAULT_ROLE_NAME = "manager-role";

  /** The rule for recording events, as kubebuilder grants it. */
  static final PolicyRule EVENTS = PolicyRule.of("", "events", "create", "patch");

  /**
   * What to read and how to name the role.
   *
   * @param sources folders of Java sources holding the reconcilers
   * @param classpath the jars and folders those sources compile against (JOSDK, fabric8, ...)
   * @param roleName the role's name; {@link #DEFAULT_ROLE_NAME} when null
   * @param namespacedLayout whether the sources are those of a project made with {@code init
   *     --namespaced}: every controller watches the operator's own namespace
   */
  public record Options(
      List<Path> sources, List<Path> classpath, String roleName, boolean namespacedLayout) {
    public Options {
      sources = List.copyOf(sources);
      classpath = List.copyOf(classpath);
      roleName = roleName == null ? DEFAULT_ROLE_NAME : roleName;
    }

    /** Sources outside op-boot's namespaced layout. */
    public Options(List<Path> sources, List<Path> classpath, String roleName) {
      this(sources, classpath, roleName, false);
    }
  }

  /** {@code --role-name}: the name config/rbac/role_binding.yaml binds. */
  static final GeneratorOption ROLE_NAME =
      new GeneratorOption(
          "role-name",
          "NAME",
          GeneratorOption.Type.STRING,
          DEFAULT_ROLE_NAME,
          "The role's name (default: "
              + DEFAULT_ROLE_NAME
              + ", which the scaffold's"
              + " role_binding.yaml binds).",
          (flag, value) ->
              KubernetesNames.checkDns1123Subdomain(value)
                  .map(bad -> flag + " '" + value + "' is not a valid role name: " + bad + "."));

  /** {@code --explain}: prints each rule with the code that needs it. */
  static final GeneratorOption EXPLAIN =
      GeneratorOption.flag(
          "explain",
          "Print each rule of the role with the places in the code that need it (file:line, the"
              + " verbs, the call or declaration), to review why each permission is there.");

  /** {@code --explain-comments}: the same as comments in role.yaml. */
  static final GeneratorOption EXPLAIN_COMMENTS =
      GeneratorOption.flag(
          "explain-comments",
          "Write the --explain text into role.yaml as a comment above each rule. Line numbers"
              + " change as the code does, so --check then fails after any edit that moves a call:"
              + " use it for review, or regenerate in the build.");

  @Override
  public String name() {
    return "rbac";
  }

  @Override
  public String header() {
    return "Generate the operator's role from its reconcilers.";
  }

  @Override
  public String description() {
    return "Reads the reconcilers in the sources with the JDK's compiler: each one's primary resource"
        + " (with /status and /finalizers), the Kubernetes dependents of its @Workflow and those the code"
        + " creates, the informers the code declares, the calls it makes with the fabric8 client (a call on a"
        + " resource chosen at run time is a warning), events, and op-boot's @RbacRule for what the code cannot"
        + " show. Rules are merged and sorted as controller-gen merges them; --explain prints each rule with the"
        + " code that needs it. In an op-boot project:"
        + " src/main/java -> config/rbac/role.yaml, a ClusterRole named manager-role (a Role when an @RbacRule"
        + " names a namespace). When every controller watches fixed namespaces (@Informer(namespaces = ...) of"
        + " its @ControllerConfiguration, WATCH_CURRENT_NAMESPACE, or a project made with 'op-boot init"
        + " --namespaced'), Roles in those namespaces instead (with no namespace written for the operator's own,"
        + " which kustomize places), and a ClusterRole for cluster-scoped resources and inAnyNamespace() calls."
        + " Roles in named namespaces go to config/rbac/namespaces/ with a RoleBinding each to the service"
        + " account config/rbac declares, as a kustomize Component that 'op-boot build' renders into"
        + " dist/install.yaml (config/default's namespace: would move them).";
  }

  @Override
  public List<String> examples() {
    return List.of(
        "op-boot generate rbac",
        "op-boot generate rbac --check",
        "op-boot generate rbac --explain",
        "op-boot generate rbac --source src --classpath \"$(cat cp.txt)\" --output rbac --role-name shop-manager");
  }

  @Override
  public String defaultOutput() {
    return "config/rbac";
  }

  @Override
  public String reads() {
    return "reconcilers";
  }

  @Override
  public List<GeneratorOption> options() {
    return List.of(ROLE_NAME, EXPLAIN, EXPLAIN_COMMENTS);
  }

  @Override
  public GeneratedFiles generate(ProjectSources sources, GeneratorSettings settings)
      throws GeneratorException {
    boolean namespacedLayout;
    try {
      namespacedLayout = NamespacedLayout.of(sources.base());
    } catch (BadInputException e) {
      throw new GeneratorException(null, e.getMessage());
    }
    OperatorAccount account = OperatorAccount.of(sources.base());
    Reading reading = read(sources.code(), namespacedLayout);
    List<String> explanation = new ArrayList<>();
    List<NamespaceRoleFiles.Written> written = new ArrayList<>();
    for (NamespacedRoles.Part part : parts(reading, settings.string(ROLE_NAME))) {
      RoleExplanation why =
          new RoleExplanation(
              part.role(),
              RuleNormalizer.trace(part.grants().stream().map(Grant::rule).toList()),
              part.grants(),
              sources.roots());
      String document = Yaml.write(RoleDocument.of(part.role()));
      written.add(
          new NamespaceRoleFiles.Written(
              part.role(), settings.bool(EXPLAIN_COMMENTS) ? why.commented(document) : document));
      if (settings.bool(EXPLAIN)) {
        explanation.addAll(why.lines());
        if (part.role().namespace() != null) {
          explanation.add(bindingLine(account));
        }
      }
    }
    SortedMap<String, String> files = NamespaceRoleFiles.of(written, account, HEADER);
    return GeneratedFiles.of(
            files,
            "No reconcilers (classes implementing JOSDK's Reconciler) and no @RbacRule found under "
                + sources.roots()
                + "; no role written.")
        .with(reading.warnings(), List.of())
        .explained(explanation)
        .replacing(NamespaceRoleFiles.obsolete());
  }

  /**
   * What {@code --explain} says under a Role in a named namespace: where it is and what binds it.
   */
  static String bindingLine(OperatorAccount account) {
    return "  in "
        + NamespaceRoleFiles.ROLES
        + ", bound by "
        + NamespaceRoleFiles.BINDINGS
        + " to the ServiceAccount "
        + account.name()
        + " of namespace "
        + account.namespace()
        + " ("
        + account.shown()
        + "), as config/default names and places it";
  }

  /**
   * {@code role.yaml} and, for Roles in named namespaces, the files of {@code namespaces/} bound to
   * the scaffold's service account ({@link OperatorAccount#SCAFFOLD}); empty when the sources
   * declare no reconciler and no {@code @RbacRule}.
   */
  public static SortedMap<String, String> generate(Options options) throws GeneratorException {
    Optional<String> bad = KubernetesNames.checkDns1123Subdomain(options.roleName());
    if (bad.isPresent()) {
      throw new GeneratorException(
          null, "the role name '" + options.roleName() + "' is not valid: " + bad.get() + ".");
    }
    List<Role> roles =
        roles(
            JavaSources.compile(options.sources(), options.classpath()),
            options.roleName(),
            options.namespacedLayout());
    return files(roles, OperatorAccount.SCAFFOLD);
  }

  /**
   * The files of {@code roles}, by path relative to the output folder: {@code role.yaml}, and
   * {@code namespaces/} for the Roles in named namespaces, bound to {@code account} ({@link
   * NamespaceRoleFiles}); empty when there is no role.
   */
  public static SortedMap<String, String> files(List<Role> roles, OperatorAccount account) {
    return NamespaceRoleFiles.of(
        roles.stream()
            .map(role -> new NamespaceRoleFiles.Written(role, Yaml.write(RoleDocument.of(role))))
            .toList(),
        account,
        HEADER);
  }

  /**
   * What the sources ask for.
   *
   * @param grants every rule, unmerged, with where the code asks for it
   * @param warnings client calls the code does not tell the resource of, as {@code file:line:
   *     warning: ...}
   * @param namespaces the namespaces every controller watches ({@link WatchedNamespaces#OWN} for
   *     the operator's own), or {@code null} when the operator works cluster-wide
   */
  public record Reading(List<Grant> grants, List<String> warnings, SortedSet<String> namespaces) {
    public Reading {
      grants = List.copyOf(grants);
      warnings = List.copyOf(warnings);
      namespaces = namespaces == null ? null : Collections.unmodifiableSortedSet(namespaces);
    }
  }

  /** The first manager role of the sources, or empty when they ask for nothing. */
  public static Optional<Role> role(CompiledSources sources, String roleName)
      throws GeneratorException {
    return roles(sources, roleName, false).stream().findFirst();
  }

  /**
   * The manager roles of the sources, in the order role.yaml holds them: one ClusterRole, or Roles
   * in the namespaces the controllers watch (and a ClusterRole beside them when needed); empty when
   * they ask for nothing.
   */
  public static List<Role> roles(CompiledSources sources, String roleName, boolean namespacedLayout)
      throws GeneratorException {
    return parts(read(sources, namespacedLayout), roleName).stream()
        .map(NamespacedRoles.Part::role)
        .toList();
  }

  private static List<NamespacedRoles.Part> parts(Reading reading, String roleName)
      throws GeneratorException {
    List<Grant> grants = reading.grants();
    if (grants.isEmpty()) {
      return List.of();
    }
    if (reading.namespaces() != null) {
      return NamespacedRoles.split(grants, reading.namespaces(), roleName, new Warnings());
    }
    String namespace = RoleScope.namespaceOf(grants);
    List<PolicyRule> rules = RuleNormalizer.normalize(grants.stream().map(Grant::rule).toList());
    return List.of(new NamespacedRoles.Part(new Role(roleName, namespace, rules), grants));
  }

  /** Every rule the sources ask for, unmerged, in source order. */
  static List<Grant> grants(CompiledSources sources) throws GeneratorException {
    return read(sources).grants();
  }

  /** Every rule the sources ask for, unmerged, in source order, and the warnings. */
  public static Reading read(CompiledSources sources) throws GeneratorException {
    return read(sources, false);
  }

  /**
   * Every rule the sources ask for, unmerged, in source order, the warnings, and the namespaces the
   * controllers watch.
   *
   * @param namespacedLayout whether the sources are those of op-boot's namespaced layout
   */
  public static Reading read(CompiledSources sources, boolean namespacedLayout)
      throws GeneratorException {
    KindResolver kinds = new KindResolver(sources);
    GvkExpressions gvks = new GvkExpressions(sources, kinds);
    DependentReader dependents = new DependentReader(sources, kinds, gvks);
    RbacRuleReader rbacRules = new RbacRuleReader(sources);
    ReconcilerReader reconcilers = new ReconcilerReader(sources, kinds, dependents, rbacRules);

    WatchedNamespaces watched = new WatchedNamespaces(sources, namespacedLayout);

    List<Grant> grants = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    TypeElement firstReconciler = null;
    for (TypeElement type : sources.declaredTypes()) {
      if (reconcilers.isReconciler(type)) {
        firstReconciler = firstReconciler == null ? type : firstReconciler;
        reconcilers.read(type, grants, problems);
        watched.read(type, problems);
      }
      rbacRules.read(type, grants, problems);
    }
    Warnings warnings = new Warnings();
    new CodeScanner(sources, kinds, gvks, dependents, rbacRules).scan(grants, problems, warnings);
    if (firstReconciler != null) {
      grants.add(
          new Grant(
              EVENTS,
              null,
              true,
              sources.location(firstReconciler),
              "recording events for " + firstReconciler.getSimpleName()));
    }
    if (!problems.isEmpty()) {
      throw new GeneratorException(problems);
    }
    SortedSet<String> namespaces = watched.namespaces().orElse(null);
    if (namespaces != null) {
      NamespacedRoles.split(grants, namespaces, DEFAULT_ROLE_NAME, warnings); // for its warning
    }
    return new Reading(grants, warnings.lines(), namespaces);
  }
}

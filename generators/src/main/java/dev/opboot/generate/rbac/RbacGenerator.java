package dev.opboot.generate.rbac;

import dev.opboot.core.names.KubernetesNames;
import dev.opboot.generate.GeneratorException;
import dev.opboot.generate.GeneratorException.Problem;
import dev.opboot.generate.crd.Yaml;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.JavaSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * {@code generate rbac}'s engine, behind both the CLI and the Maven plugin: Java sources → the
 * rules the operator needs → the manager role's YAML, in memory. Callers decide whether to compare
 * or write. As {@code controller-gen rbac:roleName=manager-role}, but the rules come from the
 * code JOSDK runs rather than from markers only:
 *
 * <ul>
 *   <li>each reconciler's primary resource, with {@code /status} and {@code /finalizers}
 *       ({@link ReconcilerReader});
 *   <li>the dependents of each reconciler's {@code @Workflow} and standalone dependents created in
 *       the code ({@link DependentReader});
 *   <li>informers the code declares ({@link CodeScanner});
 *   <li>{@code create patch} on core {@code events}, when there is a reconciler: what kubebuilder
 *       grants a manager for recording events;
 *   <li>op-boot's {@code @RbacRule} for what the code cannot show ({@link RbacRuleReader}).
 * </ul>
 *
 * <p>Leader election's Lease rules are not part of this role: the scaffold keeps them in
 * {@code config/rbac/leader_election_role.yaml}, a Role bound in the operator's own namespace, as
 * kubebuilder does. Rules are merged and sorted by {@link RuleNormalizer}; the role's scope is
 * decided by {@link RoleScope}. Every problem found is reported at once, each with file:line.
 */
public final class RbacGenerator {
  /** The file controller-gen writes the role to. */
  public static final String FILE_NAME = "role.yaml";
  /** kubebuilder's name for the manager's role. */
  public static final String DEFAULT_ROLE_NAME = "manager-role";

  /** The rule for recording events, as kubebuilder grants it. */
  static final PolicyRule EVENTS = PolicyRule.of("", "events", "create", "patch");

  /**
   * What to read and how to name the role.
   *
   * @param sources   folders of Java sources holding the reconcilers
   * @param classpath the jars and folders those sources compile against (JOSDK, fabric8, ...)
   * @param roleName  the role's name; {@link #DEFAULT_ROLE_NAME} when null
   */
  public record Options(List<Path> sources, List<Path> classpath, String roleName) {
    public Options {
      sources = List.copyOf(sources);
      classpath = List.copyOf(classpath);
      roleName = roleName == null ? DEFAULT_ROLE_NAME : roleName;
    }
  }

  private RbacGenerator() {}

  /** {@code role.yaml} and its content; empty when the sources declare no reconciler and no {@code @RbacRule}. */
  public static SortedMap<String, String> generate(Options options) throws GeneratorException {
    Optional<String> bad = KubernetesNames.checkDns1123Subdomain(options.roleName());
    if (bad.isPresent()) {
      throw new GeneratorException(null, "the role name '" + options.roleName() + "' is not valid: " + bad.get()
          + ".");
    }
    CompiledSources sources = JavaSources.compile(options.sources(), options.classpath());
    SortedMap<String, String> files = new TreeMap<>();
    role(sources, options.roleName()).ifPresent(role -> files.put(FILE_NAME, Yaml.write(RoleDocument.of(role))));
    return files;
  }

  /** The manager role of the sources, or empty when they ask for nothing. */
  public static Optional<Role> role(CompiledSources sources, String roleName) throws GeneratorException {
    List<Grant> grants = grants(sources);
    if (grants.isEmpty()) {
      return Optional.empty();
    }
    String namespace = RoleScope.namespaceOf(grants);
    List<PolicyRule> rules = RuleNormalizer.normalize(grants.stream().map(Grant::rule).toList());
    return Optional.of(new Role(roleName, namespace, rules));
  }

  /** Every rule the sources ask for, unmerged, in source order. */
  static List<Grant> grants(CompiledSources sources) throws GeneratorException {
    KindResolver kinds = new KindResolver(sources);
    GvkExpressions gvks = new GvkExpressions(sources, kinds);
    DependentReader dependents = new DependentReader(sources, kinds, gvks);
    RbacRuleReader rbacRules = new RbacRuleReader(sources);
    ReconcilerReader reconcilers = new ReconcilerReader(sources, kinds, dependents, rbacRules);

    List<Grant> grants = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    TypeElement firstReconciler = null;
    for (TypeElement type : sources.declaredTypes()) {
      if (reconcilers.isReconciler(type)) {
        firstReconciler = firstReconciler == null ? type : firstReconciler;
        reconcilers.read(type, grants, problems);
      }
      rbacRules.read(type, grants, problems);
    }
    new CodeScanner(sources, kinds, gvks, dependents, rbacRules).scan(grants, problems);
    if (firstReconciler != null) {
      grants.add(new Grant(EVENTS, null, true, sources.location(firstReconciler),
          "recording events for " + firstReconciler.getSimpleName()));
    }
    if (!problems.isEmpty()) {
      throw new GeneratorException(problems);
    }
    return grants;
  }
}

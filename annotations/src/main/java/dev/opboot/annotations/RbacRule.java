package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A permission the operator needs that its code does not show ({@code
 * +kubebuilder:rbac:groups=...,resources=...,resourceNames=...,verbs=...,urls=...,namespace=...}),
 * added by {@code op-boot generate rbac} to the manager's role. Put it on the reconciler that needs
 * it; repeat it for several rules.
 *
 * <pre>{@code
 * @RbacRule(groups = "", resources = "services", verbs = {"get", "list", "watch"})
 * @RbacRule(groups = "", resources = "configmaps", resourceNames = "shop-settings", verbs = "get")
 * public class ShopReconciler implements Reconciler<Shop> { ... }
 * }</pre>
 *
 * <p>{@code generate rbac} already derives the rules for each reconciler's primary resource, its
 * dependent resources, the informers the code declares and events; this annotation is for the rest
 * (resources read through the client directly, non-resource URLs). On a dependent resource class
 * whose kind the code cannot show (a {@code GenericKubernetesDependentResource} built from a
 * computed group/version/kind), it says which rules that dependent needs instead.
 *
 * <p>Compile-only, like the schema annotations: it has no effect at run time.
 *
 * <p>controller-gen: {@code +kubebuilder:rbac:groups="",resources=configmaps,verbs=get;create}. Its
 * rule in {@code config/rbac/role.yaml}, for {@code @RbacRule(groups = "", resources =
 * "configmaps", verbs = {"get", "create"})}:
 *
 * <pre>{@code
 * - apiGroups:
 *   - ""
 *   resources:
 *   - configmaps
 *   verbs:
 *   - create
 *   - get
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(RbacRule.List.class)
public @interface RbacRule {
  /**
   * The API groups: {@code ""} (or {@code "core"}) for the core group. Required for resources.
   *
   * @return the API groups
   */
  String[] groups() default {};

  /**
   * The resources, by plural name, with subresources as {@code plural/subresource}.
   *
   * @return the resources
   */
  String[] resources() default {};

  /**
   * Restricts the rule to objects with these exact names (no wildcards; cannot restrict {@code
   * create}, whose object has no name when it is authorized).
   *
   * @return the object names
   */
  String[] resourceNames() default {};

  /**
   * The verbs: {@code get list watch create update patch delete deletecollection impersonate bind
   * escalate use approve sign} or {@code *}; for {@link #urls()}: {@code get post put patch delete
   * head options} or {@code *}.
   *
   * @return the verbs
   */
  String[] verbs();

  /**
   * Non-resource URLs such as {@code /metrics}, instead of groups and resources.
   *
   * @return the non-resource URLs
   */
  String[] urls() default {};

  /**
   * Makes the whole manager role a namespaced {@code Role} in this namespace instead of a {@code
   * ClusterRole}. Every rule that names a namespace must name the same one, and then every rule
   * must name it.
   *
   * @return the role's namespace; empty for a ClusterRole
   */
  String namespace() default "";

  /** Holds repeated {@link RbacRule} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** {@return the repeated annotations} */
    RbacRule[] value();
  }
}

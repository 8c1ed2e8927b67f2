package dev.opboot.generate.rbac;

/**
 * The java-operator-sdk (5.x) and fabric8 types the RBAC rules are read from, by qualified name:
 * op-boot reads them through javac from the project's class path and needs neither at run time.
 */
final class Josdk {
  static final String RECONCILER = "io.javaoperatorsdk.operator.api.reconciler.Reconciler";
  static final String CONTROLLER_CONFIGURATION =
      "io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration";
  static final String WORKFLOW = "io.javaoperatorsdk.operator.api.reconciler.Workflow";
  static final String DEPENDENT = "io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent";
  static final String KUBERNETES_DEPENDENT_RESOURCE =
      "io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResource";
  static final String GENERIC_KUBERNETES_DEPENDENT_RESOURCE =
      "io.javaoperatorsdk.operator.processing.dependent.kubernetes.GenericKubernetesDependentResource";
  static final String CREATOR = "io.javaoperatorsdk.operator.processing.dependent.Creator";
  static final String UPDATER = "io.javaoperatorsdk.operator.processing.dependent.Updater";
  static final String DELETER = "io.javaoperatorsdk.operator.api.reconciler.dependent.Deleter";
  static final String INFORMER_CONFIGURATION =
      "io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration";
  static final String GROUP_VERSION_KIND =
      "io.javaoperatorsdk.operator.processing.GroupVersionKind";
  static final String GROUP_VERSION_KIND_PLURAL =
      "io.javaoperatorsdk.operator.processing.dependent.kubernetes.GroupVersionKindPlural";

  static final String HAS_METADATA = "io.fabric8.kubernetes.api.model.HasMetadata";
  static final String NAMESPACED = "io.fabric8.kubernetes.api.model.Namespaced";
  static final String GENERIC_KUBERNETES_RESOURCE =
      "io.fabric8.kubernetes.api.model.GenericKubernetesResource";

  static final String RBAC_RULE = "dev.opboot.annotations.RbacRule";
  static final String RBAC_RULE_LIST = "dev.opboot.annotations.RbacRule.List";

  private Josdk() {}
}

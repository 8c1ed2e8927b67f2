package dev.opboot.generate.rbac;

import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.TypeQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The rules a JOSDK reconciler needs for itself: every concrete class of the sources that
 * implements {@code Reconciler<P>} (with or without {@code @ControllerConfiguration}, which JOSDK 5
 * does not require) reconciles {@code P}, and the dependents of its {@code @Workflow}.
 *
 * <p>On the primary resource, the rules kubebuilder scaffolds for a controller: {@code get list
 * watch patch update} on it (JOSDK watches it and patches finalizers and metadata), {@code get
 * patch update} on its {@code /status} (status updates go there), {@code update} on its {@code
 * /finalizers} (needed to set {@code blockOwnerDeletion} owner references to it, as dependents do).
 */
final class ReconcilerReader {
  static final List<String> PRIMARY = List.of("get", "list", "patch", "update", "watch");
  static final List<String> STATUS = List.of("get", "patch", "update");
  static final List<String> FINALIZERS = List.of("update");

  private final CompiledSources sources;
  private final TypeQueries types;
  private final KindResolver kinds;
  private final DependentReader dependents;
  private final RbacRuleReader rbacRules;

  ReconcilerReader(
      CompiledSources sources,
      KindResolver kinds,
      DependentReader dependents,
      RbacRuleReader rbacRules) {
    this.sources = sources;
    this.types = new TypeQueries(sources);
    this.kinds = kinds;
    this.dependents = dependents;
    this.rbacRules = rbacRules;
  }

  /**
   * Whether {@code type} is a reconciler JOSDK can register: a concrete class implementing
   * Reconciler.
   */
  boolean isReconciler(TypeElement type) {
    return type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.ABSTRACT)
        && types.isA(type.asType(), Josdk.RECONCILER);
  }

  /** The rules of one reconciler: its primary resource and its workflow's dependents. */
  void read(TypeElement reconciler, List<Grant> grants, List<Problem> problems) {
    String name = reconciler.getSimpleName().toString();
    SourceLocation where = sources.location(reconciler);
    try {
      KubeKind primary =
          kinds.resolve(types.firstTypeArgument(reconciler.asType(), Josdk.RECONCILER));
      String origin = "the primary resource of " + name;
      grants.add(Grant.derived(rule(primary, primary.plural(), PRIMARY), primary, where, origin));
      grants.add(
          Grant.derived(
              rule(primary, primary.plural() + "/status", STATUS), primary, where, origin));
      grants.add(
          Grant.derived(
              rule(primary, primary.plural() + "/finalizers", FINALIZERS), primary, where, origin));
    } catch (UnresolvedKind e) {
      if (!rbacRules.hasRules(reconciler)) {
        problems.add(
            new Problem(
                where,
                "cannot tell which resource "
                    + name
                    + " reconciles: "
                    + e.getMessage()
                    + ". Implement Reconciler<YourResource> with a resource class, or declare its rules with @RbacRule"
                    + " on "
                    + name
                    + "."));
      }
    } catch (GeneratorException e) {
      problems.addAll(e.problems());
    }
    readWorkflow(reconciler, grants, problems);
  }

  private void readWorkflow(TypeElement reconciler, List<Grant> grants, List<Problem> problems) {
    AnnotationMirror workflow = annotation(reconciler, Josdk.WORKFLOW);
    if (workflow == null) {
      return;
    }
    List<SourceLocation> locations =
        TreeLocations.annotationsOn(sources, reconciler, Josdk.DEPENDENT);
    List<AnnotationMirror> declared = new ArrayList<>();
    for (AnnotationValue value : list(workflow, "dependents")) {
      declared.add((AnnotationMirror) value.getValue());
    }
    for (int i = 0; i < declared.size(); i++) {
      SourceLocation where =
          locations.size() == declared.size()
              ? locations.get(i)
              : sources.location(reconciler, workflow);
      TypeElement dependent =
          (TypeElement)
              sources
                  .types()
                  .asElement((TypeMirror) list(declared.get(i), "type").get(0).getValue());
      TypeMirror type =
          dependent.asType(); // with its type parameters, where a class literal is raw
      String origin =
          "the dependent " + dependent.getSimpleName() + " of " + reconciler.getSimpleName();
      try {
        DependentReader.Needs needs = dependents.read(type, List.of());
        if (needs != null) {
          grants.add(Grant.derived(needs.rule(), needs.kind(), where, origin));
        }
      } catch (UnresolvedKind e) {
        if (!rbacRules.hasRules(dependent) && !rbacRules.hasRules(reconciler)) {
          problems.add(
              new Problem(
                  where,
                  unresolvedDependent(dependent.getSimpleName().toString(), e)
                      + " or on "
                      + reconciler.getSimpleName()
                      + "."));
        }
      } catch (GeneratorException e) {
        problems.addAll(e.problems());
      }
    }
  }

  /**
   * The start of the message for a dependent whose kind is unknown; the caller ends the sentence.
   */
  static String unresolvedDependent(String dependent, UnresolvedKind e) {
    return "cannot tell which Kubernetes resource the dependent "
        + dependent
        + " manages: "
        + e.getMessage()
        + ". Give it a resource class as type argument (extends CRUDKubernetesDependentResource<Deployment,"
        + " MyResource>), pass a constant GroupVersionKind, or declare its rules with @RbacRule on "
        + dependent;
  }

  private static PolicyRule rule(KubeKind kind, String resource, List<String> verbs) {
    return new PolicyRule(List.of(kind.group()), List.of(resource), List.of(), List.of(), verbs);
  }

  private static AnnotationMirror annotation(TypeElement type, String name) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(name)) {
        return mirror;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private List<AnnotationValue> list(AnnotationMirror mirror, String element) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        sources.elements().getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(element)) {
        Object value = e.getValue().getValue();
        return value instanceof List<?> l ? (List<AnnotationValue>) l : List.of(e.getValue());
      }
    }
    return List.of();
  }
}

package dev.opboot.generate.rbac;

import dev.opboot.core.names.KubernetesNames;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.source.CompiledSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The namespaces the operator's controllers watch, which decide whether its role is one ClusterRole
 * or Roles in those namespaces. Read from each reconciler's {@code ControllerConfiguration(informer
 * = @Informer(namespaces = ...))}, whose default (JOSDK's {@code WATCH_ALL_NAMESPACES}) is every
 * namespace; {@code Constants.WATCH_CURRENT_NAMESPACE} is the operator's own namespace. In
 * op-boot's namespaced layout ({@code init --namespaced}, recorded in PROJECT) the scaffold
 * registers every reconciler to watch {@code WATCH_NAMESPACE}, the operator's own namespace,
 * whatever its annotation says.
 *
 * <p>The operator is namespaced only when every controller is: one that watches every namespace
 * needs a ClusterRole for all of them.
 */
final class WatchedNamespaces {
  /** JOSDK's {@code Constants.WATCH_ALL_NAMESPACES}. */
  static final String ALL = "JOSDK_ALL_NAMESPACES";

  /**
   * JOSDK's {@code Constants.SAME_AS_CONTROLLER}, {@code @Informer}'s default: on a controller,
   * JOSDK takes it as its default, every namespace.
   */
  static final String SAME_AS_CONTROLLER = "JOSDK_SAME_AS_CONTROLLER";

  /** JOSDK's {@code Constants.WATCH_CURRENT_NAMESPACE}. */
  static final String CURRENT = "JOSDK_WATCH_CURRENT";

  /**
   * The operator's own namespace among the watched ones: a Role written with no namespace, which
   * kustomize's {@code namespace} (or {@code kubectl apply -n}) places where the operator runs.
   */
  static final String OWN = "";

  private final CompiledSources sources;
  private final boolean namespacedLayout;
  private final SortedSet<String> watched = new TreeSet<>();
  private boolean all;
  private boolean anyController;

  /**
   * @param namespacedLayout whether the project is op-boot's namespaced layout (PROJECT's {@code
   *     namespaced: true}): every controller watches the operator's own namespace
   */
  WatchedNamespaces(CompiledSources sources, boolean namespacedLayout) {
    this.sources = sources;
    this.namespacedLayout = namespacedLayout;
  }

  /** Adds what {@code reconciler} watches; a namespace that is no valid name is a problem. */
  void read(TypeElement reconciler, List<Problem> problems) {
    anyController = true;
    if (namespacedLayout) {
      watched.add(OWN);
      return;
    }
    SourceLocation where = sources.location(reconciler);
    for (String namespace : namespaces(reconciler)) {
      if (namespace.equals(ALL) || namespace.equals(SAME_AS_CONTROLLER)) {
        all = true;
      } else if (namespace.equals(CURRENT)) {
        watched.add(OWN);
      } else {
        Optional<String> bad = KubernetesNames.checkDns1123Label(namespace);
        if (bad.isPresent()) {
          problems.add(
              new Problem(
                  where,
                  reconciler.getSimpleName()
                      + " watches the namespace '"
                      + namespace
                      + "', which is no valid namespace name: "
                      + bad.get()
                      + ". Fix @Informer(namespaces = ...) of its @ControllerConfiguration."));
        } else {
          watched.add(namespace);
        }
      }
    }
  }

  /**
   * The namespaces the Roles go to ({@link #OWN} for the operator's own), or empty when the
   * operator needs a ClusterRole: some controller watches every namespace, or there is none.
   */
  Optional<SortedSet<String>> namespaces() {
    if (all || !anyController || watched.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TreeSet<>(watched));
  }

  /**
   * The namespaces of the reconciler's {@code @ControllerConfiguration}'s informer: JOSDK's default
   * (every namespace) when it has none.
   */
  private List<String> namespaces(TypeElement reconciler) {
    AnnotationMirror configuration = annotation(reconciler, Josdk.CONTROLLER_CONFIGURATION);
    if (configuration == null) {
      return List.of(ALL);
    }
    Object informer = value(configuration, "informer");
    if (!(informer instanceof AnnotationMirror mirror)) {
      return List.of(ALL);
    }
    List<String> namespaces = new ArrayList<>();
    if (value(mirror, "namespaces") instanceof List<?> values) {
      for (Object value : values) {
        namespaces.add(String.valueOf(((AnnotationValue) value).getValue()));
      }
    }
    return namespaces.isEmpty() ? List.of(ALL) : namespaces;
  }

  private Object value(AnnotationMirror mirror, String element) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        sources.elements().getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(element)) {
        return e.getValue().getValue();
      }
    }
    return null;
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
}

package dev.opboot.generate.rbac;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.problem.Warnings;
import dev.opboot.generate.source.CompiledSources;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads what the method bodies of the sources show, with javac's attributed trees (so names are
 * resolved, not matched as text):
 *
 * <ul>
 *   <li>informer event sources: every call of {@code InformerEventSourceConfiguration.from(X.class,
 *       ...)} (or {@code from(groupVersionKind, ...)}) needs {@code get list watch} on {@code X};
 *   <li>standalone dependent resources: every {@code new D(...)} of a {@code
 *       KubernetesDependentResource} (anonymous subclasses included) needs what {@link
 *       DependentReader} says {@code D} needs, as a {@code @Workflow} dependent would;
 *   <li>calls of the fabric8 client ({@link ClientCalls}): {@code
 *       context.getClient().pods().inNamespace(ns).list()} needs {@code list} on {@code pods}. A
 *       call on a resource chosen at run time is a warning at its line (the role would lack what it
 *       needs), unless a class around it declares its rules with {@code @RbacRule}.
 * </ul>
 *
 * <p>The whole of the sources is read, not just the reconcilers, so an event source built in a
 * helper class, or a client call in a method a reconciler calls, counts too: all of the operator's
 * code runs as its service account.
 */
final class CodeScanner {
  private final CompiledSources sources;
  private final KindResolver kinds;
  private final GvkExpressions gvks;
  private final DependentReader dependents;
  private final RbacRuleReader rbacRules;
  private final ClientCalls clientCalls;

  CodeScanner(
      CompiledSources sources,
      KindResolver kinds,
      GvkExpressions gvks,
      DependentReader dependents,
      RbacRuleReader rbacRules) {
    this.sources = sources;
    this.kinds = kinds;
    this.gvks = gvks;
    this.dependents = dependents;
    this.rbacRules = rbacRules;
    this.clientCalls = new ClientCalls(sources, kinds);
  }

  void scan(List<Grant> grants, List<Problem> problems, Warnings warnings) {
    Set<CompilationUnitTree> units = new LinkedHashSet<>();
    for (TypeElement type : sources.declaredTypes()) {
      TreePath path = sources.trees().getPath(type);
      if (path != null) {
        units.add(path.getCompilationUnit());
      }
    }
    for (CompilationUnitTree unit : units) {
      new Visitor(grants, problems, warnings).scan(unit, null);
    }
  }

  private final class Visitor extends TreePathScanner<Void, Void> {
    private final List<Grant> grants;
    private final List<Problem> problems;
    private final Warnings warnings;

    Visitor(List<Grant> grants, List<Problem> problems, Warnings warnings) {
      this.grants = grants;
      this.problems = problems;
      this.warnings = warnings;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      Element method = sources.trees().getElement(getCurrentPath());
      if (method instanceof ExecutableElement m
          && m.getSimpleName().contentEquals("from")
          && m.getEnclosingElement() instanceof TypeElement owner
          && owner.getQualifiedName().contentEquals(Josdk.INFORMER_CONFIGURATION)
          && !node.getArguments().isEmpty()) {
        informer(new TreePath(getCurrentPath(), node.getArguments().get(0)));
      }
      clientCall(false);
      return super.visitMethodInvocation(node, unused);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree node, Void unused) {
      clientCall(true);
      return super.visitMemberReference(node, unused);
    }

    /** The rules of the fabric8 client call (or method reference) here, if it is one. */
    private void clientCall(boolean reference) {
      try {
        ClientCalls.Needs needs =
            reference
                ? clientCalls.readReference(getCurrentPath())
                : clientCalls.read(getCurrentPath());
        if (needs != null) {
          SourceLocation where = TreeLocations.of(sources, getCurrentPath());
          String origin = CallText.of(sources, getCurrentPath()) + " in " + enclosingClass();
          for (PolicyRule rule : needs.rules()) {
            Grant grant = Grant.derived(rule, needs.kind(), where, origin);
            grants.add(needs.anyNamespace() ? grant.inAnyNamespace() : grant);
          }
        }
      } catch (UnresolvedKind e) {
        if (!excused()) {
          warnings.add(
              TreeLocations.of(sources, getCurrentPath()),
              UntracedCall.message(sources, getCurrentPath(), e.getMessage(), enclosingClass()));
        }
      } catch (GeneratorException e) {
        problems.addAll(e.problems());
      }
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
      TypeMirror type = sources.trees().getTypeMirror(getCurrentPath());
      if (type != null && dependents.isKubernetesDependent(type)) {
        dependent(node, type);
      }
      return super.visitNewClass(node, unused);
    }

    private void informer(TreePath resource) {
      SourceLocation where = TreeLocations.of(sources, getCurrentPath());
      try {
        KubeKind kind =
            gvks.isGvk(resource)
                ? gvks.read(resource)
                : kinds.resolve(gvks.classLiteralType(resource));
        grants.add(
            Grant.derived(
                PolicyRule.of(kind.group(), kind.plural(), "get", "list", "watch"),
                kind,
                where,
                "the informer on " + kind.kind() + " in " + enclosingClass()));
      } catch (UnresolvedKind e) {
        if (!excused()) {
          problems.add(
              new Problem(
                  where,
                  "cannot tell which resource this informer watches: "
                      + e.getMessage()
                      + ". Pass a resource class literal (InformerEventSourceConfiguration.from(Secret.class, ...)), or"
                      + " declare its rules with @RbacRule on "
                      + enclosingClass()
                      + "."));
        }
      } catch (GeneratorException e) {
        problems.addAll(e.problems());
      }
    }

    private void dependent(NewClassTree node, TypeMirror type) {
      SourceLocation where = TreeLocations.of(sources, getCurrentPath());
      List<TreePath> arguments = new ArrayList<>();
      for (ExpressionTree argument : node.getArguments()) {
        arguments.add(new TreePath(getCurrentPath(), argument));
      }
      String name =
          node.getClassBody() != null
              ? "anonymous " + node.getIdentifier()
              : node.getIdentifier().toString();
      try {
        DependentReader.Needs needs = dependents.read(type, arguments);
        if (needs != null) {
          grants.add(
              Grant.derived(
                  needs.rule(),
                  needs.kind(),
                  where,
                  "the dependent " + name + " created in " + enclosingClass()));
        }
      } catch (UnresolvedKind e) {
        TypeElement dependent = (TypeElement) sources.types().asElement(type);
        if (!excused() && !rbacRules.hasRules(dependent)) {
          problems.add(
              new Problem(
                  where,
                  ReconcilerReader.unresolvedDependent(name, e)
                      + " or on "
                      + enclosingClass()
                      + "."));
        }
      } catch (GeneratorException e) {
        problems.addAll(e.problems());
      }
    }

    /** Whether a class around the current tree declares its rules itself with @RbacRule. */
    private boolean excused() {
      for (TreePath p = getCurrentPath(); p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof ClassTree
            && sources.trees().getElement(p) instanceof TypeElement type
            && rbacRules.hasRules(type)) {
          return true;
        }
      }
      return false;
    }

    private String enclosingClass() {
      for (TreePath p = getCurrentPath(); p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof ClassTree
            && sources.trees().getElement(p) instanceof TypeElement type
            && !type.getSimpleName().isEmpty()) {
          return type.getSimpleName().toString();
        }
      }
      return getCurrentPath().getCompilationUnit().getSourceFile().getName();
    }
  }
}

package dev.opboot.scaffold;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Whether a Java source already registers a reconciler class, read from its syntax tree (javac's
 * parser, {@code com.sun.source}) rather than from its lines, so that a registration the user
 * edited still counts and {@code create api --force} never adds a second one that does not compile.
 *
 * <p>For {@code CronJobReconciler}, any of these in the code (comments and imports aside) counts:
 *
 * <ul>
 *   <li>the class constructed, with any arguments, type arguments or qualification: {@code new
 *       CronJobReconciler(clock)}, {@code new com.example.CronJobReconciler<>()};
 *   <li>the class as a method reference or a qualifier: {@code CronJobReconciler::new}, {@code
 *       CronJobReconciler.create(clock)};
 *   <li>a call named {@code register} whose arguments name the reconciler by a variable, field or
 *       method, ignoring case and a leading {@code new}, {@code create}, {@code make} or {@code
 *       build}: {@code register(cronJobReconciler)}, {@code register(reconcilers.cronJob())},
 *       {@code register(newCronJobReconciler(clock))}.
 * </ul>
 *
 * Only whole names are compared, so {@code JobReconciler} is not taken for registered where {@code
 * CronJobReconciler} is.
 */
public final class ReconcilerRegistration implements Insertion.Existing {
  private static final Pattern VERB = Pattern.compile("^(?:new|create|make|build)(?=[A-Z])");

  private final String className;
  private final String kind;

  /**
   * @param className the reconciler's simple class name, such as {@code CronJobReconciler}
   * @param kind the kind it reconciles, such as {@code CronJob}
   */
  public ReconcilerRegistration(String className, String kind) {
    this.className = className;
    this.kind = kind;
  }

  @Override
  public Optional<String> find(String path, String source) {
    return lineOf(path, source)
        .map(line -> className + " is already registered at " + fileName(path) + ":" + line);
  }

  /** The line of the first registration in {@code source}, if there is one. */
  Optional<Long> lineOf(String path, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return textualLineOf(source);
    }
    JavacTask task =
        (JavacTask)
            javac.getTask(
                null,
                null,
                diagnostic -> {}, // a file that does not parse is still read as far as it goes
                List.of("-proc:none"),
                null,
                List.of(new Source(source)));
    Trees trees = Trees.instance(task);
    try {
      for (CompilationUnitTree unit : task.parse()) {
        Finder finder = new Finder();
        unit.getTypeDecls().forEach(type -> finder.scan(type, null));
        if (finder.found != null) {
          SourcePositions positions = trees.getSourcePositions();
          Tree where = finder.foundIn != null ? finder.foundIn : finder.found;
          return Optional.of(
              unit.getLineMap().getLineNumber(positions.getStartPosition(unit, where)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the source is in memory: not expected
    }
    return Optional.empty();
  }

  /** Without javac (a JRE without jdk.compiler): the two common spellings, by text. */
  private Optional<Long> textualLineOf(String source) {
    Pattern usage =
        Pattern.compile(
            "\\bnew\\s+(?:[\\w.]+\\.)?"
                + Pattern.quote(className)
                + "\\s*[(<]|\\b"
                + Pattern.quote(className)
                + "\\s*::");
    List<String> lines = source.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String code = lines.get(i).strip();
      if (!code.startsWith("//") && !code.startsWith("import ") && usage.matcher(code).find()) {
        return Optional.of(i + 1L);
      }
    }
    return Optional.empty();
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private boolean namesTheClass(Tree tree) {
    if (tree instanceof ParameterizedTypeTree parameterized) {
      return namesTheClass(parameterized.getType());
    }
    if (tree instanceof IdentifierTree identifier) {
      return identifier.getName().contentEquals(className);
    }
    return tree instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals(className);
  }

  private boolean namesTheReconciler(CharSequence name) {
    String bare = VERB.matcher(name).replaceFirst("").toLowerCase(Locale.ROOT);
    return bare.equals(className.toLowerCase(Locale.ROOT))
        || bare.equals(kind.toLowerCase(Locale.ROOT));
  }

  /** Finds the first registration, in source order. */
  private final class Finder extends TreeScanner<Void, Void> {
    private Tree found;

    /** The outermost {@code register(...)} call the registration was found in, if any. */
    private Tree foundIn;

    private MethodInvocationTree register;
    private int insideRegister;

    @Override
    public Void scan(Tree tree, Void unused) {
      if (found != null) {
        return null;
      }
      super.scan(tree, unused);
      if (found != null && foundIn == null && insideRegister > 0) {
        foundIn = register;
      }
      return null;
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
      if (namesTheClass(node.getIdentifier())) {
        found = node;
        return null;
      }
      return super.visitNewClass(node, unused);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree node, Void unused) {
      if (namesTheClass(node.getQualifierExpression())) {
        found = node;
        return null;
      }
      return super.visitMemberReference(node, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void unused) {
      ExpressionTree qualifier = node.getExpression();
      if (qualifier instanceof IdentifierTree && namesTheClass(qualifier)
          || insideRegister > 0 && namesTheReconciler(node.getIdentifier())) {
        found = node;
        return null;
      }
      return super.visitMemberSelect(node, unused);
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      if (insideRegister > 0 && namesTheReconciler(node.getName())) {
        found = node;
      }
      return null;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      scan(node.getTypeArguments(), unused);
      scan(node.getMethodSelect(), unused);
      boolean isRegister = calledName(node.getMethodSelect()).equals("register");
      if (isRegister && insideRegister++ == 0) {
        register = node;
      }
      try {
        scan(node.getArguments(), unused);
      } finally {
        insideRegister -= isRegister ? 1 : 0;
      }
      return null;
    }

    private String calledName(ExpressionTree select) {
      if (select instanceof MemberSelectTree member) {
        return member.getIdentifier().toString();
      }
      return select instanceof IdentifierTree identifier ? identifier.getName().toString() : "";
    }
  }

  /** The source, in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String content;

    Source(String content) {
      // the name only labels javac's messages, which are ignored; the path may hold any character
      super(URI.create("string:///Registration.java"), JavaFileObject.Kind.SOURCE);
      this.content = content;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }
}

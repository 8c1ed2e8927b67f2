package dev.opboot.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles a scaffolded project's {@code src/main/java} with javac against this test's class path,
 * which holds what the scaffold's pom declares (JOSDK, fabric8, micrometer): proof, without Maven,
 * that op-boot left the project compiling. The sources may be on any file system (jimfs); the
 * classes go to {@code classes}.
 */
final class ScaffoldCompiler {
  private ScaffoldCompiler() {}

  /** The compiler's errors, each as {@code path:line: message}; empty when it compiled. */
  static List<String> errors(Path project, Path classes) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    Path main = project.resolve("src/main/java");
    try (Stream<Path> walk = Files.walk(main)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        sources.add(new Source(main.relativize(file).toString(), Files.readString(file)));
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok =
        javac
            .getTask(
                new StringWriter(),
                null,
                diagnostics,
                List.of(
                    "-proc:none",
                    "--release",
                    "17",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    classes.toString()),
                null,
                sources)
            .call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        String where =
            d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber();
        errors.add(where + ": " + d.getMessage(Locale.ROOT));
      }
    }
    if (!ok && errors.isEmpty()) {
      errors.add("javac failed without an error message");
    }
    return errors;
  }

  /** A source file read into memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String content;

    Source(String relativePath, String content) {
      super(URI.create("string:///" + relativePath), JavaFileObject.Kind.SOURCE);
      this.content = content;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }
}

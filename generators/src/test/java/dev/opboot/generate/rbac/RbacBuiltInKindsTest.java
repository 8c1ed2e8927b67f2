package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.JavaSources;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.io.File;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fabric8's built-in kinds, read from their class files through javac, are named as fabric8 itself
 * names them at run time ({@code HasMetadata.getGroup/getPlural}), for every one of them on this
 * class path.
 */
class RbacBuiltInKindsTest {
  @TempDir Path tmp;

  private CompiledSources compile(String source) throws Exception {
    Path file = tmp.resolve("src/com/example/Probe.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    List<Path> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(Path.of(entry));
    }
    return JavaSources.compile(List.of(tmp.resolve("src")), classpath);
  }

  /** Every concrete HasMetadata class of fabric8's model jars (not the lists). */
  private static List<Class<?>> builtInKinds() throws Exception {
    List<Class<?>> kinds = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("kubernetes-model-") || !entry.endsWith(".jar")) {
        continue;
      }
      try (JarFile jar = new JarFile(entry)) {
        for (JarEntry e : Collections.list(jar.entries())) {
          String name = e.getName();
          if (!name.startsWith("io/fabric8/kubernetes/api/model/")
              || !name.endsWith(".class")
              || name.contains("$")) {
            continue;
          }
          Class<?> type =
              Class.forName(
                  name.replace('/', '.').replace(".class", ""),
                  false,
                  RbacBuiltInKindsTest.class.getClassLoader());
          if (HasMetadata.class.isAssignableFrom(type)
              && !type.isInterface()
              && !Modifier.isAbstract(type.getModifiers())
              && HasMetadata.getGroup(type) != null) {
            kinds.add(type);
          }
        }
      }
    }
    return kinds;
  }

  @Test
  void everyBuiltInKindAsFabric8NamesIt() throws Exception {
    CompiledSources compiled = compile("package com.example; class Probe {}");
    KindResolver resolver = new KindResolver(compiled);
    List<Class<?>> kinds = builtInKinds();
    assertThat(kinds).hasSizeGreaterThan(100);
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (Class<?> type : kinds) {
      KubeKind kind =
          resolver.resolve(compiled.elements().getTypeElement(type.getCanonicalName()).asType());
      expected.add(
          type.getName()
              + " "
              + HasMetadata.getGroup(type)
              + " "
              + HasMetadata.getPlural(type)
              + " "
              + Namespaced.class.isAssignableFrom(type));
      actual.add(
          type.getName() + " " + kind.group() + " " + kind.plural() + " " + kind.namespaced());
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void aFewWellKnownOnes() throws Exception {
    CompiledSources compiled = compile("package com.example; class Probe {}");
    KindResolver resolver = new KindResolver(compiled);
    assertThat(
            resolver.resolve(
                compiled
                    .elements()
                    .getTypeElement("io.fabric8.kubernetes.api.model.Endpoints")
                    .asType()))
        .isEqualTo(new KubeKind("", "Endpoints", "endpoints", true));
    assertThat(
            resolver.resolve(
                compiled
                    .elements()
                    .getTypeElement("io.fabric8.kubernetes.api.model.networking.v1.Ingress")
                    .asType()))
        .isEqualTo(new KubeKind("networking.k8s.io", "Ingress", "ingresses", true));
    assertThat(
            resolver.resolve(
                compiled
                    .elements()
                    .getTypeElement("io.fabric8.kubernetes.api.model.Node")
                    .asType()))
        .isEqualTo(new KubeKind("", "Node", "nodes", false));
  }

  @Test
  void handWrittenResourceClassesFollowFabric8sAnnotations() throws Exception {
    CompiledSources compiled =
        compile(
            """
        package com.example;
        import io.fabric8.kubernetes.model.annotation.*;
        @Version("v1") @Kind("Widget") @Singular("widget")
        abstract class CoreThing implements io.fabric8.kubernetes.api.model.HasMetadata {}
        @Group("x.example.com") @Version("v1") @Plural("Boxen")
        abstract class Box implements io.fabric8.kubernetes.api.model.HasMetadata, io.fabric8.kubernetes.api.model.Namespaced {}
        abstract class Nameless implements io.fabric8.kubernetes.api.model.HasMetadata {}
        class Probe {}
        """);
    KindResolver resolver = new KindResolver(compiled);
    assertThat(
            resolver.resolve(compiled.elements().getTypeElement("com.example.CoreThing").asType()))
        .isEqualTo(new KubeKind("", "Widget", "widgets", false));
    assertThat(resolver.resolve(compiled.elements().getTypeElement("com.example.Box").asType()))
        .isEqualTo(new KubeKind("x.example.com", "Box", "boxen", true));
    assertThatThrownBy(
            () ->
                resolver.resolve(
                    compiled.elements().getTypeElement("com.example.Nameless").asType()))
        .isInstanceOf(UnresolvedKind.class)
        .hasMessage(
            "com.example.Nameless has neither @Group nor @Version, so its"
                + " API group is unknown (fabric8 could not address it either)");
    assertThatThrownBy(
            () -> resolver.resolve(compiled.elements().getTypeElement("java.lang.String").asType()))
        .isInstanceOf(UnresolvedKind.class)
        .hasMessageContaining("is not a Kubernetes resource class");
  }
}

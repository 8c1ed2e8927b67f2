package dev.opboot.generate.rbac;

import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.JavaSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small operator written as source text to a folder and read by the RBAC engine with JOSDK on the
 * class path, so each test states its input as code and asserts on the role.
 */
final class RbacFixture {
  /** The imports every test source gets. */
  static final String IMPORTS =
      """
      package com.example;
      import io.fabric8.kubernetes.api.model.ConfigMap;
      import io.fabric8.kubernetes.api.model.HasMetadata;
      import io.fabric8.kubernetes.api.model.Namespaced;
      import io.fabric8.kubernetes.api.model.Secret;
      import io.fabric8.kubernetes.api.model.apps.Deployment;
      import io.fabric8.kubernetes.client.CustomResource;
      import io.fabric8.kubernetes.model.annotation.Group;
      import io.fabric8.kubernetes.model.annotation.Version;
      import io.javaoperatorsdk.operator.api.reconciler.Context;
      import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
      import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
      import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
      import io.javaoperatorsdk.operator.api.reconciler.Workflow;
      import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
      import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
      import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResource;
      import dev.opboot.annotations.RbacRule;
      """;

  /** A namespaced custom resource, shop.example.com/v1 Shop. */
  static final String SHOP =
      """
      @Group("shop.example.com") @Version("v1")
      public class Shop extends CustomResource<Void, Void> implements Namespaced {}
      """;

  /** A reconciler of Shop with nothing else. */
  static final String RECONCILE =
      """
      public UpdateControl<Shop> reconcile(Shop shop, Context<Shop> context) { return UpdateControl.noUpdate(); }
      """;

  private final Path root;
  private final Map<String, String> files = new LinkedHashMap<>();

  RbacFixture(Path root) {
    this.root = root;
  }

  /** A fixture holding {@code Shop}. */
  static RbacFixture withShop(Path root) {
    return new RbacFixture(root).java("Shop", SHOP);
  }

  /** Adds {@code com/example/<name>.java}: the common imports, then {@code body}. */
  RbacFixture java(String name, String body) {
    files.put("com/example/" + name + ".java", IMPORTS + body);
    return this;
  }

  /** The path of a source file, as errors name it. */
  Path file(String name) {
    return root.resolve("src/com/example/" + name + ".java");
  }

  CompiledSources compile() throws GeneratorException {
    Path src = root.resolve("src");
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = src.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return JavaSources.compile(List.of(src), JosdkOnClasspath.entries());
  }

  /** The role's YAML, or null when there is none. */
  String yaml() throws GeneratorException {
    return files().get(RbacGenerator.FILE_NAME);
  }

  /** Every file of the roles (role.yaml, and namespaces/ for Roles in named namespaces). */
  java.util.SortedMap<String, String> files() throws GeneratorException {
    compile();
    return RbacGenerator.generate(
        new RbacGenerator.Options(List.of(root.resolve("src")), JosdkOnClasspath.entries(), null));
  }

  Role role() throws GeneratorException {
    return RbacGenerator.role(compile(), RbacGenerator.DEFAULT_ROLE_NAME).orElseThrow();
  }

  List<Grant> grants() throws GeneratorException {
    return RbacGenerator.grants(compile());
  }
}

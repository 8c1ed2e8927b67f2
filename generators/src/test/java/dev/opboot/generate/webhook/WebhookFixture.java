package dev.opboot.generate.webhook;

import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A project folder with webhook classes written as source text, read by {@link WebhookGenerator}
 * with this test's class path (which holds op-boot's annotations), so each test states its input as
 * code.
 */
final class WebhookFixture {
  private final Path project;

  WebhookFixture(Path project) {
    this.project = project;
  }

  /** Adds {@code src/com/example/<name>.java}: the package, the import, then {@code body}. */
  WebhookFixture java(String name, String body) {
    write(
        "src/com/example/" + name + ".java",
        "package com.example;\nimport dev.opboot.annotations.Webhook;\n" + body);
    return this;
  }

  /** Adds a project file such as {@code config/manager/manager.yaml}. */
  WebhookFixture file(String path, String content) {
    write(path, content);
    return this;
  }

  /** The path of a source file, as problems name it. */
  Path source(String name) {
    return project.resolve("src/com/example/" + name + ".java");
  }

  GeneratedFiles generate() throws GeneratorException {
    return new WebhookGenerator().generate(sources(), GeneratorSettings.defaults());
  }

  ProjectSources sources() {
    List<Path> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(Path.of(entry));
    }
    return ProjectSources.of(List.of(project.resolve("src")), classpath).in(project);
  }

  /** The problems of a generation that must fail. */
  List<Problem> problems() {
    try {
      generate();
    } catch (GeneratorException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems");
  }

  private void write(String path, String content) {
    try {
      Path file = project.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

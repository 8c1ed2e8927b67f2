package dev.opboot.project;

import dev.opboot.core.BadInputException;
import dev.opboot.generate.compat.CrdSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the CRDs of one side of {@code op-boot crd diff} come from: a file, a folder of YAML and
 * JSON files (walked in name order), {@code git:<ref>:<path>} (read with git, {@code path} relative
 * to the working folder, as a file argument would be), or {@code cluster}: what {@code kubectl get
 * crd} returns for the current kubeconfig.
 */
public final class CrdSources {
  /** The word naming the cluster as a side. */
  public static final String CLUSTER = "cluster";

  private static final String GIT = "git:";

  private CrdSources() {}

  /** Whether {@code source} names the cluster. */
  public static boolean isCluster(String source) {
    return CLUSTER.equals(source);
  }

  /**
   * The CRDs {@code source} names, given as {@code side} ({@code OLD}, {@code NEW}, a flag).
   *
   * @param kubeconfig the --kubeconfig option, for {@code cluster}; may be null
   */
  public static CrdSet read(Path workingDirectory, String side, String source, String kubeconfig)
      throws BadInputException, CommandFailedException {
    List<CrdSet.Text> texts;
    if (source.isBlank()) {
      throw new BadInputException(side, side + " is empty: " + FORMS);
    } else if (isCluster(source)) {
      Kubectl kubectl =
          Kubectl.find(workingDirectory, kubeconfig, "read the CRDs installed in the cluster");
      texts =
          List.of(
              new CrdSet.Text(
                  "the cluster of " + kubectl.kubeconfigShown(),
                  kubectl.command("get", "crd", "-o", "yaml").run(null)));
    } else if (source.startsWith(GIT)) {
      texts = fromGit(workingDirectory, side, source);
    } else {
      texts = fromDisk(workingDirectory, side, source);
    }
    CrdSet crds = CrdSet.read(side, texts);
    if (crds.isEmpty() && !isCluster(source)) {
      throw new BadInputException(
          side,
          side
              + " "
              + source
              + " holds no CustomResourceDefinition (apiVersion apiextensions.k8s.io/v1): "
              + FORMS);
    }
    return crds;
  }

  private static final String FORMS =
      "pass a CRD file, a folder of CRD files, git:<ref>:<path> (such as git:main:config/crd/bases)"
          + " or cluster.";

  private static List<CrdSet.Text> fromDisk(Path workingDirectory, String side, String source)
      throws BadInputException {
    Path path = workingDirectory.resolve(source).normalize();
    if (!Files.exists(path)) {
      throw new BadInputException(side, side + " " + path + " does not exist: " + FORMS);
    }
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).filter(CrdSources::isManifest).sorted().toList();
      } catch (IOException e) {
        throw new BadInputException(side, side + " " + path + " cannot be read: " + e.getMessage());
      }
    } else {
      files = List.of(path);
    }
    List<CrdSet.Text> texts = new ArrayList<>();
    for (Path file : files) {
      try {
        texts.add(
            new CrdSet.Text(
                shown(workingDirectory, file), Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new BadInputException(
            side,
            side + " " + file + " cannot be read (" + e.getMessage() + "): pass a text file.");
      }
    }
    return texts;
  }

  /** Whether a file of a folder is read: YAML and JSON files. */
  static boolean isManifest(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static String shown(Path workingDirectory, Path file) {
    return file.startsWith(workingDirectory)
        ? workingDirectory.relativize(file).toString()
        : file.toString();
  }

  /**
   * {@code git:<ref>:<path>}: a blob is one text, a tree each of its YAML and JSON files. Git
   * refuses {@code :} in ref names, so the first one after {@code git:} ends the ref.
   */
  private static List<CrdSet.Text> fromGit(Path workingDirectory, String side, String source)
      throws BadInputException, CommandFailedException {
    String rest = source.substring(GIT.length());
    int colon = rest.indexOf(':');
    if (colon <= 0) {
      throw new BadInputException(
          side,
          side
              + " "
              + source
              + ": expected git:<ref>:<path>, such as git:main:config/crd/bases or"
              + " git:v1.2.0:deploy/crds.yaml.");
    }
    return fromGit(workingDirectory, side, rest.substring(0, colon), rest.substring(colon + 1));
  }

  /**
   * The YAML and JSON texts at {@code path} (relative to {@code workingDirectory}) in git commit
   * {@code ref}: one file, or every file of a folder.
   */
  public static List<CrdSet.Text> fromGit(
      Path workingDirectory, String side, String ref, String path)
      throws BadInputException, CommandFailedException {
    String object = ref + ":./" + (path.isEmpty() ? "" : path);
    ExternalCommand.Result type = git(workingDirectory, "cat-file", "-t", object).runForResult();
    if (type.exitCode() != 0) {
      throw new BadInputException(
          side,
          side
              + " git:"
              + ref
              + ":"
              + path
              + ": git cannot read it ("
              + type.output().strip().lines().reduce((a, b) -> b).orElse("")
              + "). Check that "
              + workingDirectory
              + " is in a git repository, that "
              + ref
              + " is a branch, tag or commit there, and that "
              + (path.isEmpty() ? "." : path)
              + " existed at "
              + ref
              + " (the path is relative to the current folder).");
    }
    List<CrdSet.Text> texts = new ArrayList<>();
    if (type.output().strip().equals("blob")) {
      texts.add(new CrdSet.Text(ref + ":" + path, git(workingDirectory, "show", object).run(null)));
      return texts;
    }
    String listing =
        git(workingDirectory, "ls-tree", "-r", "--full-tree", "--name-only", "-z", object)
            .run(null);
    List<String> names = new ArrayList<>(List.of(listing.split("\0")));
    names.removeIf(name -> name.isBlank() || !isManifest(Path.of(name.strip())));
    names.sort(null);
    for (String name : names) {
      String file = name.strip();
      String inRef = (path.isEmpty() || path.endsWith("/") ? path : path + "/") + file;
      texts.add(
          new CrdSet.Text(
              ref + ":" + inRef, git(workingDirectory, "show", ref + ":./" + inRef).run(null)));
    }
    return texts;
  }

  private static ExternalCommand git(Path workingDirectory, String... args) {
    List<String> line = new ArrayList<>();
    line.add("git");
    line.addAll(List.of(args));
    return ExternalCommand.of(workingDirectory, line);
  }
}

package dev.opboot.project;

import dev.opboot.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * kubectl, for what op-boot does to a cluster or with kustomize. op-boot leans on it rather than
 * re-implementing server-side apply, kustomize and kubeconfig handling: it is what users already
 * have and trust, and it is what they would run by hand.
 */
public final class Kubectl {
  private final Path executable;
  private final Path workingDirectory;
  private final String kubeconfig;

  private Kubectl(Path executable, Path workingDirectory, String kubeconfig) {
    this.executable = executable;
    this.workingDirectory = workingDirectory;
    this.kubeconfig = kubeconfig;
  }

  /**
   * kubectl from PATH, talking to the cluster of {@code kubeconfigOption} (or KUBECONFIG, or
   * ~/.kube/config). {@code forWhat} says in the error what it was needed for.
   */
  public static Kubectl find(Path workingDirectory, String kubeconfigOption, String forWhat)
      throws CommandFailedException, BadInputException {
    String kubeconfig = kubeconfig(workingDirectory, kubeconfigOption);
    Path kubectl =
        ExternalCommand.onPath("kubectl")
            .orElseThrow(
                () ->
                    new CommandFailedException(
                        "kubectl was not found on PATH; op-boot uses it to "
                            + forWhat
                            + ". Install kubectl"
                            + " (https://kubernetes.io/docs/tasks/tools/) and put it on PATH."));
    return new Kubectl(kubectl, workingDirectory, kubeconfig);
  }

  /**
   * The kubectl at {@code executable}, with the default kubeconfig: for kustomize, which needs no
   * cluster.
   */
  static Kubectl at(Path executable, Path workingDirectory) {
    return new Kubectl(executable, workingDirectory, null);
  }

  /** The file --kubeconfig names, checked, or {@code null} when it is not given. */
  public static String kubeconfig(Path workingDirectory, String kubeconfigOption)
      throws BadInputException {
    if (kubeconfigOption == null) {
      return null;
    }
    Path file = workingDirectory.resolve(kubeconfigOption);
    if (kubeconfigOption.isBlank() || !Files.isRegularFile(file)) {
      throw new BadInputException(
          "--kubeconfig",
          "--kubeconfig "
              + file
              + (Files.isDirectory(file) ? " is a folder" : " does not exist")
              + ": pass a kubeconfig file, or leave --kubeconfig out to use KUBECONFIG or"
              + " ~/.kube/config.");
    }
    return file.toString();
  }

  /** A kubectl command line with the kubeconfig op-boot was told to use. */
  public ExternalCommand command(String... args) {
    List<String> line = new ArrayList<>();
    line.add(executable.toString());
    if (kubeconfig != null) {
      line.add("--kubeconfig=" + kubeconfig);
    }
    line.addAll(List.of(args));
    return ExternalCommand.of(workingDirectory, line);
  }

  /** The kubeconfig file(s) kubectl reads, as a user would name them. */
  public String kubeconfigShown() {
    if (kubeconfig != null) {
      return kubeconfig;
    }
    String env = System.getenv("KUBECONFIG");
    if (env != null && !env.isBlank()) {
      return env + " (from KUBECONFIG)";
    }
    return Path.of(System.getProperty("user.home"), ".kube", "config") + " (the default)";
  }

  /**
   * Fails unless the cluster answers, naming the kubeconfig, context and server it tried: the first
   * thing a user needs to know when "nothing happens".
   */
  public String checkReachable() throws CommandFailedException {
    ExternalCommand.Result context = command("config", "current-context").runForResult();
    if (context.exitCode() != 0) {
      throw new CommandFailedException(
          "no cluster to talk to: kubeconfig "
              + kubeconfigShown()
              + " has no current context (kubectl: "
              + context.lastLine()
              + "). Pass --kubeconfig, set KUBECONFIG,"
              + " or select a context with 'kubectl config use-context'.");
    }
    String name = context.output().strip();
    ExternalCommand.Result server =
        command("config", "view", "--minify", "-o", "jsonpath={.clusters[0].cluster.server}")
            .runForResult();
    String where =
        "context '"
            + name
            + "' of kubeconfig "
            + kubeconfigShown()
            + (server.exitCode() == 0 ? ", server " + server.output().strip() : "");
    ExternalCommand.Result version =
        command("version", "-o", "json", "--request-timeout=15s").runForResult();
    if (version.exitCode() != 0) {
      throw new CommandFailedException(
          "the cluster could not be reached ("
              + where
              + "): "
              + version.lastLine()
              + ". Start the cluster or pass --kubeconfig for another one.");
    }
    return where;
  }
}

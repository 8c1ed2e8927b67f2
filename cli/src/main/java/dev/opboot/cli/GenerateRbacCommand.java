package dev.opboot.cli;


import dev.opboot.core.files.OutputException;
import dev.opboot.core.names.KubernetesNames;
import dev.opboot.generate.GeneratorException;
import dev.opboot.generate.rbac.RbacGenerator;
import dev.opboot.core.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code op-boot generate rbac}: the manager's role from the reconcilers, their dependents, the
 * informers the code declares and {@code @RbacRule}s, as {@code controller-gen rbac} makes it from
 * markers. Computed in memory; written (or, with {@code --check}, compared) as one change set.
 */
@Command(
    name = "rbac",
    sortOptions = false,
    header = "Generate the operator's role from its reconcilers.",
    description = "Reads the reconcilers in the sources with the JDK's compiler: each one's primary resource"
        + " (with /status and /finalizers), the Kubernetes dependents of its @Workflow and those the code"
        + " creates, the informers the code declares, events, and op-boot's @RbacRule for what the code cannot"
        + " show. Rules are merged and sorted as controller-gen merges them. In an op-boot project:"
        + " src/main/java -> config/rbac/role.yaml, a ClusterRole named manager-role (a Role when an @RbacRule"
        + " names a namespace).",
    footerHeading = "%nExamples:%n",
    footer = {
        "  op-boot generate rbac",
        "  op-boot generate rbac --check",
        "  op-boot generate rbac --source src --classpath \"$(cat cp.txt)\" --output rbac --role-name shop-manager"})
final class GenerateRbacCommand implements Callable<Integer> {
  @Mixin
  HelpOption help;

  @Spec
  CommandSpec spec;

  @Mixin
  GenerateOptions options;




  @Option(names = "--role-name", paramLabel = "NAME", order = 4,
      description = "The role's name (default: " + RbacGenerator.DEFAULT_ROLE_NAME + ", which the scaffold's"
          + " role_binding.yaml binds).")
  String roleName = RbacGenerator.DEFAULT_ROLE_NAME;



  @Override
  public Integer call() throws BadInputException, GeneratorException, OutputException, IOException {
    Optional<String> badName = KubernetesNames.checkDns1123Subdomain(roleName);
    if (badName.isPresent()) {
      throw new BadInputException("--role-name", "--role-name '" + roleName + "' is not a valid role name: "
          + badName.get() + ".");
    }
    GenerateTarget target = options.target(spec, "config/rbac", "reconcilers");
    SortedMap<String, String> files = RbacGenerator.generate(new RbacGenerator.Options(target.sources(), target.classpath(), roleName));

    PrintWriter out = spec.commandLine().getOut();
    if (files.isEmpty()) {
      out.println("No reconcilers (classes implementing JOSDK's Reconciler) and no @RbacRule found under "
          + target.sources() + "; no role written.");
      out.flush();
      return ExitCodes.OK;
    }
    return target.writeOrCheck(out, files, options.check, "op-boot generate rbac");
  }
}

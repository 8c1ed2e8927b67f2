package dev.opboot.cli;

import dev.opboot.generate.compat.ChangeKind;
import dev.opboot.generate.compat.Classification;
import dev.opboot.project.CrdCompatibility;
import dev.opboot.project.CrdDiffRun;
import dev.opboot.project.VerifyServer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code op-boot crd diff OLD NEW}: crdify's compatibility report for Java projects. The work is
 * {@link CrdDiffRun}'s; this class reads the flags and prints the report.
 */
@Command(
    name = "diff",
    sortOptions = false,
    header = "Compare two releases of CRDs and report the changes that break existing objects.",
    description = {
      "Compares each CRD of OLD with the CRD of the same name in NEW, version by version and property"
          + " by property, and classifies each change as breaking (stored objects or existing clients"
          + " stop working), warning or safe, with the reason. Exits 1 when a breaking change is not"
          + " acknowledged in the --allow file (or a --samples object is refused), else 0; 2 on bad input.",
      "",
      "OLD and NEW are each a CRD file (YAML or JSON, any number of documents, a List), a folder of"
          + " them, git:<ref>:<path> (the file or folder at that commit; the path is relative to the"
          + " current folder), or 'cluster': the CRDs installed in the kubeconfig's cluster that the"
          + " other side defines."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  op-boot crd diff git:v1.2.0:config/crd/bases config/crd/bases",
      "  op-boot crd diff cluster config/crd/bases --samples config/samples",
      "  op-boot crd diff old.yaml new.yaml --output json --allow crd-allow.yaml",
      "",
      "An --allow file acknowledges breaking changes, each with its reason:",
      "  - crd: widgets.example.com",
      "    version: v1                # optional",
      "    path: .spec.legacyField    # optional",
      "    kind: property-removed",
      "    reason: never read by the operator since 1.2",
      ""
    })
final class CrdDiffCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The CRDs as released: a file, a folder, git:<ref>:<path> or cluster.")
  String old;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The CRDs to release: a file, a folder, git:<ref>:<path> or cluster.")
  String neu;

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      order = 1,
      description = "text (the default) or json.")
  Format output = Format.text;

  /** What --output takes; picocli refuses anything else, naming the flag and the values. */
  enum Format {
    text,
    json
  }

  @Option(
      names = "--allow",
      paramLabel = "FILE",
      order = 2,
      description =
          "A YAML list of acknowledged breaking changes (crd, kind, reason; optionally version and"
              + " path): they no longer fail the run.")
  String allow;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      order = 3,
      description =
          "Also check the example objects in DIR against NEW's schemas (types, enums, bounds,"
              + " required, patterns, unknown fields; not CEL rules or formats) and list those the"
              + " server would refuse.")
  String samples;

  @Option(
      names = VerifyServer.FLAG,
      order = 4,
      description =
          "Judge the --samples objects on a throw-away kube-apiserver (from KUBEBUILDER_ASSETS or"
              + " the store 'op-boot envtest use' fills) with NEW's CRDs installed, CEL rules and formats"
              + " included, instead of the local validator.")
  boolean verify;

  @Mixin ClusterOptions cluster;

  /** Adds the table of change kinds to the help, so that allow-list writers can find the ids. */
  static void describeKinds(CommandLine diff) {
    List<String> footer =
        new ArrayList<>(Arrays.asList(diff.getCommandSpec().usageMessage().footer()));
    footer.add("Change kinds:");
    for (Classification classification : Classification.values()) {
      StringBuilder line = new StringBuilder("  " + classification.label() + ":");
      for (ChangeKind kind : ChangeKind.values()) {
        if (kind.classification() != classification) {
          continue;
        }
        if (line.length() + kind.id().length() >= 78) {
          footer.add(line.toString());
          line = new StringBuilder("   ");
        }
        line.append(' ').append(kind.id());
      }
      footer.add(line.toString());
    }
    diff.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
  }

  @Override
  public Integer call() throws Exception {
    OpBoot root = (OpBoot) spec.root().userObject();
    CrdCompatibility result =
        CrdDiffRun.run(
            root.workingDirectory(),
            new CrdDiffRun.Request(old, neu, allow, samples, cluster.kubeconfig, verify));
    PrintWriter out = spec.commandLine().getOut();
    out.print(output == Format.json ? result.json() : result.text());
    out.flush();
    return result.failed() ? ExitCodes.FAILURE : ExitCodes.OK;
  }
}

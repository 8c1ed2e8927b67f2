package dev.opboot.project;

import dev.opboot.core.BadInputException;
import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.compat.AllowList;
import dev.opboot.generate.compat.CompatReport;
import dev.opboot.generate.compat.CrdDiff;
import dev.opboot.generate.compat.CrdSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code generate crd --check-compat REF}: the CRDs just generated compared with the released ones,
 * as {@code op-boot crd diff} compares them, so that a pull request that breaks stored objects
 * fails in CI with the report. The released CRDs are read before anything is generated, so a bad
 * REF leaves every file as it was; git stays here, out of the generator (and of the Maven plugin).
 *
 * <p>REF is {@code git:<ref>:<path>} or {@code cluster}, as a side of {@code crd diff}, or a plain
 * git ref, meaning the generator's output folder at that ref.
 */
public final class CompatCheck {
  /** The flag that asks for the check. */
  public static final String FLAG = "--check-compat";

  /** The flag naming its allow list. */
  public static final String ALLOW_FLAG = "--compat-allow";

  private final String ref;
  private final CrdSet released;
  private final AllowList allow;

  private CompatCheck(String ref, CrdSet released, AllowList allow) {
    this.ref = ref;
    this.released = released;
    this.allow = allow;
  }

  /**
   * Reads the released CRDs and the allow list, before generation.
   *
   * @param output the CRD generator's output folder, for a plain ref
   * @param allowFile --compat-allow, or null
   * @param kubeconfig --kubeconfig for {@code cluster}, or null
   */
  public static CompatCheck prepare(
      Path project, String ref, Path output, String allowFile, String kubeconfig)
      throws BadInputException, CommandFailedException {
    List<BadInputException> problems = new ArrayList<>();
    CrdSet released = null;
    AllowList allow = AllowList.none();
    try {
      released = released(project, ref, output, kubeconfig);
    } catch (BadInputException e) {
      problems.add(e);
    }
    try {
      allow = CrdDiffRun.allowList(project, ALLOW_FLAG, allowFile);
    } catch (BadInputException e) {
      problems.add(e);
    }
    CrdDiffRun.throwAll(problems);
    return new CompatCheck(ref, released, allow);
  }

  private static CrdSet released(Path project, String ref, Path output, String kubeconfig)
      throws BadInputException, CommandFailedException {
    if (ref.isBlank()) {
      throw new BadInputException(
          FLAG, FLAG + " is empty: pass a git ref (such as main or v1.2.0) or git:<ref>:<path>.");
    }
    if (ref.startsWith("git:") || CrdSources.isCluster(ref)) {
      return CrdSources.read(project, FLAG, ref, kubeconfig);
    }
    if (!output.startsWith(project)) {
      throw new BadInputException(
          FLAG,
          FLAG
              + " "
              + ref
              + ": the output folder "
              + output
              + " is outside the project, so it has no path at a git ref; pass git:<ref>:<path>.");
    }
    String path = project.relativize(output).toString();
    CrdSet crds = CrdSet.read(FLAG, CrdSources.fromGit(project, FLAG, ref, path));
    if (crds.isEmpty()) {
      throw new BadInputException(
          FLAG,
          FLAG
              + " "
              + ref
              + ": "
              + path
              + " holds no CRD at "
              + ref
              + ": pass the ref of a release that has CRDs, or git:<ref>:<path>.");
    }
    return crds;
  }

  /**
   * The generated CRDs ({@code generated}, whose files lie in {@code shownOutput}) compared with
   * the released ones. A cluster holds every CRD installed: only those generated are compared.
   */
  public CrdCompatibility check(GeneratedFiles generated, String shownOutput)
      throws BadInputException {
    List<CrdSet.Text> texts = new ArrayList<>();
    generated
        .files()
        .forEach((path, text) -> texts.add(new CrdSet.Text(shownOutput + "/" + path, text)));
    CrdSet current = CrdSet.read("generated", texts);
    CrdSet before = CrdSources.isCluster(ref) ? released.onlyThoseOf(current) : released;
    return new CrdCompatibility(
        new CompatReport(CrdDiff.between(before, current), allow), List.of(), false);
  }

  /** The heading of the report. */
  public String heading() {
    return "Compatibility with " + ref + ":";
  }
}

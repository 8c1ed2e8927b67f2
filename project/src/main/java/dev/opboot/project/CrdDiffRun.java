package dev.opboot.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.BadInputException;
import dev.opboot.generate.compat.AllowList;
import dev.opboot.generate.compat.CompatReport;
import dev.opboot.generate.compat.CrdDiff;
import dev.opboot.generate.compat.CrdSet;
import dev.opboot.generate.samples.SampleValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * {@code op-boot crd diff OLD NEW}: both sides read ({@link CrdSources}), compared ({@link
 * CrdDiff}), reviewed against the allow list, and, with {@code --samples}, the example objects
 * checked against NEW. Every bad input of a run (both sides, the allow list, the samples folder) is
 * reported together.
 */
public final class CrdDiffRun {
  /**
   * What the user asked for; {@code null} where a flag was not given.
   *
   * @param old OLD: a file, folder, git:ref:path or cluster
   * @param neu NEW: the same
   * @param allow --allow: the allow-list file
   * @param samples --samples: a folder of example objects
   * @param verify --verify: the samples judged by a throw-away real API server
   * @param kubeconfig --kubeconfig, for cluster
   */
  public record Request(
      String old, String neu, String allow, String samples, String kubeconfig, boolean verify) {
    public Request(String old, String neu, String allow, String samples, String kubeconfig) {
      this(old, neu, allow, samples, kubeconfig, false);
    }
  }

  /** One example object's verdict, and the file it came from. */
  public record Sample(String file, SampleValidator.Verdict verdict) {}

  private CrdDiffRun() {}

  public static CrdCompatibility run(Path workingDirectory, Request request)
      throws BadInputException, CommandFailedException {
    List<BadInputException> problems = new ArrayList<>();
    CrdSet old = side(workingDirectory, "OLD", request.old(), request.kubeconfig(), problems);
    CrdSet neu = side(workingDirectory, "NEW", request.neu(), request.kubeconfig(), problems);
    AllowList allow = AllowList.none();
    try {
      allow = allowList(workingDirectory, "--allow", request.allow());
    } catch (BadInputException e) {
      problems.add(e);
    }
    Path samples = null;
    if (request.samples() != null) {
      samples = workingDirectory.resolve(request.samples()).normalize();
      if (!Files.isDirectory(samples)) {
        problems.add(
            new BadInputException(
                "--samples",
                "--samples "
                    + samples
                    + (Files.exists(samples) ? " is a file" : " does not exist")
                    + ": pass a folder of example objects (YAML or JSON), such as config/samples."));
      }
    }
    if (request.verify() && request.samples() == null) {
      problems.add(
          new BadInputException(
              VerifyServer.FLAG,
              VerifyServer.FLAG
                  + " judges the --samples objects on a real API server: add --samples DIR, or"
                  + " leave "
                  + VerifyServer.FLAG
                  + " out."));
    }
    throwAll(problems);
    if (CrdSources.isCluster(request.old())) {
      old = old.onlyThoseOf(neu);
    }
    if (CrdSources.isCluster(request.neu())) {
      neu = neu.onlyThoseOf(old);
    }
    CompatReport report = new CompatReport(CrdDiff.between(old, neu), allow);
    List<Sample> checked =
        samples == null
            ? List.of()
            : samples(workingDirectory, samples, neu, request.verify() ? System::getenv : null);
    return new CrdCompatibility(report, checked, samples != null);
  }

  /** The allow list in {@code file} (relative to the working folder), or none when not given. */
  public static AllowList allowList(Path workingDirectory, String flag, String file)
      throws BadInputException {
    if (file == null) {
      return AllowList.none();
    }
    Path path = workingDirectory.resolve(file).normalize();
    try {
      return AllowList.parse(flag, file, Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BadInputException(
          flag,
          flag
              + " "
              + path
              + (Files.isDirectory(path)
                  ? " is a folder"
                  : Files.exists(path) ? " cannot be read" : " does not exist")
              + ": pass a YAML list of acknowledged changes, each with crd, kind and reason.");
    }
  }

  /** Throws the problems as one exception naming the first flag, when there are any. */
  static void throwAll(List<BadInputException> problems) throws BadInputException {
    if (!problems.isEmpty()) {
      throw new BadInputException(
          problems.get(0).option(),
          String.join("\n", problems.stream().map(Throwable::getMessage).toList()));
    }
  }

  private static CrdSet side(
      Path workingDirectory,
      String side,
      String source,
      String kubeconfig,
      List<BadInputException> problems)
      throws CommandFailedException {
    try {
      return CrdSources.read(workingDirectory, side, source, kubeconfig);
    } catch (BadInputException e) {
      problems.add(e);
      return new CrdSet(Map.of());
    }
  }

  /**
   * The verdicts on the objects in {@code folder}: the local validator's, or, when {@code env} is
   * given ({@code --verify}), a real API server's, started from the envtest assets {@code env}
   * names.
   */
  private static List<Sample> samples(
      Path workingDirectory, Path folder, CrdSet neu, UnaryOperator<String> env)
      throws BadInputException, CommandFailedException {
    if (env != null) {
      try (VerifyServer server = VerifyServer.start(env)) {
        ServerSamples judge = ServerSamples.install(server, neu);
        return samples(workingDirectory, folder, neu, judge);
      }
    }
    return samples(workingDirectory, folder, neu, (ServerSamples) null);
  }

  private static List<Sample> samples(
      Path workingDirectory, Path folder, CrdSet neu, ServerSamples server)
      throws BadInputException, CommandFailedException {
    SampleValidator validator = new SampleValidator(neu);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).filter(CrdSources::isManifest).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException(
          "--samples", "--samples " + folder + " cannot be read: " + e.getMessage());
    }
    List<Sample> samples = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String shown =
          file.startsWith(workingDirectory)
              ? workingDirectory.relativize(file).toString()
              : file.toString();
      try {
        for (JsonNode object : CrdSet.documents(Files.readString(file, StandardCharsets.UTF_8))) {
          Optional<SampleValidator.Verdict> verdict = validator.check(object);
          if (verdict.isPresent() && server != null) {
            verdict = Optional.of(server.judge(object, validator, verdict.get()));
          }
          verdict.ifPresent(v -> samples.add(new Sample(shown, v)));
        }
      } catch (IOException e) {
        problems.add(
            "--samples: "
                + shown
                + ": not YAML or JSON: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException("--samples", String.join("\n", problems));
    }
    return samples;
  }
}

package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What install.sh installs besides the launcher, in the prefix CI installed into (the launcher
 * {@code $OP_BOOT} is {@code <prefix>/bin/op-boot}): the bash completion script, which completes
 * commands and options, and the man pages, one per command, which man renders.
 */
class InstalledShellIntegrationIT {
  @TempDir Path tmp;

  private Path prefix;

  @BeforeEach
  void installedPrefix() throws Exception {
    String launcher = System.getenv("OP_BOOT");
    Assumptions.assumeTrue(
        launcher != null && !launcher.isBlank(),
        "OP_BOOT is not set: run 'PREFIX=<folder> ./install.sh' and set OP_BOOT=<folder>/bin/op-boot (CI does)");
    prefix = Path.of(launcher).toAbsolutePath().getParent().getParent();
    Assumptions.assumeTrue(
        Files.isRegularFile(prefix.resolve("share/op-boot/op-boot.jar")),
        "OP_BOOT="
            + launcher
            + " is not a launcher install.sh installed (no share/op-boot/op-boot.jar beside it)");
  }

  @Test
  void completionScriptCompletesCommandsAndOptions() throws Exception {
    Path script = prefix.resolve("share/bash-completion/completions/op-boot");
    assertThat(script).isRegularFile();
    assertThat(Files.readString(script)).contains("complete -F _complete_op-boot");

    // Bash calls the completion function with COMP_WORDS and COMP_CWORD set; so does this.
    String driver =
        String.join(
            "\n",
            "source \"$1\"",
            "complete_words() {",
            "  COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()",
            "  _complete_op-boot 2>/dev/null",
            "  echo \"$* => ${COMPREPLY[*]}\"",
            "}",
            "complete_words op-boot cre",
            "complete_words op-boot ''",
            "complete_words op-boot init --do",
            "complete_words op-boot create api --k",
            "complete_words op-boot generate crd --ch",
            "");
    Path driverFile = Files.writeString(tmp.resolve("complete.bash"), driver);
    Processes.Result result =
        Processes.run(
            tmp,
            List.of("bash", "--norc", "--noprofile", driverFile.toString(), script.toString()),
            Map.of(),
            tmp.resolve("complete.log"),
            1);
    assertThat(result.exitCode()).as(result.output()).isZero();
    String commands =
        result
            .output()
            .lines()
            .filter(line -> line.startsWith("op-boot  => "))
            .findFirst()
            .orElse("");
    assertThat(commands.substring(commands.indexOf("=>") + 2).trim().split(" "))
        .as("the commands offered after 'op-boot '")
        .contains("init", "create", "generate", "crd", "version", "help")
        .doesNotContain("generate-completion");
    assertThat(result.output().lines())
        .contains(
            "op-boot cre => create",
            "op-boot init --do => --domain",
            "op-boot create api --k => --kind",
            "op-boot generate crd --ch => --check --check-compat");
  }

  @Test
  void manPagesAreInstalledForEveryCommand() throws Exception {
    Path man1 = prefix.resolve("share/man/man1");
    for (String page :
        List.of(
            "op-boot",
            "op-boot-init",
            "op-boot-create",
            "op-boot-create-api",
            "op-boot-generate",
            "op-boot-generate-crd",
            "op-boot-generate-rbac",
            "op-boot-version")) {
      Path file = man1.resolve(page + ".1");
      assertThat(file).isRegularFile();
      String troff = Files.readString(file, StandardCharsets.UTF_8);
      String title = page.toUpperCase().replace("-", "\\-");
      // No build date in the page: the date field of .TH is empty, so every build writes the same
      // page.
      assertThat(troff)
          .as(page)
          .contains(".TH \"" + title + "\" \"1\" \"\" ")
          .contains(".SH \"NAME\"", ".SH \"SYNOPSIS\"", ".SH \"OPTIONS\"");
    }
    assertThat(Files.readString(man1.resolve("op-boot-init.1")))
        .contains(
            "op-boot-init \\- Create a new operator project.",
            "\\fB\\-\\-domain\\fP=\\fIDOMAIN\\fP");
    assertThat(Files.readString(man1.resolve("op-boot-create-api.1"))).contains("\\-\\-kind");
    assertThat(man1.resolve("op-boot-generate-completion.1")).doesNotExist();
  }

  @Test
  void manRendersTheInstalledPages() throws Exception {
    Optional<Path> man = onPath("man");
    Optional<Path> groff = onPath("groff");
    Assumptions.assumeTrue(
        man.isPresent() || groff.isPresent(),
        "neither man nor groff is installed: 'apt-get install man-db' to render the man pages");
    Map<String, String> env =
        Map.of("MANWIDTH", "100", "MAN_KEEP_FORMATTING", "", "LC_ALL", "C.UTF-8");
    Processes.Result result;
    if (man.isPresent()) {
      // Found by name under <prefix>/share/man, as 'man op-boot-init' finds it once that is on the
      // MANPATH.
      result =
          Processes.run(
              tmp,
              List.of(
                  man.get().toString(),
                  "-M",
                  prefix.resolve("share/man").toString(),
                  "-P",
                  "cat",
                  "op-boot-init"),
              env,
              tmp.resolve("man.log"),
              1);
    } else {
      result =
          Processes.run(
              tmp,
              List.of(
                  groff.get().toString(),
                  "-man",
                  "-Tascii",
                  "-P-cbou",
                  prefix.resolve("share/man/man1/op-boot-init.1").toString()),
              env,
              tmp.resolve("man.log"),
              1);
    }
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output())
        .contains(
            "OP-BOOT-INIT(1)",
            "NAME",
            "op-boot-init - Create a new operator project.",
            "SYNOPSIS",
            "OPTIONS",
            "--domain=DOMAIN",
            "--project-name=NAME");
  }

  private static Optional<Path> onPath(String tool) {
    for (String dir :
        System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}

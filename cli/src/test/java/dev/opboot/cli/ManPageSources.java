package dev.opboot.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time program (run by cli/pom.xml in prepare-package): writes the AsciiDoc source of the man
 * pages, op-boot.adoc and one op-boot-<command>.adoc per visible subcommand, with picocli-codegen's
 * ManPageGenerator, from the same command line users run. The build turns them into troff pages.
 */
public final class ManPageSources {
  private ManPageSources() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ManPageSources <output folder>");
    }
    PrintWriter sink = new PrintWriter(new StringWriter());
    var spec = OpBoot.commandLine(Path.of("").toAbsolutePath(), sink, sink).getCommandSpec();
    int code =
        ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], true, spec);
    if (code != 0) {
      throw new IllegalStateException("ManPageGenerator failed with exit code " + code);
    }
  }
}

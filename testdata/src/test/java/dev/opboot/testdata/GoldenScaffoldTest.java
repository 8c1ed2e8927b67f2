package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.opboot.cli.OpBoot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden scaffold under {@code testdata/scaffold/golden} is exactly what op-boot writes for
 * {@code testdata/scaffold/commands}: any change to the templates shows up here as a diff to
 * review, and {@code testdata/regenerate} accepts it.
 */
class GoldenScaffoldTest {
  @Test
  void goldenScaffoldIsUpToDate() throws Exception {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path project = Files.createDirectories(fs.getPath("/work/guestbook-operator"));
      for (List<String> command : Scenario.goldenScaffold().commands()) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OpBoot.commandLine(project, new PrintWriter(out), new PrintWriter(err))
            .execute(command.toArray(String[]::new));
        assertThat(code).as("op-boot %s failed: %s", String.join(" ", command), err).isZero();
      }

      Map<String, byte[]> actual = Trees.read(project);
      Map<String, byte[]> golden = Trees.read(TestdataDir.goldenScaffold());
      assertThat(Trees.differences(golden, actual))
          .as("testdata/scaffold/golden is stale; review the change and run testdata/regenerate")
          .isEmpty();
      assertThat(actual).hasSizeGreaterThan(30);
    }
  }
}

package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.cli.OpBoot;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code generate docs} on the real operators' APIs, from their sources as their users would run
 * it: every kind and version of their CRDs has its article, every internal link lands, and the page
 * loads nothing from elsewhere.
 */
class RealOperatorsDocsTest {
  @TempDir Path out;

  @ParameterizedTest
  @EnumSource(RealOperator.class)
  void theApiReferenceOfARealOperatorIsWhole(RealOperator operator) throws Exception {
    String classpath =
        operator.classpath().stream()
            .filter(Files::exists) // this module has no classes of its own
            .map(Path::toString)
            .collect(Collectors.joining(File.pathSeparator));
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code =
        OpBoot.commandLine(out, new PrintWriter(stdout), new PrintWriter(stderr))
            .execute(
                "generate",
                "docs",
                "--source",
                operator.sources().toString(),
                "--classpath",
                classpath,
                "--output",
                "docs",
                "--format",
                "both");
    assertThat(code).as(stdout + "\n" + stderr).isZero();

    Document page = Jsoup.parse(Files.readString(out.resolve("docs/api-reference.html")));
    List<String> broken = new ArrayList<>();
    for (Element link : page.select("a[href^=#]")) {
      if (page.getElementById(link.attr("href").substring(1)) == null) {
        broken.add(link.attr("href"));
      }
    }
    assertThat(broken).as("links to nowhere").isEmpty();
    assertThat(page.select("script[src], link, img, iframe")).isEmpty();

    int kinds = 0;
    for (JsonNode crd : operator.crdsByName().values()) {
      String kind = crd.at("/spec/names/kind").asText();
      for (JsonNode version : crd.at("/spec/versions")) {
        String id =
            (kind + "-" + version.path("name").asText() + "-" + crd.at("/spec/group").asText())
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        assertThat(page.getElementById(id)).as("the article of %s", id).isNotNull();
        kinds++;
      }
    }
    assertThat(kinds).isPositive();
    assertThat(Files.readString(out.resolve("docs/api-reference.md"))).contains("### ");
  }
}

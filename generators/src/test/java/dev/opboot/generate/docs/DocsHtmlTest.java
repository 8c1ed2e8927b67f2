package dev.opboot.generate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.opboot.generate.schema.KubernetesTypeRecognizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML page, parsed with jsoup: every internal link lands on an element of the page, every kind
 * and every field of the CRD (but those inside Kubernetes' own types, which link out) is there, and
 * nothing is loaded from elsewhere.
 */
class DocsHtmlTest {
  @ParameterizedTest
  @ValueSource(strings = {"docs/keywords", "crd/cronjob/expected", "crd/kitchensink/expected"})
  void thePageIsWholeAndSelfContained(String folder) throws Exception {
    Path crds = DocsGeneratorTest.TESTDATA.resolve(folder);
    String html =
        DocsGeneratorTest.fromCrd(crds, crds.resolve("none"), "html")
            .files()
            .get("api-reference.html");
    Document page = Jsoup.parse(html);

    List<String> broken = new ArrayList<>();
    for (Element link : page.select("a[href^=#]")) {
      String id = link.attr("href").substring(1);
      if (page.getElementById(id) == null) {
        broken.add(link.outerHtml());
      }
    }
    assertThat(broken).as("links to nowhere").isEmpty();
    assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    assertThat(page.select("script[src], link, img, iframe, object, embed, base")).isEmpty();
    assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(page.select("a[href]").eachAttr("href"))
        .allMatch(
            href ->
                href.startsWith("#")
                    || href.startsWith("https://kubernetes.io/docs/reference/generated/"));
    assertThat(page.getElementById("filter")).isNotNull();

    KubernetesTypeRecognizer builtIns = KubernetesTypeRecognizer.of("1.32");
    YAMLMapper yaml = new YAMLMapper();
    for (Path file : DocsGeneratorTest.yamlFiles(crds)) {
      JsonNode crd = yaml.readTree(file.toFile());
      if (!crd.path("kind").asText().equals("CustomResourceDefinition")) {
        continue;
      }
      String kind = crd.path("spec").path("names").path("kind").asText();
      for (JsonNode version : crd.path("spec").path("versions")) {
        String anchor =
            ReferenceBuilder.slug(
                kind
                    + "-"
                    + version.path("name").asText()
                    + "-"
                    + crd.path("spec").path("group").asText());
        Element article = page.getElementById(anchor);
        assertThat(article).as(anchor).isNotNull();
        assertThat(article.selectFirst("h3").text()).isEqualTo(kind);
        List<String> missing = new ArrayList<>();
        fields(version.path("schema").path("openAPIV3Schema"), article, builtIns, missing, "");
        assertThat(missing).as("fields missing from %s", anchor).isEmpty();
      }
    }
  }

  /** Collects the fields of {@code schema} and below that {@code article} does not show. */
  private static void fields(
      JsonNode schema,
      Element article,
      KubernetesTypeRecognizer builtIns,
      List<String> missing,
      String path) {
    for (var property : schema.path("properties").properties()) {
      String name = property.getKey();
      boolean shown =
          article.select("td > code").stream().anyMatch(code -> code.text().equals(name));
      if (!shown) {
        missing.add(path + "." + name);
      }
      if (path.isEmpty() && name.equals("metadata")) {
        continue;
      }
      descend(property.getValue(), article, builtIns, missing, path + "." + name);
    }
  }

  private static void descend(
      JsonNode schema,
      Element article,
      KubernetesTypeRecognizer builtIns,
      List<String> missing,
      String path) {
    if (schema.path("properties").size() > 0) {
      if (builtIns.recognise(schema).isEmpty()) {
        fields(schema, article, builtIns, missing, path);
      }
    } else if (schema.path("items").isObject()) {
      descend(schema.path("items"), article, builtIns, missing, path + "[*]");
    } else if (schema.path("additionalProperties").isObject()) {
      descend(schema.path("additionalProperties"), article, builtIns, missing, path + ".*");
    }
  }
}

package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The golden API references ({@code generate docs --format html}) as a person sees them: rendered
 * by headless Chromium, offline from a file. The page's own layout is checked in the rendered DOM
 * (each kind's heading laid out and visible, the filter box hiding the kinds that do not match),
 * and a screenshot, kept under {@code target/docs/} for review, must not be blank.
 */
class DocsPageInChromiumTest {
  /** Appended to a copy of the page: writes what the browser laid out into the DOM it dumps. */
  private static final String PROBE =
      """
      <script>
      (function () {
        function visible(e) { var r = e.getBoundingClientRect(); return e.offsetParent !== null && r.width > 0 && r.height > 0; }
        var shown = [];
        document.querySelectorAll('article.kind h3').forEach(function (h) { if (visible(h)) shown.push(h.textContent); });
        var filter = document.getElementById('filter');
        filter.value = '%s';
        filter.dispatchEvent(new Event('input'));
        var filtered = [];
        document.querySelectorAll('article.kind').forEach(function (a) { if (visible(a.querySelector('h3'))) filtered.push(a.id); });
        var out = document.createElement('pre');
        out.id = 'probe';
        out.textContent = 'shown=' + shown.join(',') + '\\nfiltered=' + filtered.join(',');
        document.body.appendChild(out);
      })();
      </script>
      """;

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({
    "scaffold/golden/docs/api-reference.html, Guestbook;Memcached, memcached,"
        + " memcached-v1alpha1-cache-example-com",
    "docs/cronjob/api-reference.html, CronJob, schedule, cronjob-v1-batch-tutorial-kubebuilder-io"
  })
  void theReferenceRendersAndFilters(String page, String kinds, String filter, String kept)
      throws Exception {
    Path chromium = chromium();
    Path html = TestdataDir.path().resolve(page);
    String probed = Files.readString(html).replace("</body>", PROBE.formatted(filter) + "</body>");
    Path copy = Files.writeString(tmp.resolve("page.html"), probed);

    String dom = run(chromium, "--dump-dom", copy).output();
    String probe = dom.substring(dom.indexOf("<pre id=\"probe\">"));
    String shown = probe.substring(probe.indexOf("shown=") + 6, probe.indexOf('\n'));
    for (String kind : kinds.split(";")) {
      assertThat(shown.split(",")).as("kinds laid out and visible").contains(kind);
    }
    String filtered = probe.substring(probe.indexOf("filtered=") + 9, probe.indexOf("</pre>"));
    assertThat(filtered.strip()).as("kinds left by the filter '%s'", filter).isEqualTo(kept);

    Path png =
        Files.createDirectories(TestdataDir.path().resolve("target/docs"))
            .resolve(page.replace('/', '-').replace(".html", ".png"));
    Files.deleteIfExists(png);
    run(chromium, "--screenshot=" + png, html);
    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    Set<Integer> colours = new HashSet<>();
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (grey < 128) {
          dark++;
        }
      }
    }
    long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
    assertThat(colours.size()).as("colours in %s", png).isGreaterThan(8);
    assertThat(dark * 1000 / sampled)
        .as("per mille of dark (text) pixels in %s", png)
        .isGreaterThan(5);
  }

  private Processes.Result run(Path chromium, String action, Path page) throws Exception {
    Path profile = Files.createTempDirectory(tmp, "profile");
    List<String> command =
        List.of(
            chromium.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--user-data-dir=" + profile,
            "--window-size=1280,900",
            "--virtual-time-budget=2000",
            action,
            page.toUri().toString());
    Path log = tmp.resolve("chromium-" + action.replaceAll("\\W", "") + ".log");
    Path out = tmp.resolve("chromium.out");
    Process process =
        Processes.builder(tmp, command, Map.of())
            .redirectOutput(out.toFile())
            .redirectError(log.toFile())
            .start();
    process.getOutputStream().close();
    if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in 2 minutes; see " + log);
    }
    assertThat(process.exitValue())
        .as("chromium's exit code; its log:\n%s", Files.readString(log))
        .isZero();
    return new Processes.Result(0, Files.readString(out));
  }

  /** Debian's chromium, or the one {@code CHROMIUM} names. */
  private static Path chromium() {
    String configured = System.getenv("CHROMIUM");
    Path chromium =
        Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
    assumeTrue(
        Files.isExecutable(chromium),
        "no Chromium at "
            + chromium
            + ": install Debian's (apt-get install chromium) or set CHROMIUM to a Chromium or"
            + " Chrome binary; .ci/run installs it");
    return chromium;
  }
}

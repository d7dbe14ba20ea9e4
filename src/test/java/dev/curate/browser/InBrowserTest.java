package dev.curate.browser;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.cli.CliRunner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's pictures as a reader sees them: a real Chromium (Debian's {@code chromium}, headless)
 * loads the preview page that {@code curate preview --no-open} writes for the stand-in's November
 * 2018 (fetch, rank, draft through the real command line; the star histories' shape is named in
 * {@code cli.StarChartsEndToEndTest}) and each chart's golden file, and the test asks the browser
 * what it did: console errors, requests, images, headings, pixels.
 *
 * <p>Without chromium the test is skipped, saying so; under {@code CI=true} it fails instead, since
 * {@code .ci/run} installs chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InBrowserTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WIDTH = 1000;

  /** StarChart's colours: the bars' blue, the running total's red. */
  private static final int BARS = 0x4e79a7;

  private static final int LINE = 0xe15759;

  @TempDir static Path workspace;
  @TempDir static Path profile;

  private Chromium browser;
  private Path page;
  private JsonNode shortlist;

  @BeforeAll
  void startTheBrowserAndWriteThePreview() throws Exception {
    Path executable =
        Chromium.find()
            .orElseGet(
                () -> {
                  if ("true".equals(System.getenv("CI"))) {
                    Assertions.fail(
                        "chromium is not installed, and CI must run the browser test: .ci/run"
                            + " installs it (apt-get install chromium)");
                  }
                  Assumptions.abort(
                      "chromium is not installed: the browser test is skipped (apt-get install"
                          + " chromium to run it)");
                  return null;
                });
    CliRunner cli =
        CliRunner.againstStandIn(api.baseUrl(), workspace)
            .env("GH_TOKEN", "ghp_InBrowserTest0000000000000000000000");
    for (String[] step :
        List.of(
            // The star charts of the month's new repositories: GH Archive's events are not tested
            // here.
            new String[] {"fetch", "--month", "2018-11", "--github-source", "search"},
            new String[] {"rank", "--json"},
            new String[] {"draft"},
            new String[] {"preview", "--no-open"})) {
      CliRunner.Result result = cli.run(step);
      assertThat(result.exitCode()).as(String.join(" ", step) + ": " + result.err()).isZero();
      if (step[0].equals("rank")) {
        shortlist = JSON.readTree(result.out());
      }
      if (step[0].equals("preview")) {
        page = Path.of(result.out().strip());
      }
    }
    browser = Chromium.start(executable, profile);
    DevTools tab = browser.page();
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      tab.call(domain + ".enable");
    }
    tab.call(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", WIDTH, "height", 800, "deviceScaleFactor", 1, "mobile", false));
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void thePreviewLoadsWithoutAConsoleErrorAndWithoutASingleRequest() {
    browser.load(page);
    browser.evaluate("new Promise(r => setTimeout(r, 500))"); // late requests, late errors

    List<String> errors = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    for (JsonNode e : browser.page().events()) {
      JsonNode p = e.get("params");
      switch (e.get("method").asText()) {
        case "Runtime.exceptionThrown" -> errors.add(p.get("exceptionDetails").toString());
        case "Runtime.consoleAPICalled" -> {
          if (List.of("error", "assert").contains(p.get("type").asText())) {
            errors.add(p.get("args").toString());
          }
        }
        case "Log.entryAdded" -> {
          if ("error".equals(p.get("entry").get("level").asText())) {
            errors.add(p.get("entry").get("text").asText());
          }
        }
        case "Network.requestWillBeSent" -> requests.add(p.get("request").get("url").asText());
        default -> {}
      }
    }
    assertThat(errors).isEmpty();
    // The page itself, and nothing else: the charts are in it, the remote images are links.
    assertThat(requests.stream().filter(url -> !url.startsWith("data:")))
        .containsExactly(page.toUri().toString());
  }

  @Test
  void everyChartLoadsAndTheTitleAndEveryEntryHeadingArePresent() {
    browser.load(page);

    JsonNode images =
        browser.evaluate(
            "Promise.all([...document.images].map(i => i.decode().then(() => i, () => i)))"
                + ".then(all => all.map(i => ({src: i.src.slice(0, 26), alt: i.alt,"
                + " complete: i.complete, width: i.naturalWidth, height: i.naturalHeight})))");
    assertThat(images).hasSize(shortlist.get("repos").size());
    for (JsonNode image : images) {
      assertThat(image.get("src").asText()).isEqualTo("data:image/svg+xml;base64,");
      assertThat(image.get("complete").asBoolean()).as(image.toString()).isTrue();
      assertThat(image.get("width").asInt()).as(image.toString()).isEqualTo(600);
      assertThat(image.get("height").asInt()).as(image.toString()).isEqualTo(260);
      assertThat(image.get("alt").asText()).startsWith("Stars per day of ");
    }

    String title = "Best Machine Learning GitHub Repositories & Reddit Discussions (November 2018)";
    assertThat(browser.evaluate("document.title").asText()).isEqualTo(title);
    assertThat(browser.evaluate("document.querySelector('h1').textContent").asText())
        .isEqualTo(title);
    List<String> entries = new ArrayList<>();
    shortlist.get("repos").forEach(r -> entries.add(r.get("fullName").asText()));
    shortlist.get("threads").forEach(t -> entries.add(t.get("title").asText()));
    JsonNode headings =
        browser.evaluate("[...document.querySelectorAll('h3')].map(h => h.textContent)");
    List<String> shown = new ArrayList<>();
    headings.forEach(h -> shown.add(h.asText()));
    assertThat(shown).containsExactlyElementsOf(entries);
    assertThat(browser.evaluate("document.querySelectorAll('aside.note.editor').length").asInt())
        .isGreaterThan(entries.size());
  }

  @Test
  void thePreviewIsDrawnNotBlank() throws IOException {
    browser.load(page);
    int height = Math.min(4000, browser.evaluate("document.documentElement.scrollHeight").asInt());

    BufferedImage shot = browser.screenshot(WIDTH, height);

    assertThat(shot.getWidth()).isEqualTo(WIDTH);
    Pixels pixels = Pixels.of(shot);
    assertThat(pixels.distinctColours()).isGreaterThan(100);
    assertThat(pixels.share(0xffffff, 0)).isLessThan(0.9);
    assertThat(pixels.share(BARS, 8)).isGreaterThan(0.001); // the charts' bars
  }

  @Test
  void eachChartGoldenFileIsDrawnAtItsSizeWithItsBarsAndLine() throws Exception {
    List<Path> goldens = new ArrayList<>(chartGoldens());
    goldens.add(Path.of("docs", "images", "star-chart-example.svg").toAbsolutePath());
    for (Path golden : goldens) {
      browser.load(golden);

      JsonNode size =
          browser.evaluate(
              "(() => { const r = document.documentElement.getBoundingClientRect();"
                  + " return [document.documentElement.localName, r.width, r.height]; })()");
      assertThat(size.get(0).asText()).as(golden.toString()).isEqualTo("svg");
      assertThat(size.get(1).asDouble()).as(golden.toString()).isEqualTo(600.0);
      assertThat(size.get(2).asDouble()).as(golden.toString()).isEqualTo(260.0);
      Pixels pixels = Pixels.of(browser.screenshot(600, 260));
      assertThat(pixels.share(0xffffff, 0)).as(golden.toString()).isLessThan(0.97);
      assertThat(pixels.share(BARS, 8)).as(golden.toString()).isGreaterThan(0.005);
      assertThat(pixels.share(LINE, 24)).as(golden.toString()).isGreaterThan(0.001);
    }
  }

  private static List<Path> chartGoldens() throws IOException, URISyntaxException {
    Path folder = Path.of(InBrowserTest.class.getResource("/golden").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> svgs = files.filter(f -> f.toString().endsWith(".svg")).sorted().toList();
      assertThat(svgs).isNotEmpty();
      return svgs;
    }
  }
}

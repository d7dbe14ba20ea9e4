package dev.curate.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's "done when", through the real command line against the stand-in: {@code draft} writes
 * a star chart beside the draft for each shortlisted repository whose month was measured day by
 * day, and links it; {@code preview --no-open} writes the page.
 *
 * <p>The days come from the stand-in's star history ({@code
 * src/test/resources/stand-in/mappings/github-stars.json}): weeks of {@code GET
 * /repos/{owner}/{repo}/stargazers/history} newest first, {@code {"week", "total", "days"}}, as
 * GitHub's REST reference gives the endpoint (docs.github.com/rest/activity/starring, API version
 * 2026-03-10), paged with the {@code Link} header in the shape hub4j/github-api recorded for a
 * stargazer list ({@code
 * src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/listStargazers/mappings/7-r_h_g_stargazers.json}).
 */
class StarChartsEndToEndTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  /** The README's example chart, kept true by {@link #theReadmeShowsTheChartDraftWrites}. */
  static final Path README_EXAMPLE = Path.of("docs", "images", "star-chart-example.svg");

  private static final List<String> CHARTS =
      List.of(
          "1991viet-QuickDraw.svg",
          "CSAILVision-gandissect.svg",
          "NVIDIA-waveglow.svg",
          "hanxiao-bert-as-service.svg",
          "openai-spinningup.svg");

  @TempDir Path workspace;

  private CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("GH_TOKEN", "ghp_StarChartsEndToEnd00000000000000000");
  }

  private void fetchAndRank(String... rankArgs) {
    CliRunner.Result fetch = cli().run("fetch", "--month", "2018-11", "--github-source", "search");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    String[] args = Stream.concat(Stream.of("rank"), Stream.of(rankArgs)).toArray(String[]::new);
    CliRunner.Result rank = cli().run(args);
    assertThat(rank.exitCode()).as(rank.err()).isZero();
  }

  @Test
  void draftWritesAChartBesideItForEachRepositoryMeasuredDayByDayAndLinksIt() throws IOException {
    fetchAndRank();

    CliRunner.Result draft = cli().run("draft");

    assertThat(draft.exitCode()).as(draft.err()).isZero();
    Path written = workspace.resolve("drafts").resolve("2018-11.md");
    assertThat(draft.out().strip()).isEqualTo(written.toString());
    assertThat(draft.err())
        .contains("Wrote 5 star charts into " + workspace.resolve("drafts").resolve("2018-11"));
    Path folder = workspace.resolve("drafts").resolve("2018-11");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactlyElementsOf(CHARTS);
    }
    String markdown = Files.readString(written);
    for (String chart : CHARTS) {
      assertThat(markdown).contains("](2018-11/" + chart + ")");
    }
    // Under the repository's facts, whose stars gained it draws.
    assertThat(markdown)
        .containsSubsequence(
            "### [NVIDIA/waveglow](https://github.com/NVIDIA/waveglow)",
            "+600 stars in November 2018",
            "![Stars per day of NVIDIA/waveglow in November 2018](2018-11/NVIDIA-waveglow.svg)",
            "[repository](https://github.com/NVIDIA/waveglow)");
    String waveglow = Files.readString(folder.resolve("NVIDIA-waveglow.svg"));
    assertThat(waveglow)
        .contains(
            "<title id=\"star-chart-NVIDIA_waveglow-title\">NVIDIA/waveglow: stars per day,"
                + " November 2018</title>",
            "+600 stars in November 2018; the most on day 1: 20.");
    // 20 stars on each of the 30 days (the stand-in's series): 30 bars of the same height.
    assertThat(bars(waveglow)).hasSize(30).allMatch(h -> h.equals(bars(waveglow).get(0)));
  }

  @Test
  void theReadmeShowsTheChartDraftWrites() throws IOException {
    fetchAndRank();
    assertThat(cli().run("draft").exitCode()).isZero();

    String written =
        Files.readString(
            workspace.resolve("drafts/2018-11/hanxiao-bert-as-service.svg"),
            StandardCharsets.UTF_8);
    Path actual = Path.of("target", "golden-actual", "star-chart-example.svg");
    Files.createDirectories(actual.getParent());
    Files.writeString(actual, written, StandardCharsets.UTF_8);
    assertThat(README_EXAMPLE)
        .as(
            "docs/images/star-chart-example.svg is what curate draws for the stand-in's"
                + " hanxiao/bert-as-service; after a deliberate change copy "
                + actual
                + " over it")
        .hasContent(written);
    assertThat(Files.readString(Path.of("README.md"))).contains("](" + README_EXAMPLE + ")");
  }

  @Test
  void aRepositoryWithoutADailyHistoryGetsNoChartAndNoImageLine() throws IOException {
    // Eight places: the stand-in's repositories without a star history (404) come on the list
    // with their stars gained unknown.
    fetchAndRank("--repos", "8", "--no-diversity");

    assertThat(cli().run("draft").exitCode()).isZero();

    String markdown = Files.readString(workspace.resolve("drafts/2018-11.md"));
    List<String> headings = markdown.lines().filter(l -> l.startsWith("### [")).toList();
    List<String> images =
        markdown.lines().filter(l -> l.startsWith("![Stars per day of ")).toList();
    assertThat(headings.size()).isGreaterThan(CHARTS.size() + 1);
    assertThat(images).hasSize(CHARTS.size());
    try (Stream<Path> files = Files.list(workspace.resolve("drafts/2018-11"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactlyElementsOf(CHARTS);
    }
  }

  @Test
  void aDraftPrintedToStdoutNeitherWritesNorLinksCharts() {
    fetchAndRank();

    CliRunner.Result draft = cli().run("draft", "--output", "-");

    assertThat(draft.exitCode()).as(draft.err()).isZero();
    assertThat(draft.out()).contains("### [NVIDIA/waveglow]").doesNotContain(".svg)");
    assertThat(workspace.resolve("drafts")).doesNotExist();
  }

  @Test
  void aDraftWrittenElsewhereHasItsChartsBesideIt(@TempDir Path elsewhere) throws IOException {
    fetchAndRank();
    Path target = elsewhere.resolve("november issue.md");

    CliRunner.Result draft = cli().run("draft", "--output", target.toString());

    assertThat(draft.exitCode()).as(draft.err()).isZero();
    assertThat(elsewhere.resolve("november issue").resolve("NVIDIA-waveglow.svg")).isRegularFile();
    assertThat(Files.readString(target)).contains("](november%20issue/NVIDIA-waveglow.svg)");
  }

  @Test
  void previewWithoutOpeningWritesTheSelfContainedPageAndPrintsItsPath() throws IOException {
    fetchAndRank();
    assertThat(cli().run("draft").exitCode()).isZero();

    CliRunner.Result preview = cli().run("preview", "--no-open");

    assertThat(preview.exitCode()).as(preview.err()).isZero();
    Path page = workspace.resolve("preview").resolve("2018-11.html");
    assertThat(preview.out().strip()).isEqualTo(page.toString());
    assertThat(preview.err()).doesNotContain("not opened");
    String html = Files.readString(page);
    assertThat(count(html, "<img src=\"data:image/svg+xml;base64,")).isEqualTo(CHARTS.size());
    assertThat(html)
        .contains(
            "<title>Best Machine Learning GitHub Repositories &amp; Reddit Discussions (November"
                + " 2018)</title>",
            "<aside class=\"note editor\">",
            "Image, not loaded in the preview: <a href=\"https://opengraph.githubassets.com/")
        .doesNotContain("src=\"http", "<script", "curate-draft sha256");
  }

  @Test
  void previewWithoutADesktopSaysItWasNotOpenedAndStillSucceeds() {
    fetchAndRank();
    assertThat(cli().run("draft").exitCode()).isZero();

    CliRunner.Result preview = cli().run("preview");

    assertThat(preview.exitCode()).as(preview.err()).isZero();
    Path page = workspace.resolve("preview/2018-11.html");
    assertThat(preview.out().strip()).isEqualTo(page.toString());
    assertThat(preview.err())
        .contains(
            "The preview was not opened: no desktop session (neither DISPLAY nor WAYLAND_DISPLAY is"
                + " set); open "
                + page
                + " in a browser");
  }

  @Test
  void previewOnADesktopOpensThePageWithTheDesktopsOpener(@TempDir Path bin) throws IOException {
    Path asked = bin.resolve("asked");
    Path xdgOpen = bin.resolve("xdg-open");
    Files.writeString(xdgOpen, "#!/bin/sh\nprintf '%s' \"$1\" > '" + asked + "'\n");
    Files.setPosixFilePermissions(
        xdgOpen, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    fetchAndRank();
    assertThat(cli().run("draft").exitCode()).isZero();

    CliRunner.Result preview =
        cli().env("DISPLAY", ":0").env("PATH", bin.toString()).run("preview", "--month", "2018-11");

    assertThat(preview.exitCode()).as(preview.err()).isZero();
    assertThat(asked).hasContent(workspace.resolve("preview/2018-11.html").toString());
    assertThat(preview.err()).contains("Opened the 2018-11 preview in the browser");
  }

  @Test
  void previewBeforeAnyDraftSaysToDraftFirst() {
    fetchAndRank();

    CliRunner.Result preview = cli().run("preview", "--no-open");

    assertThat(preview.exitCode()).isEqualTo(1);
    assertThat(preview.err().strip())
        .isEqualTo(
            "curate: no draft of 2018-11 at "
                + workspace.resolve("drafts/2018-11.md")
                + " yet: run 'curate draft --month 2018-11' first");
    assertThat(workspace.resolve("preview")).doesNotExist();
  }

  private static List<String> bars(String svg) {
    Matcher m =
        Pattern.compile(
                "<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height=\"([0-9.]+)\"/>")
            .matcher(svg.substring(svg.indexOf("<g fill=")));
    List<String> heights = new java.util.ArrayList<>();
    while (m.find()) {
      heights.add(m.group(1));
    }
    return heights;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}

package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.model.CalendarMonth;
import dev.curate.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "Side by side": GitHub (with GH Archive's events) and Reddit are read at once, each on
 * a thread of its own, each saved in its own transaction. A slow GitHub does not hold Reddit back,
 * a failing source does not cost the other's save, and every failure has its own line.
 */
class SideBySideFetchTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final CalendarMonth NOVEMBER = CalendarMonth.parse("2018-11");
  private static final Pattern ROW = Pattern.compile("\u001B\\[2K([^\n\u001B]*)\n");

  @TempDir Path workspace;

  private CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("CURATE_CONFIG_DIR", workspace.resolve("no-config").toString())
        .env("GH_TOKEN", "ghp_SideBySideTestToken1234567890abcdef")
        .env("COLUMNS", "100");
  }

  @Test
  void aSlowGitHubDoesNotDelayReddit() {
    // The second search answers after 3 s: GitHub is still reading when Reddit is done.
    api.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .atPriority(0)
            .withQueryParam("q", containing("topic:deep-learning"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withFixedDelay(3_000)
                    .withBodyFile("github-search-deep-learning-p1.json")
                    .withHeader("Content-Type", "application/json; charset=utf-8")));

    CliRunner.Result r = cli().run("fetch", "--month", "2018-11");

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.err().lines().toList();
    int github = indexOf(lines, "saving github:");
    assertThat(indexOf(lines, "saving reddit:MachineLearning:")).isNotNegative().isLessThan(github);
    assertThat(indexOf(lines, "saving reddit:datascience:")).isNotNegative().isLessThan(github);
    // Reddit's saves came while GitHub was still reading: before its last search's line.
    assertThat(indexOf(lines, "saving reddit:datascience:"))
        .isLessThan(indexOf(lines, "github: 'neural network in:name,description'"));
    // The summary keeps the sources' order, whatever order they finished in.
    assertThat(r.err())
        .containsSubsequence(
            "\ngithub ", "\nreddit:MachineLearning ", "\nreddit:datascience ", "Fetched 2018-11");
  }

  @Test
  void gitHubRefusingTheTokenCostsRedditNothing() {
    api.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .atPriority(0)
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));

    CliRunner.Result r = cli().run("fetch", "--month", "2018-11");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    assertThat(failureLines(r)).singleElement().asString().contains("GitHub");
    assertThat(r.err()).doesNotContain("saving github:", "Exception");
    // what the store now has, said before the failure's line
    assertThat(r.err())
        .contains(
            "r/MachineLearning 2018-11: 7 posts from the archive, complete",
            "r/datascience 2018-11: 2 posts from the archive, complete");
    assertThat(r.err().indexOf("r/datascience 2018-11: 2 posts"))
        .isLessThan(r.err().indexOf(failureLines(r).get(0)));
    assertThat(r.err()).doesNotContain("github 2018-11:");
    try (Store store = Store.open(workspace)) {
      assertThat(store.repos(NOVEMBER)).isEmpty();
      assertThat(store.threads(NOVEMBER))
          .extracting(t -> t.subreddit())
          .contains("MachineLearning", "datascience");
    }
  }

  @Test
  void redditDownKeepsGitHubsSave() {
    redditDown();

    CliRunner.Result r = cli().run("fetch", "--month", "2018-11");

    assertThat(r.exitCode()).as(r.err()).isNotZero().isNotEqualTo(4);
    assertThat(failureLines(r)).singleElement().asString().containsIgnoringCase("reddit");
    try (Store store = Store.open(workspace)) {
      assertThat(store.repos(NOVEMBER)).isNotEmpty();
      assertThat(store.threads(NOVEMBER)).isEmpty();
    }
  }

  @Test
  void bothFailingIsALineEachAndTheWorstExitCode() {
    api.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .atPriority(0)
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));
    redditDown();

    CliRunner.Result r = cli().run("fetch", "--month", "2018-11");

    // GitHub's refused token (4) must be fixed before a retry can help, whatever Reddit's says.
    assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    assertThat(failureLines(r))
        .satisfiesExactly(
            github -> assertThat(github).contains("GitHub"),
            reddit -> assertThat(reddit).containsIgnoringCase("reddit"));
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void onATerminalEachRowCountsItsOwnSourcesRequests() {
    CliRunner.Result r = cli().stderrTerminal(true).run("fetch", "--month", "2018-11");

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> rows = ROW.matcher(r.err()).results().map(m -> m.group(1)).toList();
    List<String> last = rows.subList(rows.size() - 3, rows.size());
    assertThat(last)
        .extracting(row -> row.substring(0, row.indexOf(' ')))
        .containsExactly("github", "r/MachineLearning", "r/datascience");
    // Requests run on both sources' threads at once; each row counts only its own.
    assertThat(requests(last.get(0), "github"))
        .isEqualTo(summaryRequests(r, "github"))
        .isPositive();
    assertThat(requests(last.get(1), "r/MachineLearning"))
        .isEqualTo(summaryRequests(r, "reddit:MachineLearning"))
        .isPositive();
    assertThat(requests(last.get(2), "r/datascience"))
        .isEqualTo(summaryRequests(r, "reddit:datascience"))
        .isPositive();
  }

  /** The archive, Reddit's listings and its /api/info all answer 503. */
  private static void redditDown() {
    api.stubFor(
        get(urlPathMatching("/(api/posts/.*|api/time_series|api/info.*|r/.*)"))
            .atPriority(0)
            .willReturn(aResponse().withStatus(503).withBody("down for maintenance")));
  }

  private static List<String> failureLines(CliRunner.Result r) {
    return r.err().lines().filter(l -> l.startsWith("curate: ")).toList();
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static int requests(String row, String source) {
    Matcher m = Pattern.compile("^" + Pattern.quote(source) + "\\s+(\\d+) requests?").matcher(row);
    assertThat(m.find()).as(row).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static int summaryRequests(CliRunner.Result r, String key) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s+([\\d,]+) requests").matcher(r.err());
    assertThat(m.find()).as(r.err()).isTrue();
    return Integer.parseInt(m.group(1).replace(",", ""));
  }
}

package dev.curate.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * X1: {@code fetch --dry-run} prints the request plan and touches neither the network nor the
 * workspace.
 */
class FetchDryRunTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  @TempDir Path workspace;
  @TempDir Path configDir;

  private CliRunner cli() throws IOException {
    Path config = configDir.resolve("curate.yaml");
    Files.writeString(
        config,
        """
        github:
          queries: [topic:machine-learning, "deep learning in:name,description"]
          perPage: 100
          maxPagesPerQuery: 3
        reddit:
          subreddits: [MachineLearning, datascience]
          maxPages: 10
        """);
    return new CliRunner()
        .clock(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC))
        .env("CURATE_GITHUB_API_URL", api.baseUrl())
        .env("CURATE_REDDIT_URL", api.baseUrl())
        .env("CURATE_REDDIT_OAUTH_URL", api.baseUrl())
        .env("CURATE_WORKSPACE", workspace.toString())
        .env("CURATE_CONFIG_DIR", configDir.toString());
  }

  @Test
  void dryRunPrintsThePlanAndMakesNoRequestAndNoWrite() throws IOException {
    CliRunner.Result r =
        cli()
            .env("GH_TOKEN", "ghp_DryRunToken000000000000")
            .run(
                "fetch",
                "--month",
                "2018-11",
                "--github-source",
                "search",
                "--reddit-source",
                "api",
                "--dry-run");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(api.getAllServeEvents()).isEmpty();
    assertThat(entries(workspace)).isEmpty();
    assertThat(r.out())
        .contains(
            "GitHub: " + api.baseUrl() + ", token from GH_TOKEN",
            "  GET "
                + api.baseUrl()
                + "/search/repositories?q=topic%3Amachine-learning%20created%3A2018-11-01..2018-11-30"
                + "&sort=stars&order=desc&per_page=100&page={page}\n"
                + "      search 'topic:machine-learning', created in 2018-11: pages 1..3 at most",
            "search 'deep learning in:name,description', created in 2018-11",
            "floor: 2 requests (the fewest that can answer the month); at most 2,048 requests",
            "search: 2 to 378 requests; GitHub allows 30 searches a minute with a token,"
                + " so curate spaces them 2 s apart: 2 s to 12 min 34 s",
            "GET "
                + api.baseUrl()
                + "/r/MachineLearning/top.json?t=all&limit=100&raw_json=1&after={after}",
            "r/MachineLearning: top listing: pages 1..10 at most",
            "GET " + api.baseUrl() + "/r/datascience/top.json?t=all",
            "Reddit's API: 2 to 20 requests; Reddit allows 10 a minute without OAuth:"
                + " 6 s to 1 min 54 s at that rate")
        .doesNotContain("access_token", "ghp_DryRunToken", "/api/posts/search");
  }

  @Test
  void thePlanSaysTheSourcesAreReadSideBySideWhenThereAreTwo() throws IOException {
    String both =
        "are read side by side, each within its own limits: the fetch takes about as long"
            + " as the slower of the two.";
    String[] plan = {"fetch", "--month", "2018-11", "--github-source", "search", "--dry-run"};

    assertThat(cli().run(plan).out())
        .contains("GitHub (with GH Archive's events) and Reddit " + both);
    assertThat(cli().run(append(plan, "--only", "github")).out()).doesNotContain(both);
    assertThat(cli().run(append(plan, "--only", "reddit")).out()).doesNotContain(both);
  }

  private static String[] append(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void dryRunListsWhatTheOldPlanLeftOutTheSplitSearchesAndTheReadmes() throws IOException {
    CliRunner.Result r =
        cli()
            .run(
                "fetch",
                "--month",
                "2018-11",
                "--github-source",
                "search",
                "--only",
                "github",
                "--dry-run");

    assertThat(r.out())
        .contains(
            "GET "
                + api.baseUrl()
                + "/search/repositories?q=topic%3Amachine-learning%20created%3A{range}"
                + "&sort=stars&order=desc&per_page=100&page={page}\n"
                + "      the same search over parts of 2018-11, if the month holds more than GitHub's"
                + " 1,000 results a search: up to 186 requests",
            "GET "
                + api.baseUrl()
                + "/repos/{owner}/{repo}/readme\n"
                + "      READMEs of the most-starred repositories: up to 30 requests",
            "core: 0 to 1,670 requests; GitHub allows 60 an hour without a token");
  }

  @Test
  void dryRunInOAuthModeListsTheTokenRequestAndTheOAuthBudget() throws IOException {
    CliRunner.Result r =
        cli()
            .env("REDDIT_CLIENT_ID", "dry-run-client-id")
            .env("REDDIT_CLIENT_SECRET", "dry-run-client-secret")
            .run(
                "fetch",
                "--month",
                "2018-11",
                "--only",
                "reddit",
                "--reddit-source",
                "api",
                "--dry-run");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(api.getAllServeEvents()).isEmpty();
    assertThat(entries(workspace)).isEmpty();
    assertThat(r.out())
        .contains(
            "Reddit asked through application-only OAuth (REDDIT_CLIENT_ID) via " + api.baseUrl(),
            "  POST "
                + api.baseUrl()
                + "/api/v1/access_token  (body grant_type=client_credentials)\n"
                + "      an application-only OAuth token for Reddit's API, when first needed: 1 request",
            "GET "
                + api.baseUrl()
                + "/r/MachineLearning/top?t=all&limit=100&raw_json=1&after={after}",
            "floor: 3 requests (the fewest that can answer the month); at most 21 requests",
            "Reddit's API: 2 to 20 requests; Reddit allows 100 a minute with OAuth")
        .doesNotContain("GitHub", "dry-run-client-id", "dry-run-client-secret");
  }

  @Test
  void dryRunWithoutTokenUsesTheUnauthenticatedSearchBudget() throws IOException {
    CliRunner.Result r =
        cli()
            .run(
                "fetch",
                "--month",
                "2018-11",
                "--github-source",
                "search",
                "--only",
                "github",
                "--dry-run");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("no token: searches are paced to GitHub's unauthenticated 10 a minute")
        .contains(
            "GitHub allows 10 searches a minute without a token, so curate spaces them 6 s apart:"
                + " 6 s to 37 min 42 s")
        .doesNotContain("Reddit");
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  @Test
  void dryRunOfARecentMonthUsesASmallerWindowAndReadsTheListingBeforeTheArchive()
      throws IOException {
    CliRunner.Result r =
        cli()
            .env("CURATE_REDDIT_ARCHIVE_URL", api.baseUrl())
            .clock(Clock.fixed(Instant.parse("2026-11-03T00:00:00Z"), ZoneOffset.UTC))
            .run("fetch", "--month", "2026-11", "--only", "reddit", "--dry-run");

    String out = r.out();
    assertThat(out)
        .contains(
            "Reddit: threads from the top listings (t=week), then from the archive at "
                + api.baseUrl()
                + " for a subreddit whose listing is cut (auto)",
            "/r/datascience/top.json?t=week",
            "r/datascience: the month's posts from the archive, oldest first: up to 1 page");
    // The listing is read first, and the archive only where it falls short: in that order.
    assertThat(out.indexOf("/r/MachineLearning/top.json"))
        .isLessThan(out.indexOf("/api/posts/search?subreddit=MachineLearning"));
    assertThat(out.indexOf("/api/posts/search?subreddit=MachineLearning"))
        .isLessThan(out.indexOf("/r/datascience/top.json"));
  }

  @Test
  void dryRunOfAnOldMonthShowsTheArchiveChosenByAuto() throws IOException {
    CliRunner.Result r =
        cli()
            .env("CURATE_REDDIT_ARCHIVE_URL", api.baseUrl())
            .run("fetch", "--month", "2018-11", "--only", "reddit", "--dry-run");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(api.getAllServeEvents()).isEmpty();
    String out = r.out();
    assertThat(out)
        .contains(
            "Reddit: threads from the archive at "
                + api.baseUrl()
                + ", figures refreshed from Reddit (auto: the top listings reach back a year at most)",
            "GET "
                + api.baseUrl()
                + "/api/posts/search?subreddit=MachineLearning&after=1541030399"
                + "&before=1543622400&sort=asc&limit=100\n"
                + "      r/MachineLearning: the month's posts from the archive, oldest first: 1 page",
            "/api/posts/search?subreddit=MachineLearning&after={after}&before=1543622400",
            "/api/time_series?key=r%2Fdatascience%2Fposts%2Fcount&precision=month&after=1541030400&before=1543622400",
            "GET "
                + api.baseUrl()
                + "/api/info.json?id={ids}&raw_json=1\n"
                + "      r/MachineLearning: current score and comments of the most promising threads read,"
                + " 100 a request: up to 5 requests",
            "r/MachineLearning: top listing: up to 10 pages",
            "no upper bound: the archive's pages depend on the month's posts");
    // The listing only where the archive fails, after it.
    assertThat(out.indexOf("/api/posts/search?subreddit=MachineLearning"))
        .isLessThan(out.indexOf("/r/MachineLearning/top.json"));
  }

  @Test
  void dryRunWithDumpsNamesThemAndNoArchive() throws IOException {
    Path dump = Files.writeString(Files.createTempFile("ml", ".zst"), "");
    try {
      CliRunner.Result r =
          cli()
              .run(
                  "fetch",
                  "--month",
                  "2018-11",
                  "--only",
                  "reddit",
                  "--reddit-dump",
                  dump.toString(),
                  "--dry-run");
      assertThat(r.out())
          .contains(
              "Reddit: threads from 1 dump, figures refreshed from Reddit",
              "read " + dump,
              "/api/info.json?id={ids}&raw_json=1")
          .doesNotContain("/api/posts/search", "/top.json");
    } finally {
      Files.delete(dump);
    }
  }

  private static java.util.List<Path> entries(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }
}

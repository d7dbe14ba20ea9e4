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
            .run("fetch", "--month", "2018-11", "--reddit-source", "api", "--dry-run");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(api.getAllServeEvents()).isEmpty();
    assertThat(entries(workspace)).isEmpty();
    assertThat(r.out())
        .contains(
            "GET /search/repositories?q=topic%3Amachine-learning%20created%3A2018-11-01..2018-11-30"
                + "&sort=stars&order=desc&per_page=100  (up to 3 pages)")
        .contains("q: deep learning in:name,description created:2018-11-01..2018-11-30")
        .contains("token from GH_TOKEN")
        .contains(
            "at most 6 search requests; GitHub allows 30 searches a minute with a token,"
                + " so curate spaces them 2 s apart: at least 10 s")
        .contains(
            "GET /r/MachineLearning/top.json?t=all&limit=100&raw_json=1  (up to 10 pages, t=all)")
        .contains("GET /r/datascience/top.json?t=all")
        .contains(
            "at most 20 requests; Reddit allows 10 a minute without OAuth: at least 1 min 54 s")
        .doesNotContain("access_token", "ghp_DryRunToken");
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
            "POST "
                + api.baseUrl()
                + "/api/v1/access_token  (grant_type=client_credentials; 1 request)")
        .contains("GET /r/MachineLearning/top?t=all&limit=100&raw_json=1")
        .contains("at most 21 requests; Reddit allows 100 a minute with OAuth")
        .doesNotContain("GitHub", "dry-run-client-id", "dry-run-client-secret");
  }

  @Test
  void dryRunWithoutTokenUsesTheUnauthenticatedSearchBudget() throws IOException {
    CliRunner.Result r = cli().run("fetch", "--month", "2018-11", "--only", "github", "--dry-run");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("no token (unauthenticated)")
        .contains(
            "GitHub allows 10 searches a minute without a token, so curate spaces them 6 s apart: at least 30 s")
        .doesNotContain("Reddit");
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  @Test
  void dryRunOfARecentMonthUsesASmallerWindow() throws IOException {
    CliRunner.Result r =
        cli()
            .clock(Clock.fixed(Instant.parse("2026-11-03T00:00:00Z"), ZoneOffset.UTC))
            .run("fetch", "--month", "2026-11", "--only", "reddit", "--dry-run");
    assertThat(r.out()).contains("/r/datascience/top.json?t=week");
  }

  @Test
  void dryRunOfAnOldMonthShowsTheArchiveChosenByAuto() throws IOException {
    CliRunner.Result r =
        cli()
            .env("CURATE_REDDIT_ARCHIVE_URL", api.baseUrl())
            .run("fetch", "--month", "2018-11", "--only", "reddit", "--dry-run");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(api.getAllServeEvents()).isEmpty();
    assertThat(r.out())
        .contains("Reddit source: archive (auto: the month is older than a year")
        .contains(
            "GET "
                + api.baseUrl()
                + "/api/posts/search?subreddit=MachineLearning&after=1541030399"
                + "&before=1543622400&sort=asc&limit=100")
        .contains(
            "/api/time_series?key=r%2Fdatascience%2Fposts%2Fcount&precision=month&after=1541030400&before=1543622400")
        .contains("GET /api/info.json?id=t3_...&raw_json=1  (up to 10 requests")
        .doesNotContain("/top.json");
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
          .contains("Reddit source: dump (--reddit-dump)", "read " + dump)
          .doesNotContain("/api/posts/search");
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

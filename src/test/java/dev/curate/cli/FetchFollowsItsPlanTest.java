package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.model.CalendarMonth;
import dev.curate.plan.SourcePlan;
import dev.curate.testing.PlanCheck;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fetch sends only what its sources plan, in the plan's order and within its bounds: the plan
 * {@code fetch --dry-run} prints, taken as data from the sources the same command line builds, is
 * held against every request the stand-in received ({@link PlanCheck}; retries and token refreshes
 * aside). One test per network source and way of reading, against the stand-in
 * (src/test/resources/stand-in) with a few stubs that force the branches: a search whose month is
 * split, a listing cut short.
 *
 * <p>Answers keep the real shapes of the stand-in: GitHub's search page and headers as in
 * hub4j/github-api's recording {@code
 * src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/searchRepositories/mappings/2-search_repositories.json}
 * (whose {@code Link: rel="next"} repeats the query and adds {@code page}, as the plan expects);
 * Reddit's listings as in PRAW's cassette {@code
 * tests/integration/cassettes/TestSubredditListings.test_top.json}; the archive's answers as
 * arctic_shift's {@code api/README.md} documents them.
 */
class FetchFollowsItsPlanTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path workspace;
  @TempDir Path configDir;

  private CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("CURATE_CONFIG_DIR", configDir.toString());
  }

  private CliRunner oauth() {
    return cli()
        .env("REDDIT_CLIENT_ID", "plan-client-id-4d2e")
        .env("REDDIT_CLIENT_SECRET", "plan-client-secret-8b1f");
  }

  @Test
  void gitHubsSearchesSplitMonthStarGainsAndReadmesAreThoseItPlanned() throws IOException {
    // topic:nlp matches more than GitHub returns for the month: its halves are searched instead.
    searchAnswers(
        "topic:nlp created:2018-11-01..2018-11-30", claiming("github-search-nlp-p1.json", 1500));
    searchAnswers(
        "topic:nlp created:2018-11-01..2018-11-15", claiming("github-search-nlp-p1.json", 1));
    CliRunner cli = cli().env("GH_TOKEN", "ghp_PlanTestToken0123456789");
    String[] args = {
      "fetch", "--month", "2018-11", "--only", "github", "--github-source", "search"
    };

    CliRunner.Result fetch = cli.run(args);

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    api.verify(
        getRequestedFor(urlPathEqualTo("/search/repositories"))
            .withQueryParam("q", equalTo("topic:nlp created:2018-11-16..2018-11-30")));
    api.verify(
        getRequestedFor(urlPathEqualTo("/search/repositories"))
            .withQueryParam("page", equalTo("2")));
    api.verify(getRequestedFor(urlPathEqualTo("/repos/openai/spinningup/stargazers/history")));
    api.verify(getRequestedFor(urlPathEqualTo("/repos/openai/spinningup/readme")));
    holdsToItsPlan(cli.plans(args));
  }

  @Test
  void ghArchivesEventsTheirLookupsAndTheSearchesAreThoseItPlanned() {
    // auto, 2018-11: ClickHouse's freshness probe and month query
    // (stand-in/mappings/clickhouse.json),
    // the searches, then the names no search found looked up, a rename's redirect followed
    // (github-repos.json: a 301 to /repositories/{id}, as GitHub answers an old name), the star
    // histories and READMEs, and last the candidates' lone stargazers on ClickHouse.
    CliRunner cli = cli().env("GH_TOKEN", "ghp_PlanTestToken0123456789");
    String[] args = {"fetch", "--month", "2018-11", "--only", "github"};

    CliRunner.Result fetch = cli.run(args);

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    api.verify(3, postRequestedFor(urlPathEqualTo("/")));
    api.verify(
        1,
        postRequestedFor(urlPathEqualTo("/"))
            .withRequestBody(containing("uniqExact(repo_name) AS starred")));
    api.verify(getRequestedFor(urlPathEqualTo("/repos/huggingface/pytorch-pretrained-BERT")));
    api.verify(getRequestedFor(urlPathEqualTo("/repositories/155220641")));
    api.verify(getRequestedFor(urlPathEqualTo("/repos/example-ml/withdrawn-model")));
    holdsToItsPlan(cli.plans(args));
  }

  @Test
  void publicListingsAreThoseItPlanned() {
    CliRunner cli = cli();
    String[] args = {"fetch", "--month", "2018-11", "--only", "reddit", "--reddit-source", "api"};

    CliRunner.Result fetch = cli.run(args);

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    api.verify(
        getRequestedFor(urlPathEqualTo("/r/MachineLearning/top.json"))
            .withQueryParam("after", equalTo("t3_9v1wai")));
    holdsToItsPlan(cli.plans(args));
  }

  @Test
  void oauthListingsAndTheirTokenAreThoseItPlanned() {
    CliRunner cli = oauth();
    String[] args = {"fetch", "--month", "2018-11", "--only", "reddit", "--reddit-source", "api"};

    CliRunner.Result fetch = cli.run(args);

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    api.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/access_token")));
    api.verify(2, getRequestedFor(urlPathEqualTo("/r/MachineLearning/top")));
    holdsToItsPlan(cli.plans(args));
  }

  @Test
  void theArchiveItsCountAndTheRefreshAreThoseItPlanned() {
    // 2018-11 is beyond the listings' reach: auto reads the archive, then Reddit's /api/info, for
    // which the OAuth token is fetched only then.
    CliRunner cli = oauth();
    String[] args = {"fetch", "--month", "2018-11", "--only", "reddit"};

    CliRunner.Result fetch = cli.run(args);

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    api.verify(2, getRequestedFor(urlPathEqualTo("/api/posts/search")));
    api.verify(2, getRequestedFor(urlPathEqualTo("/api/time_series")));
    api.verify(2, getRequestedFor(urlPathEqualTo("/api/info")));
    api.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/access_token")));
    holdsToItsPlan(cli.plans(args));
  }

  @Test
  void aCutListingThenTheArchiveAreThoseItPlanned() throws IOException {
    // A month of the last year: auto reads each listing first, and the archive only where the
    // listing is cut (here by reddit.maxPages: 1, r/MachineLearning's listing has a second page).
    Files.writeString(configDir.resolve("curate.yaml"), "reddit:\n  maxPages: 1\n");
    listingAnswers("MachineLearning", "reddit-MachineLearning-top-p1.json");
    listingAnswers("datascience", "reddit-datascience-top-p1.json");
    archiveAnswers("MachineLearning", CalendarMonth.of(2026, 10), postOf("2026-10-15T12:00:00Z"));
    CliRunner cli = cli();
    String[] args = {"fetch", "--month", "2026-10", "--only", "reddit"};

    CliRunner.Result fetch = cli.run(args);

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    api.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/posts/search"))
            .withQueryParam("subreddit", equalTo("MachineLearning")));
    api.verify(
        0,
        getRequestedFor(urlPathEqualTo("/api/posts/search"))
            .withQueryParam("subreddit", equalTo("datascience")));
    api.verify(1, getRequestedFor(urlPathEqualTo("/api/info.json")));
    holdsToItsPlan(cli.plans(args));
  }

  @Test
  void aDumpsRefreshIsWhatItPlanned() throws IOException, URISyntaxException {
    Path dump =
        Path.of(
            getClass().getResource("/fixtures/reddit/dump_machinelearning_2018-11.ndjson").toURI());
    CliRunner cli = cli();
    String[] args = {
      "fetch", "--month", "2018-11", "--only", "reddit", "--reddit-dump", dump.toString()
    };

    CliRunner.Result fetch = cli.run(args);

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    api.verify(1, getRequestedFor(urlPathEqualTo("/api/info.json")));
    holdsToItsPlan(cli.plans(args));
  }

  private static void holdsToItsPlan(List<SourcePlan> plans) {
    List<PlanCheck.Sent> sent = PlanCheck.received(api.getAllServeEvents());
    assertThat(sent).isNotEmpty();
    PlanCheck.assertFollows(plans, sent);
  }

  /** A stand-in search page whose {@code total_count} says {@code count}, no further page. */
  private static String claiming(String standInFile, int count) throws IOException {
    try (InputStream in =
        FetchFollowsItsPlanTest.class.getResourceAsStream("/stand-in/__files/" + standInFile)) {
      ObjectNode page = (ObjectNode) JSON.readTree(in);
      page.put("total_count", count);
      return JSON.writeValueAsString(page);
    }
  }

  /**
   * An archive page of one post created at {@code createdAt}: the stand-in's first post of
   * r/MachineLearning in November 2018 (the fields of the archive's dumps), moved in time.
   */
  private static String postOf(String createdAt) throws IOException {
    try (InputStream in =
        FetchFollowsItsPlanTest.class.getResourceAsStream(
            "/stand-in/__files/archive-MachineLearning-2018-11.json")) {
      ObjectNode page = (ObjectNode) JSON.readTree(in);
      ObjectNode post = (ObjectNode) page.get("data").get(0);
      long created = Instant.parse(createdAt).getEpochSecond();
      post.put("id", "zk1a2b");
      post.put("name", "t3_zk1a2b");
      post.put("created_utc", created);
      post.put("created", created);
      post.put("retrieved_on", created + 3600);
      page.set("data", JSON.createArrayNode().add(post));
      return JSON.writeValueAsString(page);
    }
  }

  /** The archive's first page of the month for {@code subreddit}. */
  private static void archiveAnswers(String subreddit, CalendarMonth month, String body) {
    api.stubFor(
        get(urlPathEqualTo("/api/posts/search"))
            .withQueryParam("subreddit", equalTo(subreddit))
            .withQueryParam("after", equalTo(Long.toString(month.start().getEpochSecond() - 1)))
            .atPriority(1)
            .willReturn(standIn("application/json; charset=utf-8").withBody(body)));
  }

  private static void searchAnswers(String q, String body) {
    api.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .withQueryParam("q", equalTo(q))
            .atPriority(1)
            .willReturn(
                standIn("application/json; charset=utf-8")
                    .withHeader("x-ratelimit-limit", "30")
                    .withHeader("x-ratelimit-remaining", "28")
                    .withHeader("x-ratelimit-reset", "{{now offset='1 minutes' format='unix'}}")
                    .withHeader("x-ratelimit-resource", "search")
                    .withHeader("Cache-Control", "no-cache")
                    .withBody(body)));
  }

  private static void listingAnswers(String subreddit, String standInFile) {
    api.stubFor(
        get(urlPathEqualTo("/r/" + subreddit + "/top.json"))
            .withQueryParam("t", equalTo("year"))
            .atPriority(1)
            .willReturn(
                standIn("application/json; charset=UTF-8")
                    .withHeader("x-ratelimit-remaining", "598.0")
                    .withHeader("x-ratelimit-used", "2")
                    .withHeader("x-ratelimit-reset", "412")
                    .withBodyFile(standInFile)));
  }

  private static ResponseDefinitionBuilder standIn(String contentType) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", contentType)
        .withTransformers("response-template");
  }
}

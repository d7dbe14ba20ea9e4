package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's "done when", through the command line: a month with a bought-star repository and
 * fast-rising real ones. The default shortlist passes the bought one over and keeps the others,
 * {@code rank --explain} says why, {@code pick} brings it back without {@code --force}, and the
 * draft's EDITOR comment says what was flagged.
 *
 * <p>The answers are our own fixtures in GitHub's shapes: the search page ({@code
 * fixtures/github/bought-stars/search-machine-learning-2018-11.json}) in the shape hub4j/github-api
 * recorded in {@code
 * src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/searchRepositories/__files/2-search_repositories.json}
 * (plus {@code topics}); each repository's own answer ({@code repo-*.json}, with {@code
 * subscribers_count}) in the shape of its {@code GHRepositoryTest/wiremock/testGetters/} recording;
 * the star history's weeks as the stand-in serves them ({@code
 * stand-in/mappings/github-stars.json}).
 */
class BoughtStarsEndToEndTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().templatingEnabled(true))
          .build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOUGHT = "starseller/llm-toolkit";
  private static final String VIRAL = "vislab/fast-detect";
  private static final String LAUNCH = "rl-club/tiny-agents";

  @TempDir Path workspace;

  /** Each repository's stars of November 2018, day by day, as its star history gives them. */
  private static Map<String, int[]> november() {
    Map<String, int[]> days = new LinkedHashMap<>();
    // Bought: a rise of three days, 3,880 stars on the 12th and 13th, then ten a day.
    int[] bought = new int[30];
    bought[8] = 40;
    bought[9] = 60;
    bought[10] = 80;
    bought[11] = 2100;
    bought[12] = 1780;
    for (int d = 13; d < 27; d++) {
      bought[d] = 10;
    }
    days.put(BOUGHT, bought);
    // A viral new repository: 4,000 stars in two days, then a decay; 900 forks, 120 issues.
    days.put(VIRAL, spread(new int[] {0, 300, 2500, 1500, 600, 400, 250}, 13, 6000));
    // A news-site launch with few forks: a burst that decays, pushed to after, watched.
    days.put(LAUNCH, spread(new int[] {0, 50, 1400, 650, 120, 80}, 16, 2500));
    days.put("voicelab/melgan-lite", spread(new int[0], 0, 3000));
    days.put("graphs-ai/gnn-bench", spread(new int[0], 0, 2000));
    days.put("gan-atelier/style-mix", spread(new int[0], 0, 1000));
    days.put("ml-notes/tabular-tricks", spread(new int[0], 0, 500));
    return days;
  }

  /** {@code head} from day {@code from} (0-based), then the rest of {@code total} evenly after. */
  private static int[] spread(int[] head, int from, int total) {
    int[] days = new int[30];
    int left = total;
    for (int i = 0; i < head.length; i++) {
      days[from + i] = head[i];
      left -= head[i];
    }
    int start = from + head.length;
    int n = 30 - start;
    for (int d = start; d < 30; d++) {
      days[d] = left / n + (d - start < left % n ? 1 : 0);
    }
    return days;
  }

  private CliRunner cli() {
    return new CliRunner()
        .clock(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC))
        .env("CURATE_GITHUB_API_URL", api.baseUrl())
        .env("CURATE_WORKSPACE", workspace.toString())
        .env("GH_TOKEN", "ghp_BoughtStarsEndToEnd00000000000000000");
  }

  @BeforeEach
  void gitHub() {
    api.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .atPriority(9)
            .willReturn(
                search("{\"total_count\":0,\"incomplete_results\":false,\"items\":[]}", "search")));
    api.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .withQueryParam("q", containing("topic:machine-learning"))
            .atPriority(1)
            .willReturn(search(fixture("search-machine-learning-2018-11.json"), "search")));
    november().forEach((name, days) -> api.stubFor(history(name, days)));
    api.stubFor(
        get(urlPathEqualTo("/repos/" + BOUGHT))
            .willReturn(search(fixture("repo-starseller-llm-toolkit.json"), "core")));
    api.stubFor(
        get(urlPathEqualTo("/repos/" + LAUNCH))
            .willReturn(search(fixture("repo-rl-club-tiny-agents.json"), "core")));
    api.stubFor(
        get(urlPathMatching("/repos/[^/]+/[^/]+/readme"))
            .willReturn(
                search(
                        "{\"message\":\"Not Found\",\"documentation_url\":"
                            + "\"https://docs.github.com/rest/repos/contents#get-a-repository-readme\","
                            + "\"status\":\"404\"}",
                        "core")
                    .withStatus(404)));
  }

  @Test
  void theBoughtRepositoryIsPassedOverSaidWhyAndAPickBringsItBack() throws IOException {
    CliRunner.Result fetch = cli().run("fetch", "--month", "2018-11", "--only", "github");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();

    CliRunner.Result rank = cli().run("rank", "--json", "--explain");
    assertThat(rank.exitCode()).as(rank.err()).isZero();
    JsonNode shortlist = JSON.readTree(rank.out());
    assertThat(names(shortlist.get("repos")))
        .hasSize(5)
        .doesNotContain(BOUGHT)
        .contains(VIRAL, LAUNCH);
    assertThat(shortlist.get("repos"))
        .allSatisfy(r -> assertThat(r.get("flags")).as(r.get("fullName").asText()).isEmpty());
    assertThat(rank.err())
        .contains(
            "passed over: star-burst: 4,200 stars, 6 forks, 92% of the month's stars in 2 days;"
                + " then a cliff: 70 stars in the 7 days after, 3% of its busiest day's 2,100;"
                + " 3 watchers for 4,200 stars (0.07 per 100 stars);"
                + " created 2018-11-09, last push 2018-11-09: nothing pushed after its first day")
        .contains("github: asking for the watchers of 2 repositories whose stars burst: ");
    // No organic repository is flagged: with room for all of them, all six are in, unflagged.
    JsonNode roomy = JSON.readTree(cli().run("rank", "--json", "--repos", "7").out());
    assertThat(names(roomy.get("repos"))).hasSize(6).doesNotContain(BOUGHT);
    assertThat(roomy.get("repos")).allSatisfy(r -> assertThat(r.get("flags")).isEmpty());
    // Only the two whose stars burst with few forks were asked for; the viral one never was.
    api.verify(1, getRequestedFor(urlPathEqualTo("/repos/" + BOUGHT)));
    api.verify(1, getRequestedFor(urlPathEqualTo("/repos/" + LAUNCH)));
    api.verify(0, getRequestedFor(urlPathEqualTo("/repos/" + VIRAL)));

    CliRunner.Result pick = cli().run("pick", BOUGHT);
    assertThat(pick.exitCode()).as(pick.err()).isZero();
    JsonNode picked = JSON.readTree(cli().run("rank", "--json").out());
    assertThat(names(picked.get("repos"))).contains(BOUGHT).hasSize(5);
    assertThat(find(picked.get("repos"), BOUGHT).get("flags").toString()).contains("star-burst");
    // Asked once: what GitHub gave is kept.
    api.verify(1, getRequestedFor(urlPathEqualTo("/repos/" + BOUGHT)));

    Path draft = workspace.resolve("draft.md");
    CliRunner.Result drafted = cli().run("draft", "--output", draft.toString());
    assertThat(drafted.exitCode()).as(drafted.err()).isZero();
    assertThat(Files.readString(draft, StandardCharsets.UTF_8))
        .contains(
            "star-burst: 4,200 stars, 6 forks, 92% of the month's stars in 2 days;",
            "the stars may be bought: check them before featuring it");
  }

  @Test
  void withGhArchivesEventsTheLoneStargazersAccuseTheBoughtOneAndClearTheRest() throws IOException {
    CliRunner.Result fetch = fetchWithEvents("clickhouse-stargazers-2018-11.ndjson");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.err())
        .contains("github: counting the lone stargazers of 7 repositories on ClickHouse at")
        .contains("lone stargazers counted for 7 of 7 candidates asked");
    // One query for every candidate asked, by the names GH Archive counted them under.
    api.verify(
        1,
        postRequestedFor(urlPathEqualTo("/"))
            .withRequestBody(containing("uniqExact(repo_name) AS starred"))
            .withQueryParam("param_repos", containing("'" + BOUGHT + "'")));

    CliRunner.Result rank = cli().run("rank", "--json", "--explain");
    assertThat(rank.exitCode()).as(rank.err()).isZero();
    JsonNode shortlist = JSON.readTree(rank.out());
    assertThat(names(shortlist.get("repos"))).hasSize(5).doesNotContain(BOUGHT);
    assertThat(rank.err())
        .contains(
            "nothing pushed after its first day;"
                + " 95% of its 4,188 stargazers of 2018-11 starred nothing else that month");
    assertThat(shortlist.get("coverage").get("github").get("events").get("loneStargazers"))
        .hasToString("{\"status\":\"counted\",\"asked\":7,\"counted\":7}");
    // The launch bursts too, and its stargazers, who star around, speak for it: never flagged.
    JsonNode roomy = JSON.readTree(cli().run("rank", "--json", "--repos", "7", "--explain").out());
    assertThat(names(roomy.get("repos"))).hasSize(6).doesNotContain(BOUGHT);
    assertThat(roomy.get("repos")).allSatisfy(r -> assertThat(r.get("flags")).isEmpty());
  }

  @Test
  void aFailedLoneStargazersQueryUnderAutoIsOneWarningAndTheRestStands() throws IOException {
    CliRunner.Result fetch = fetchWithEvents(null);

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.err())
        .contains(
            "the lone stargazers of 7 repositories were not counted, so that signal of a star"
                + " burst is unknown: ClickHouse at")
        .contains("TOO_MANY_BYTES")
        .contains("lone stargazers: not counted, the query for 7 failed");
    CliRunner.Result rank = cli().run("rank", "--json", "--explain");
    assertThat(rank.exitCode()).as(rank.err()).isZero();
    JsonNode github = JSON.readTree(rank.out()).get("coverage").get("github");
    assertThat(github.get("source").asText()).isEqualTo("search+events");
    assertThat(github.get("events").get("loneStargazers").get("status").asText())
        .isEqualTo("failed");
    // The other signals still pass the bought one over, without the lone stargazers' word.
    assertThat(names(JSON.readTree(rank.out()).get("repos"))).doesNotContain(BOUGHT);
    assertThat(rank.err())
        .contains("nothing pushed after its first day\n")
        .doesNotContain("starred nothing else");
  }

  /**
   * {@code fetch} of the month under {@code auto}, with GH Archive's events as {@link #clickHouse}.
   */
  private CliRunner.Result fetchWithEvents(String stargazers) {
    clickHouse(stargazers);
    return cli()
        .env("CURATE_CLICKHOUSE_URL", api.baseUrl())
        .run("fetch", "--month", "2018-11", "--only", "github");
  }

  /**
   * GH Archive's events on ClickHouse for the month (WireMock answering ClickHouse's HTTP interface
   * as fixtures/clickhouse/README.md records it): the table's last event, the month's counts of the
   * seven repositories, and their stargazers from {@code stargazers}, or a TOO_MANY_BYTES error
   * (code 307) when null.
   */
  private static void clickHouse(String stargazers) {
    api.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("max(created_at)"))
            .willReturn(clickHouseRows("{\"last_event_at\":1795820404}\n")));
    api.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("AS stars_1"))
            .willReturn(clickHouseRows(fixture("clickhouse-month-2018-11.ndjson"))));
    api.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("uniqExact(repo_name) AS starred"))
            .willReturn(
                stargazers != null
                    ? clickHouseRows(fixture(stargazers))
                    : aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "text/plain; charset=UTF-8")
                        .withHeader("X-ClickHouse-Exception-Code", "307")
                        .withBody(
                            "Code: 307. DB::Exception: Limit for rows or bytes to read exceeded,"
                                + " max bytes: 1.00 TiB, current bytes: 1.00 TiB: While executing"
                                + " MergeTreeSelect(pool: ReadPool, algorithm: Thread)."
                                + " (TOO_MANY_BYTES) (version 25.10.1.3832 (official build))\n")));
  }

  private static ResponseDefinitionBuilder clickHouseRows(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/x-ndjson; charset=UTF-8")
        .withHeader("X-ClickHouse-Format", "JSONEachRow")
        .withHeader("X-ClickHouse-Timezone", "UTC")
        .withBody(body);
  }

  private static List<String> names(JsonNode repos) {
    return StreamSupport.stream(repos.spliterator(), false)
        .map(r -> r.get("fullName").asText())
        .toList();
  }

  private static JsonNode find(JsonNode repos, String name) {
    JsonNode list = repos.has("repos") ? repos.get("repos") : repos;
    return StreamSupport.stream(list.spliterator(), false)
        .filter(r -> name.equals(r.path("fullName").asText(r.path("id").asText())))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + repos));
  }

  private static String fixture(String name) {
    try (InputStream in =
        BoughtStarsEndToEndTest.class.getResourceAsStream(
            "/fixtures/github/bought-stars/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GitHub's headers for an answer of {@code resource}'s rate limit. */
  private static ResponseDefinitionBuilder search(String body, String resource) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withHeader("X-GitHub-Media-Type", "github.v3; format=json")
        .withHeader("x-ratelimit-limit", "search".equals(resource) ? "30" : "5000")
        .withHeader("x-ratelimit-remaining", "search".equals(resource) ? "28" : "4990")
        .withHeader("x-ratelimit-used", "search".equals(resource) ? "2" : "10")
        .withHeader("x-ratelimit-reset", "{{now offset='1 hours' format='unix'}}")
        .withHeader("x-ratelimit-resource", resource)
        .withHeader("Cache-Control", "no-cache")
        .withBody(body)
        .withTransformers("response-template");
  }

  /**
   * One page of star history, newest week first, as the stand-in serves it: a week of this year,
   * then November 2018's weeks (starting on Sunday) that had stars.
   */
  private static com.github.tomakehurst.wiremock.client.MappingBuilder history(
      String name, int[] days) {
    ArrayNode weeks = JSON.createArrayNode();
    ObjectNode recent = weeks.addObject().put("week", 1795305600L).put("total", 1);
    ArrayNode recentDays = recent.putArray("days");
    for (int d = 0; d < 7; d++) {
      recentDays.add(d == 0 ? 1 : 0);
    }
    LocalDate first = LocalDate.of(2018, 11, 1);
    List<ObjectNode> november = new ArrayList<>();
    for (LocalDate week = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        week.isBefore(first.plusMonths(1));
        week = week.plusWeeks(1)) {
      ObjectNode w = JSON.createObjectNode().put("week", week.toEpochDay() * 86_400L);
      ArrayNode perDay = w.putArray("days");
      int total = 0;
      for (int d = 0; d < 7; d++) {
        LocalDate day = week.plusDays(d);
        int stars = day.getMonthValue() == 11 ? days[day.getDayOfMonth() - 1] : 0;
        perDay.add(stars);
        total += stars;
      }
      if (total > 0) {
        w.put("total", total);
        november.add(0, w);
      }
    }
    november.forEach(weeks::add);
    String link =
        "<{{request.baseUrl}}/repos/"
            + name
            + "/stargazers/history?per_page=30&page=1>; rel=\"last\"";
    return get(urlPathEqualTo("/repos/" + name + "/stargazers/history"))
        .willReturn(search(weeks.toString(), "core").withHeader("Link", link));
  }
}

package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.events.StarEvents;
import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthStargazers;
import dev.curate.model.MonthlyStars;
import dev.curate.model.Repo;
import dev.curate.model.StarGainMethod;
import dev.curate.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's "done when", against the stand-ins of ClickHouse's HTTP interface
 * (src/test/resources/stand-in/mappings/clickhouse.json: the playground's github_events answering
 * in JSONEachRow, in the shapes of fixtures/clickhouse/README.md) and of GitHub's {@code GET
 * /repos/{owner}/{repo}} (mappings/github-repos.json: full repository objects in the shape of
 * hub4j/github-api's recording src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/
 * testGetters/__files/repos_hub4j-test-org_temp-testgetters-2.json; a rename answering 301 to
 * /repositories/{id} with the "Moved Permanently" body GitHub's REST guide "follow redirects"
 * documents; a deleted repository answering GitHub's 404 "Not Found" body).
 */
class EventsFetchEndToEndTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);

  @TempDir Path workspace;

  private CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("GH_TOKEN", "ghp_EventsEndToEnd0000000000000000000000");
  }

  @Test
  void autoFindsTheOlderBreakoutWithTheMonthsNewRepositoriesAndLeavesTheRestOut()
      throws IOException {
    CliRunner.Result fetch = cli().run("fetch", "--month", "2018-11", "--only", "github");

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.err())
        .contains(
            "left out: facebook/react (not machine learning",
            "github 2018-11: 13 repositories via search+events (GH Archive via ClickHouse at"
                + " localhost:"
                + api.getPort()
                + ", last event 2026-11-27 23:00:04 UTC, 11 counted, 6 looked up, 4 kept as ML,"
                + " 1 renamed, 1 gone, lone stargazers counted for 5 of 7 candidates asked)");
    try (Store store = Store.open(workspace)) {
      List<String> names = store.repos(NOVEMBER).stream().map(Repo::fullName).toList();
      assertThat(names)
          // the month's new repositories (search) with the older one that broke out (events)
          .contains("hanxiao/bert-as-service", "openai/spinningup", "zalandoresearch/flair")
          // one candidate under its current name, not two
          .containsOnlyOnce("huggingface/transformers")
          .doesNotContain(
              "huggingface/pytorch-pretrained-BERT",
              "facebook/react",
              "example-ml/withdrawn-model");
      long flair = id(store, "zalandoresearch/flair");
      assertThat(store.monthlyStars(NOVEMBER).get(flair))
          .isEqualTo(new MonthlyStars(2310, 60, 45, 52));
      assertThat(store.starGains(NOVEMBER).get(flair).method()).isEqualTo(StarGainMethod.EVENTS);
      // The stand-in's answer for the month's stargazers (clickhouse-stargazers-2018-11.ndjson): a
      // renamed repository's two names are summed into its one candidate.
      long transformers = id(store, "huggingface/transformers");
      assertThat(store.stargazers(NOVEMBER))
          .containsEntry(flair, new MonthStargazers(2256, 316))
          .containsEntry(transformers, new MonthStargazers(834, 99))
          .hasSize(5);
    }

    CliRunner.Result rank = cli().run("rank", "--json");
    assertThat(rank.exitCode()).as(rank.err()).isZero();
    JsonNode shortlist = JSON.readTree(rank.out());
    List<String> five = new ArrayList<>();
    shortlist.get("repos").forEach(r -> five.add(r.get("fullName").asText()));
    assertThat(five)
        .hasSize(5)
        .contains("zalandoresearch/flair", "hanxiao/bert-as-service")
        // an evergreen giant whose month was ordinary for it
        .doesNotContain("tensorflow/tensorflow");
    JsonNode flair = repo(shortlist, "zalandoresearch/flair");
    assertThat(flair.get("starsGained").asInt()).isEqualTo(2310);
    assertThat(flair.get("starsGainedMethod").asText()).isEqualTo("events");
    assertThat(flair.get("breakout").asDouble()).isGreaterThan(2.0);
    JsonNode github = shortlist.get("coverage").get("github");
    assertThat(github.get("source").asText()).isEqualTo("search+events");
    JsonNode events = github.get("events");
    assertThat(events.get("engine").asText()).isEqualTo("clickhouse");
    assertThat(events.get("endpoint").asText()).isEqualTo("localhost:" + api.getPort());
    assertThat(events.get("lastEventAt").asText()).isEqualTo("2026-11-27T23:00:04Z");
    assertThat(events.get("counted").asInt()).isEqualTo(11);
    assertThat(events.get("lookedUp").asInt()).isEqualTo(6);
    assertThat(events.get("keptAsMl").asInt()).isEqualTo(4);
    assertThat(events.get("renamed").asInt()).isEqualTo(1);
    assertThat(events.get("gone").asInt()).isEqualTo(1);
    assertThat(events.get("missingHours").isNull()).isTrue();
    assertThat(events.get("lowerBound").asBoolean()).isFalse();
    assertThat(events.get("loneStargazers").toString())
        .isEqualTo("{\"status\":\"counted\",\"asked\":7,\"counted\":5}");

    CliRunner.Result draft = cli().run("draft");
    assertThat(draft.exitCode()).as(draft.err()).isZero();
    assertThat(Files.readString(workspace.resolve("drafts/2018-11.md")))
        .contains("GH Archive via ClickHouse at localhost:" + api.getPort());
  }

  @Test
  void dryRunShowsTheFreshnessProbeTheMonthsSqlTheLookupsAndLastTheLoneStargazersQuery() {
    CliRunner.Result r = cli().run("fetch", "--month", "2018-11", "--only", "github", "--dry-run");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(api.getAllServeEvents()).isEmpty();
    assertThat(r.out())
        .contains(
            "max(created_at)",
            "countIf(created_at >= {from:DateTime('UTC')}) AS stars",
            "        param_from=2018-11-01 00:00:00",
            "  GET "
                + api.baseUrl()
                + "/repos/{owner}/{repo}\n      each repository the events"
                + " named, up to github.events.lookup");
    // Last, once the candidates and their stars gained are known: their lone stargazers.
    String lone =
        r.out()
            .substring(r.out().indexOf("GH Archive's lone stargazers: ClickHouse at localhost:"));
    assertThat(lone)
        .contains(
            "for at most 50 candidates with the most stars gained",
            "param_repos={repos}\n      each candidate's stargazers in 2018-11",
            "repo_name IN {repos:Array(String)}",
            "floor: 0 requests");
  }

  @Test
  void aStaleTableUnderAutoIsOneWarningAndTheMonthIsReadBySearchAlone() throws IOException {
    staleTable();

    CliRunner.Result fetch = cli().run("fetch", "--month", "2018-11", "--only", "github");

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.err()).contains("2018-11 is read by search alone");
    assertThat(api.findAll(postRequestedFor(urlPathEqualTo("/")))).hasSize(1);
    JsonNode github =
        JSON.readTree(cli().run("rank", "--json").out()).get("coverage").get("github");
    assertThat(github.get("source").asText()).isEqualTo("search");
    assertThat(github.get("notes").toString()).contains("2018-11-20 00:00:00 UTC");
  }

  @Test
  void aStaleTableEndsAnEventsFetchWithExit75NamingTheLastEvent() {
    staleTable();

    CliRunner.Result fetch =
        cli().run("fetch", "--month", "2018-11", "--only", "github", "--github-source", "events");

    assertThat(fetch.exitCode()).as(fetch.err()).isEqualTo(75);
    assertThat(fetch.err().strip().lines().reduce((a, b) -> b).orElseThrow())
        .contains("2018-11-20 00:00:00 UTC");
    try (Store store = Store.open(workspace)) {
      assertThat(store.repos(NOVEMBER)).isEmpty();
    }
  }

  @Test
  void rejectedCredentialsUnderAutoAreOneWarningAndNeverTheFetchsEnd() throws IOException {
    api.stubFor(
        post(urlPathEqualTo("/"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "text/plain; charset=UTF-8")
                    .withHeader("X-ClickHouse-Exception-Code", "516")
                    .withBody(
                        "Code: 516. DB::Exception: play: Authentication failed: password is"
                            + " incorrect, or there is no user with such name."
                            + " (AUTHENTICATION_FAILED) (version 25.10.1.3832 (official"
                            + " build))\n")));

    CliRunner.Result auto = cli().run("fetch", "--month", "2018-11", "--only", "github");
    assertThat(auto.exitCode()).as(auto.err()).isZero();
    assertThat(auto.err()).contains("2018-11 is read by search alone");

    CliRunner.Result events =
        cli().run("fetch", "--month", "2018-11", "--only", "github", "--github-source", "events");
    assertThat(events.exitCode()).as(events.err()).isEqualTo(4);
    assertThat(events.err()).contains("CLICKHOUSE_USER");
  }

  @Test
  void aMonthPastSoundToIsReadByEventsAsLowerBoundsAndAutoLeavesItToSearch() throws IOException {
    CliRunner.Result events =
        cli().run("fetch", "--month", "2025-09", "--only", "github", "--github-source", "events");

    assertThat(events.exitCode()).as(events.err()).isZero();
    assertThat(events.err()).contains("lower bounds");
    JsonNode github =
        JSON.readTree(cli().run("rank", "--json", "--month", "2025-09").out())
            .get("coverage")
            .get("github");
    assertThat(github.get("source").asText()).isEqualTo("events");
    assertThat(github.get("events").get("lowerBound").asBoolean()).isTrue();
    // GH Archive lost most star events of the month: a stargazer's other stars would read as none.
    assertThat(github.get("events").get("loneStargazers").get("status").asText())
        .isEqualTo("unsound");
    assertThat(api.findAll(postRequestedFor(urlPathEqualTo("/")))).hasSize(2);

    api.resetRequests();
    CliRunner.Result auto = cli().run("fetch", "--month", "2025-09", "--only", "github");
    assertThat(auto.exitCode()).as(auto.err()).isZero();
    assertThat(auto.err()).contains("after github.events.soundTo (2025-05");
    assertThat(api.findAll(postRequestedFor(urlPathEqualTo("/")))).isEmpty();
  }

  @Test
  void hourFilesGiveTheSameStarCountsAsClickHouse(@TempDir Path hours, @TempDir Path other)
      throws IOException {
    CliRunner.Result clickHouse = cli().run("fetch", "--month", "2018-11", "--only", "github");
    assertThat(clickHouse.exitCode()).as(clickHouse.err()).isZero();
    // The same events as the stand-in's table answered for November and the three months before.
    writeHourFilesOfTheStandInsCounts(hours);
    CliRunner files =
        CliRunner.againstStandIn(api.baseUrl(), other)
            .env("GH_TOKEN", "ghp_EventsEndToEnd0000000000000000000000");

    CliRunner.Result gharchive =
        files.run(
            "fetch", "--month", "2018-11", "--only", "github", "--gharchive", hours.toString());

    assertThat(gharchive.exitCode()).as(gharchive.err()).isZero();
    assertThat(countsByName(other)).isEqualTo(countsByName(workspace)).isNotEmpty();
    JsonNode events =
        JSON.readTree(files.run("rank", "--json").out())
            .get("coverage")
            .get("github")
            .get("events");
    assertThat(events.get("engine").asText()).isEqualTo("gharchive");
    assertThat(events.get("missingHours").asInt()).isZero();
    assertThat(events.get("counted").asInt()).isEqualTo(11);
    // Telling a lone stargazer takes every account's month: the hour files' count does not keep it.
    assertThat(events.get("loneStargazers").get("status").asText()).isEqualTo("unavailable");
    assertThat(gharchive.err()).contains(", lone stargazers: not available from hour files)");
    try (Store store = Store.open(other)) {
      assertThat(store.stargazers(NOVEMBER)).isEmpty();
    }
    CliRunner.Result draft = files.run("draft");
    assertThat(draft.exitCode()).as(draft.err()).isZero();
    assertThat(Files.readString(other.resolve("drafts/2018-11.md")))
        .contains("lone stargazers: not available from hour files");
  }

  @Test
  void hourFilesOfTheMonthAloneLeaveTheBreakoutUnknownAndSayWhy(@TempDir Path hours)
      throws IOException {
    StarEvents events = new StarEvents().stars("zalandoresearch/flair", 138_467_882, 240, NOVEMBER);
    Instant missing = Instant.parse("2018-11-20T13:00:00Z");
    Instant damaged = Instant.parse("2018-11-21T07:00:00Z");
    events.writeHourFiles(
        hours, List.of(NOVEMBER), Set.of(missing), Map.of(damaged, List.of("{\"type\":")));

    CliRunner.Result fetch =
        cli()
            .run(
                "fetch",
                "--month",
                "2018-11",
                "--only",
                "github",
                "--github-source",
                "events",
                "--gharchive",
                hours.toString());

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    JsonNode shortlist = JSON.readTree(cli().run("rank", "--json").out());
    JsonNode flair = repo(shortlist, "zalandoresearch/flair");
    assertThat(flair.get("starsGainedMethod").asText()).isEqualTo("events");
    assertThat(flair.get("breakout").isNull()).isTrue();
    JsonNode github = shortlist.get("coverage").get("github");
    assertThat(github.get("source").asText()).isEqualTo("events");
    assertThat(github.get("events").get("engine").asText()).isEqualTo("gharchive");
    assertThat(github.get("events").get("endpoint").asText()).isEqualTo(hours.toString());
    assertThat(github.get("events").get("missingHours").asInt()).isEqualTo(1);
    assertThat(github.get("notes").toString())
        .contains("1 of the 720 hours of 2018-11 have no readable hour file")
        .contains("skipped 1 malformed line")
        .contains("breakout is unknown");
  }

  @Test
  void gharchiveWithGitHubSourceSearchIsAUsageError(@TempDir Path hours) {
    CliRunner.Result r =
        cli()
            .run(
                "fetch",
                "--month",
                "2018-11",
                "--github-source",
                "search",
                "--gharchive",
                hours.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--github-source search").contains("--gharchive");
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  private static long id(Store store, String name) {
    return store.repos(NOVEMBER).stream()
        .filter(r -> r.fullName().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static void staleTable() {
    // 2018-11-20 00:00:00 UTC: the table ends before November does.
    api.stubFor(
        post(urlPathEqualTo("/"))
            .atPriority(1)
            .withRequestBody(containing("max(created_at)"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/x-ndjson; charset=UTF-8")
                    .withHeader("X-ClickHouse-Format", "JSONEachRow")
                    .withHeader("X-ClickHouse-Timezone", "UTC")
                    .withBody("{\"last_event_at\":1542672000}\n")));
  }

  private static JsonNode repo(JsonNode shortlist, String name) {
    return StreamSupport.stream(shortlist.get("repos").spliterator(), false)
        .filter(r -> r.get("fullName").asText().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Each candidate's events, by its name: the month's and the three months before. */
  private static Map<String, MonthlyStars> countsByName(Path workspace) {
    try (Store store = Store.open(workspace)) {
      Map<Long, MonthlyStars> monthly = store.monthlyStars(NOVEMBER);
      Map<String, MonthlyStars> byName = new TreeMap<>();
      for (Repo repo : store.repos(NOVEMBER)) {
        if (monthly.containsKey(repo.id())) {
          byName.put(repo.fullName(), monthly.get(repo.id()));
        }
      }
      return byName;
    }
  }

  private static void writeHourFilesOfTheStandInsCounts(Path folder) throws IOException {
    StarEvents events = new StarEvents();
    List<CalendarMonth> months =
        List.of(NOVEMBER, NOVEMBER.previous(), NOVEMBER.previous().previous(), november(-3));
    long repoId = 40_000_000;
    try (InputStream in =
        EventsFetchEndToEndTest.class.getResourceAsStream(
            "/stand-in/__files/clickhouse-month-2018-11.ndjson")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        JsonNode row = JSON.readTree(line);
        String name = row.get("repo_name").asText();
        repoId++;
        String[] columns = {"stars", "stars_1", "stars_2", "stars_3"};
        for (int k = 0; k < columns.length; k++) {
          events.stars(name, repoId, row.get(columns[k]).asInt(), months.get(k));
        }
      }
    }
    events.writeHourFiles(folder, months, Set.of(), Map.of());
  }

  private static CalendarMonth november(int plus) {
    CalendarMonth m = NOVEMBER;
    for (int k = 0; k > plus; k--) {
      m = m.previous();
    }
    return m;
  }
}

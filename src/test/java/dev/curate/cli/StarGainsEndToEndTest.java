package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.model.CalendarMonth;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's "done when", against the stand-in that serves star-history pages
 * (src/test/resources/stand-in/mappings/github-stars.json): every measured repository's {@code
 * starsGained} is the sum of its month's daily counts, found in few requests.
 */
class StarGainsEndToEndTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  /** What the stand-in's series hold for November 2018 (one or two pages of history each). */
  private static final Map<String, Integer> NOVEMBER_GAINS = new LinkedHashMap<>();

  static {
    NOVEMBER_GAINS.put("hanxiao/bert-as-service", 5510);
    NOVEMBER_GAINS.put("openai/spinningup", 4320);
    NOVEMBER_GAINS.put("NVIDIA/waveglow", 600);
    NOVEMBER_GAINS.put("CSAILVision/gandissect", 45);
    NOVEMBER_GAINS.put("1991viet/QuickDraw", 33);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path workspace;

  private CliRunner cli() {
    return new CliRunner()
        .clock(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC))
        .env("CURATE_GITHUB_API_URL", api.baseUrl())
        .env("CURATE_WORKSPACE", workspace.toString())
        .env("GH_TOKEN", "ghp_StarGainsEndToEnd000000000000000000");
  }

  @Test
  void rankJsonCarriesStarsGainedFromTheHistoryInFewRequests() throws IOException {
    CliRunner.Result fetch = cli().run("fetch", "--month", "2018-11", "--only", "github");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.err())
        .contains(
            "github: stars gained in 2018-11: 6 by history, 0 by stargazers,"
                + " 3 not measurable by the API, 0 not measured (18 requests)",
            "github: stars gained in 2018-11 known for 6 of 9 candidates (6 history)");

    CliRunner.Result rank = cli().run("rank", "--json");
    assertThat(rank.exitCode()).as(rank.err()).isZero();
    Map<String, Integer> gains = new LinkedHashMap<>();
    for (JsonNode repo : JSON.readTree(rank.out()).get("repos")) {
      assertThat(repo.get("starsGainedMethod").asText()).isEqualTo("history");
      gains.put(repo.get("fullName").asText(), repo.get("starsGained").asInt());
    }
    assertThat(gains).containsExactlyEntriesOf(NOVEMBER_GAINS);

    for (String name : NOVEMBER_GAINS.keySet()) {
      int requests =
          api.findAll(getRequestedFor(urlPathEqualTo("/repos/" + name + "/stargazers/history")))
              .size();
      assertThat(requests).as(name).isBetween(1, 3);
    }
  }

  @Test
  void everyStoredFigureIsTheSumOfItsDays() {
    assertThat(cli().run("fetch", "--month", "2018-11", "--only", "github").exitCode()).isZero();
    try (Store store = Store.open(workspace)) {
      Map<Long, StarGain> gains = store.starGains(CalendarMonth.of(2018, 11));
      assertThat(gains).hasSize(6);
      for (StarGain gain : gains.values()) {
        assertThat(gain.method()).isEqualTo(StarGainMethod.HISTORY);
        assertThat(gain.daily()).hasSize(30);
        assertThat(gain.stars()).isEqualTo(gain.daily().stream().mapToInt(Integer::intValue).sum());
      }
    }
  }

  @Test
  void aStarHistoryThatCannotBeReadStopsTheMeasuringNotTheFetch() {
    // Before: the failure ended the GitHub fetch, and the repositories already found were not
    // saved.
    api.stubFor(
        get(urlPathEqualTo("/repos/openai/spinningup/stargazers/history"))
            .atPriority(1)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    CliRunner.Result fetch = cli().run("fetch", "--month", "2018-11", "--only", "github");

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.err())
        .contains(
            "saving github: 9 repositories",
            "warning: github: stars gained measured for 1 of 9 repositories, then stopped at openai/spinningup: ");
    try (Store store = Store.open(workspace)) {
      assertThat(store.repos(CalendarMonth.of(2018, 11))).hasSize(9);
      assertThat(store.starGains(CalendarMonth.of(2018, 11)).values())
          .singleElement()
          .satisfies(
              g -> assertThat(g.stars()).isEqualTo(NOVEMBER_GAINS.get("hanxiao/bert-as-service")));
    }
  }

  @Test
  void theDryRunListsTheStarHistoryRequestsAndTheTrendingSearchesOfARecentMonth() {
    CliRunner.Result plan =
        cli().run("fetch", "--month", "2026-11", "--only", "github", "--dry-run");
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    assertThat(plan.out())
        .contains(
            "trending search 'topic:machine-learning pushed:>=2026-11-01 stars:>=1000': 1 page",
            "for each of up to 80 repositories whose stars gained in 2026-11 are measured",
            "GET "
                + api.baseUrl()
                + "/repos/{owner}/{repo}/stargazers/history?per_page=30&page={page}",
            "its star history: 1 to 17 requests",
            "its stargazer list, where the history gives no figure: up to 24 requests");
    CliRunner.Result old =
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
    assertThat(old.out())
        .doesNotContain("pushed")
        .contains("for each of up to 40 repositories whose stars gained in 2018-11 are measured");
  }
}

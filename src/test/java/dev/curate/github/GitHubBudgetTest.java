package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.curate.github.GitHubStubs.SEARCH;
import static dev.curate.github.GitHubStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.GitHubCredentials;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.SourceResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staying inside GitHub's budgets instead of running into them: proactive waits per bucket, search
 * pacing, one request at a time. The server is {@link RateLimitedGitHub}, which keeps GitHub's
 * limits on the test clock and refuses what GitHub would refuse.
 */
class GitHubBudgetTest {
  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);

  private final SourceHarness harness = new SourceHarness();
  private final RateLimitedGitHub github = new RateLimitedGitHub(harness.clock);

  @RegisterExtension
  final WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().extensions(github))
          .build();

  private void stubSearchAndRepository() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(fixture("search-page-1.json"))));
    wm.stubFor(
        get(urlPathEqualTo("/repos/openai/spinningup"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(fixture("repository.json"))));
  }

  private static List<String> queries(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "topic:q" + i).toList();
  }

  private List<Instant> searchTimes() {
    return github.seen().stream()
        .filter(s -> s.bucket().equals("search"))
        .map(RateLimitedGitHub.Seen::at)
        .toList();
  }

  @Test
  @DisplayName("G6: waits for the reset before a request would go out with the budget used up")
  void waitsForTheResetWhenTheBudgetIsDownToTheReserve() {
    stubSearchAndRepository();
    github.limit("search", 4, Duration.ofMinutes(1));

    SourceResult<Repo> result =
        harness
            .source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), queries(6), 100, 1)
            .fetch(NOVEMBER_2018);

    assertThat(result.items()).hasSize(3);
    wm.verify(6, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(github.refused()).as("requests GitHub saw with remaining 0").isZero();
    // Paced 2 s apart; after the third answer (remaining 1, reset 60 s after the first request)
    // the fourth waits until a second past the reset.
    assertThat(harness.sleeper.sleeps())
        .containsExactly(
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofSeconds(57),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2));
    assertThat(searchTimes().get(3)).isEqualTo(GitHubStubs.SERVER_NOW.plusSeconds(61));
    assertThat(result.report().activity().waits()).isEqualTo(5);
  }

  @Test
  @DisplayName(
      "G6: a proactive wait longer than maxWait fails at once with exit 75 instead of sleeping")
  void aProactiveWaitBeyondMaxWaitIsATemporaryFailure() {
    stubSearchAndRepository();
    github.limit("search", 2, Duration.ofHours(1));
    GitHubSource source =
        harness.source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), queries(2), 100, 1);

    CurateException e =
        catchThrowableOfType(CurateException.class, () -> source.fetch(NOVEMBER_2018));

    assertThat(e.exitCode()).isEqualTo(ExitCode.TEMPORARY);
    assertThat(e)
        .hasMessage(
            "GitHub's search rate limit is down to 1 request (kept back) until 11:00:00 UTC,"
                + " longer than curate may wait (http.maxWait 5m); retry later");
    assertThat(harness.sleeper.sleeps()).isEmpty();
    wm.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  @DisplayName("G7: a used-up search bucket holds up searches only, not core requests")
  void onlyTheExhaustedBucketWaits() throws Exception {
    stubSearchAndRepository();
    github.limit("search", 2, Duration.ofMinutes(1));
    HttpStack http = new HttpStack(SourceHarness.HTTP, harness.sleeper, Optional.empty());
    HttpStats stats = new HttpStats();
    GitHubRest rest =
        GitHubConnection.open(
            wm.baseUrl(),
            SourceHarness.token("GH_TOKEN"),
            SourceHarness.VERSION,
            http,
            harness.clock,
            stats);
    RepositorySearch search = new RepositorySearch(rest, stats, 100, 1);

    search.run("topic:nlp"); // search: 1 left, the reserve
    rest.get(rest.url("repos/openai/spinningup").build(), GitHubRest.JSON);
    rest.get(rest.url("repos/openai/spinningup").build(), GitHubRest.JSON);
    assertThat(harness.sleeper.sleeps()).as("core requests with search at its reserve").isEmpty();
    search.run("topic:nlp");

    assertThat(harness.sleeper.sleeps()).containsExactly(Duration.ofSeconds(61));
    assertThat(github.seen())
        .extracting(RateLimitedGitHub.Seen::bucket)
        .containsExactly("search", "core", "core", "search");
    assertThat(github.seen())
        .extracting(RateLimitedGitHub.Seen::at)
        .containsExactly(
            GitHubStubs.SERVER_NOW,
            GitHubStubs.SERVER_NOW,
            GitHubStubs.SERVER_NOW,
            GitHubStubs.SERVER_NOW.plusSeconds(61));
    assertThat(github.refused()).isZero();
    http.close();
  }

  @Test
  @DisplayName("G11: one request in flight at a time, even when several threads fetch at once")
  void sendsOneRequestAtATimeWhateverTheThreads() throws Exception {
    stubSearchAndRepository();
    github.delay(Duration.ofMillis(200));
    GitHubSource source =
        harness.source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), queries(1), 100, 1);
    ExecutorService threads = Executors.newFixedThreadPool(5);
    try {
      List<Future<SourceResult<Repo>>> fetches = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        fetches.add(threads.submit(() -> source.fetch(NOVEMBER_2018)));
      }
      for (Future<SourceResult<Repo>> f : fetches) {
        assertThat(f.get().items()).hasSize(3);
      }
    } finally {
      threads.shutdownNow();
    }

    wm.verify(5, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(github.maxInFlight()).isEqualTo(1);
  }

  @Test
  @DisplayName("G12: 31 searches with a token go out at least 2 s apart and are never refused")
  void pacesThirtyOneSearchesUnderGitHubsSearchLimit() {
    stubSearchAndRepository();

    SourceResult<Repo> result =
        harness
            .source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), queries(31), 100, 1)
            .fetch(NOVEMBER_2018);

    List<Instant> times = searchTimes();
    assertThat(times).hasSize(31);
    for (int i = 1; i < times.size(); i++) {
      assertThat(Duration.between(times.get(i - 1), times.get(i)))
          .as("gap before search %d", i + 1)
          .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }
    assertThat(github.refused()).as("403s").isZero();
    assertThat(result.report().complete()).isTrue();
  }

  @Test
  @DisplayName("G12: without a token, searches go out at least 6 s apart")
  void pacesSearchesSixSecondsApartWithoutAToken() {
    stubSearchAndRepository();
    github.limit("search", 10, Duration.ofMinutes(1));

    harness
        .source(wm.baseUrl(), GitHubCredentials.none(), queries(11), 100, 1)
        .fetch(NOVEMBER_2018);

    List<Instant> times = searchTimes();
    assertThat(times).hasSize(11);
    for (int i = 1; i < times.size(); i++) {
      assertThat(Duration.between(times.get(i - 1), times.get(i)))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(6));
    }
    assertThat(github.refused()).isZero();
  }
}

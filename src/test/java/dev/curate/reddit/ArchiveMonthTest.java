package dev.curate.reddit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.curate.config.Endpoints;
import dev.curate.config.RedditSettings;
import dev.curate.config.RedditSourceChoice;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.model.ReadMethod;
import dev.curate.model.RedditThread;
import dev.curate.model.SubredditFetch;
import dev.curate.model.ThreadFigures;
import dev.curate.testing.TestClock;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole month of a subreddit from the Arctic Shift archive, against a stand-in that pages by
 * {@code after} as the archive does, beside the top listing that ends at 1,000 items.
 */
class ArchiveMonthTest {
  static final RedditStandIn standIn = new RedditStandIn();

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().extensions(standIn))
          .build();

  static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);
  static final String SEARCH = "/api/posts/search";

  /** Mid-December 2018: November is within the top listing's t=year window. */
  static final Instant DECEMBER_2018 = Instant.parse("2018-12-15T00:00:00Z");

  final RedditStubs stubs = new RedditStubs();

  @BeforeEach
  void standInServesEverything() {
    standIn.reset();
    wm.stubFor(
        any(anyUrl()).atPriority(10).willReturn(aResponse().withTransformers(RedditStandIn.NAME)));
  }

  RedditSource source(RedditSourceChoice choice, int refreshTop, Clock clock, String redditUrl) {
    return new RedditSource(
        new RedditSettings(List.of("MachineLearning"), 10, choice, refreshTop),
        new Endpoints("http://127.0.0.1:9/github", redditUrl, redditUrl, wm.baseUrl()),
        RedditStubs.publicAccess(),
        stubs.stack(),
        clock,
        stubs.progress::add);
  }

  RedditSource source(RedditSourceChoice choice, int refreshTop) {
    return source(choice, refreshTop, stubs.clock, wm.baseUrl());
  }

  static List<String> generatedIds(int count) {
    return IntStream.range(0, count).mapToObj(GeneratedMonth::id).toList();
  }

  static List<String> keptIds(SubredditFetch fetch) {
    return fetch.threads().items().stream()
        .filter(t -> !t.deleted())
        .map(RedditThread::id)
        .toList();
  }

  @Test
  void theArchiveYieldsEveryPostOfAnOldMonthWhereTheListingStopsAtItsThousandItemEnd() {
    standIn.month("MachineLearning", GeneratedMonth.posts("MachineLearning", 1500));

    SubredditFetch listing = source(RedditSourceChoice.api, 0).fetchMonth(NOVEMBER_2018).get(0);
    SubredditFetch archive = source(RedditSourceChoice.archive, 0).fetchMonth(NOVEMBER_2018).get(0);

    assertThat(listing.threads().report().kept()).isEqualTo(1000);
    assertThat(listing.threads().report().complete()).isFalse();
    assertThat(listing.threads().report().method()).isEqualTo(ReadMethod.LISTING);
    assertThat(listing.threads().report().warnings())
        .anySatisfy(w -> assertThat(w).contains("1,000-item end"));

    assertThat(keptIds(archive)).containsExactlyElementsOf(generatedIds(1500));
    assertThat(archive.threads().report().kept()).isEqualTo(1500);
    assertThat(archive.threads().report().method()).isEqualTo(ReadMethod.ARCHIVE);
    assertThat(archive.threads().report().complete()).isTrue();
    assertThat(archive.threads().report().warnings()).isEmpty();
    // 1,500 posts, 100 a page, each page restarting a second early: 16 pages, not hundreds.
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo(SEARCH)))).hasSize(16);
    assertThat(archive.threads().report().requests()).isEqualTo(16 + 1); // and the month's count
  }

  @ParameterizedTest(name = "after inclusive: {0}")
  @ValueSource(booleans = {false, true})
  void postsSharingASecondAcrossPageEndsAreNeitherLostNorDuplicated(boolean inclusiveAfter) {
    standIn.inclusiveAfter(inclusiveAfter);
    standIn.month("MachineLearning", GeneratedMonth.posts("MachineLearning", 450));

    SubredditFetch archive = source(RedditSourceChoice.archive, 0).fetchMonth(NOVEMBER_2018).get(0);

    assertThat(keptIds(archive)).containsExactlyElementsOf(generatedIds(450));
    List<LoggedRequest> requests = wm.findAll(getRequestedFor(urlPathEqualTo(SEARCH)));
    LoggedRequest first = requests.get(0);
    assertThat(first.queryParameter("subreddit").firstValue()).isEqualTo("MachineLearning");
    assertThat(first.queryParameter("after").firstValue()).isEqualTo("1541030399");
    assertThat(first.queryParameter("before").firstValue()).isEqualTo("1543622400");
    assertThat(first.queryParameter("sort").firstValue()).isEqualTo("asc");
    assertThat(first.queryParameter("limit").firstValue()).isEqualTo("100");
    List<Long> afters =
        requests.stream().map(r -> Long.parseLong(r.queryParameter("after").firstValue())).toList();
    assertThat(afters).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void moreThanAPageWithinOneSecondEndsWithAWarningInsteadOfLooping() {
    long second = GeneratedMonth.NOVEMBER_2018.getEpochSecond() + 60;
    List<Map<String, Object>> crowd =
        IntStream.range(0, 150)
            .mapToObj(i -> GeneratedMonth.post("MachineLearning", i, second))
            .toList();
    standIn.month("MachineLearning", crowd);

    SubredditFetch archive = source(RedditSourceChoice.archive, 0).fetchMonth(NOVEMBER_2018).get(0);

    assertThat(keptIds(archive)).hasSize(100).doesNotHaveDuplicates();
    assertThat(archive.threads().report().warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains("more than 100 archived posts within two seconds"));
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo(SEARCH)))).hasSizeLessThanOrEqualTo(4);
  }

  @Test
  void autoReadsOnlyTheListingForARecentMonthItCoversCompletely() {
    standIn.month("MachineLearning", GeneratedMonth.posts("MachineLearning", 300));

    SubredditFetch fetch =
        source(RedditSourceChoice.auto, 0, new TestClock(DECEMBER_2018), wm.baseUrl())
            .fetchMonth(NOVEMBER_2018)
            .get(0);

    assertThat(fetch.threads().report().method()).isEqualTo(ReadMethod.LISTING);
    assertThat(fetch.threads().report().complete()).isTrue();
    assertThat(fetch.threads().report().kept()).isEqualTo(300);
    wm.verify(3, getRequestedFor(urlPathEqualTo("/r/MachineLearning/top.json")));
    wm.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void autoTurnsToTheArchiveWhenTheListingIsCut() {
    standIn.month("MachineLearning", GeneratedMonth.posts("MachineLearning", 1500));

    SubredditFetch fetch =
        source(RedditSourceChoice.auto, 0, new TestClock(DECEMBER_2018), wm.baseUrl())
            .fetchMonth(NOVEMBER_2018)
            .get(0);

    assertThat(fetch.threads().report().method()).isEqualTo(ReadMethod.ARCHIVE);
    assertThat(fetch.threads().report().kept()).isEqualTo(1500);
    assertThat(fetch.threads().report().complete()).isTrue();
    wm.verify(10, getRequestedFor(urlPathEqualTo("/r/MachineLearning/top.json")));
    wm.verify(16, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void autoGoesStraightToTheArchiveForAMonthOlderThanAYear() {
    standIn.month("MachineLearning", GeneratedMonth.posts("MachineLearning", 120));

    SubredditFetch fetch = source(RedditSourceChoice.auto, 0).fetchMonth(NOVEMBER_2018).get(0);

    assertThat(fetch.threads().report().method()).isEqualTo(ReadMethod.ARCHIVE);
    assertThat(fetch.threads().report().kept()).isEqualTo(120);
    wm.verify(0, getRequestedFor(urlPathMatching("/r/.*")));
  }

  @Test
  void autoFallsBackToTheListingWhenTheArchiveFails() {
    standIn.month("MachineLearning", GeneratedMonth.posts("MachineLearning", 120));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"Query timed out\"}")));

    SubredditFetch fetch = source(RedditSourceChoice.auto, 0).fetchMonth(NOVEMBER_2018).get(0);

    assertThat(fetch.threads().report().method()).isEqualTo(ReadMethod.LISTING);
    assertThat(fetch.threads().report().kept()).isEqualTo(120);
    assertThat(fetch.threads().report().warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains("the archive failed")
                    .contains("HTTP 400")
                    .contains("Query timed out"));
  }

  @Test
  void anArchiveErrorWithArchiveChosenIsOneLineNamingHostStatusAndMessage() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"Maintenance\"}")));

    assertThatThrownBy(() -> source(RedditSourceChoice.archive, 0).fetchMonth(NOVEMBER_2018))
        .isInstanceOf(CurateException.class)
        .hasMessageContaining(
            "the Reddit archive at localhost answered GET /api/posts/search (r/MachineLearning)"
                + " with HTTP 503: Maintenance; retry later")
        .satisfies(e -> assertThat(((CurateException) e).exitCode()).isEqualTo(ExitCode.TEMPORARY));
    // The shared stack's transient retries (3 attempts in these tests), not more.
    wm.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void refreshAsksRedditAHundredIdsAtATimeAndKeepsBothFigures() {
    standIn.month("MachineLearning", GeneratedMonth.posts("MachineLearning", 1500));
    List<Map<String, Object>> posts = GeneratedMonth.posts("MachineLearning", 1500);
    Map<String, Object> best =
        posts.stream()
            .max(
                (a, b) ->
                    Integer.compare(
                        (Integer) a.get("score") + (Integer) a.get("num_comments"),
                        (Integer) b.get("score") + (Integer) b.get("num_comments")))
            .orElseThrow();
    standIn.deletedSinceArchived((String) best.get("id"));

    SubredditFetch fetch = source(RedditSourceChoice.archive, 250).fetchMonth(NOVEMBER_2018).get(0);

    List<LoggedRequest> info = wm.findAll(getRequestedFor(urlPathEqualTo("/api/info.json")));
    assertThat(info)
        .extracting(r -> r.queryParameter("id").firstValue().split(",").length)
        .containsExactly(100, 100, 50);
    assertThat(info)
        .allSatisfy(r -> assertThat(r.queryParameter("raw_json").firstValue()).isEqualTo("1"));
    Set<String> asked =
        info.stream()
            .flatMap(r -> Set.of(r.queryParameter("id").firstValue().split(",")).stream())
            .collect(Collectors.toSet());
    assertThat(asked).hasSize(250).contains("t3_" + best.get("id"));

    // The post deleted since it was archived: a tombstone, so the store purges any copy.
    assertThat(fetch.threads().items())
        .filteredOn(RedditThread::deleted)
        .extracting(RedditThread::id)
        .containsExactly((String) best.get("id"));
    assertThat(fetch.threads().report().kept()).isEqualTo(1499);

    Map<String, ThreadFigures> figures =
        fetch.figures().stream().collect(Collectors.toMap(ThreadFigures::threadId, f -> f));
    assertThat(figures).hasSize(1499);
    assertThat(figures.values().stream().filter(ThreadFigures::refreshed)).hasSize(249);
    Map<String, RedditThread> threads =
        fetch.threads().items().stream().collect(Collectors.toMap(RedditThread::id, t -> t));
    for (ThreadFigures f : figures.values()) {
      RedditThread t = threads.get(f.threadId());
      if (f.refreshed()) {
        assertThat(f.refreshedScore()).isEqualTo(f.archivedScore() + 1000);
        assertThat(f.refreshedComments()).isEqualTo(f.archivedComments() + 100);
        assertThat(f.refreshedAt()).isEqualTo(RedditStubs.NOW);
        assertThat(t.score())
            .as("ranking uses the refreshed figures")
            .isEqualTo(f.refreshedScore());
      } else {
        assertThat(t.score()).isEqualTo(f.archivedScore());
        assertThat(f.refreshedAt()).isNull();
      }
      assertThat(f.archivedAt()).isEqualTo(t.createdAt().plusSeconds(36 * 3600));
    }
  }

  @Test
  void anAbsurdValueInAnArchivePageCostsOnlyThatPostAndNeverThePaging() throws Exception {
    List<Map<String, Object>> posts =
        new java.util.ArrayList<>(GeneratedMonth.posts("MachineLearning", 100));
    standIn.month("MachineLearning", posts.subList(0, 99));
    List<Map<String, Object>> page =
        posts.stream()
            .map(java.util.LinkedHashMap::new)
            .map(p -> (Map<String, Object>) p)
            .collect(Collectors.toList());
    // The page's last post decides where the next page starts: a date of 1e300 must not end the
    // read with an ArithmeticException nor send it past the month.
    page.get(99).put("created_utc", new java.math.BigDecimal("1e300"));
    page.get(50).put("score", new java.math.BigDecimal("1e300"));
    page.get(10).put("num_comments", -4);
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam(
                "after", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1541030399"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        new com.fasterxml.jackson.databind.ObjectMapper()
                            .writeValueAsString(Map.of("data", page)))));

    SubredditFetch fetch = source(RedditSourceChoice.archive, 0).fetchMonth(NOVEMBER_2018).get(0);

    List<String> skipped =
        List.of(GeneratedMonth.id(10), GeneratedMonth.id(50), GeneratedMonth.id(99));
    assertThat(keptIds(fetch)).hasSize(97).doesNotContainAnyElementsOf(skipped);
    assertThat(fetch.threads().report().warnings())
        .containsExactly(
            "r/MachineLearning: skipped 3 posts with an"
                + " unusable value, the rest are kept: "
                + skipped.get(0)
                + " (num_comments -4 is below zero); "
                + skipped.get(1)
                + " (score 1E+300 is not a whole number in range); "
                + skipped.get(2)
                + " (created_utc 1E+300 is no date)");
    // The second page starts a second before post 98's: the paging went on from the last usable
    // date.
    List<LoggedRequest> searches = wm.findAll(getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(searches).hasSize(2);
    assertThat(Long.parseLong(searches.get(1).queryParameter("after").firstValue()))
        .isEqualTo(((Number) posts.get(98).get("created_utc")).longValue() - 1);
  }

  @Test
  void anAbsurdValueInRedditsInfoAnswerKeepsThatThreadsArchivedFigures() throws Exception {
    List<Map<String, Object>> posts = GeneratedMonth.posts("MachineLearning", 20);
    standIn.month("MachineLearning", posts);
    List<Map<String, Object>> now = new java.util.ArrayList<>();
    for (Map<String, Object> p : posts) {
      Map<String, Object> current = new java.util.LinkedHashMap<>(p);
      current.remove("retrieved_on");
      current.put("score", (Integer) p.get("score") + 1000);
      now.add(current);
    }
    String hostile = GeneratedMonth.id(3);
    now.get(3).put("score", new java.math.BigDecimal("1e300"));
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    data.put("after", null);
    data.put("children", now.stream().map(p -> Map.of("kind", "t3", "data", p)).toList());
    wm.stubFor(
        get(urlPathEqualTo("/api/info.json"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(
                        new com.fasterxml.jackson.databind.ObjectMapper()
                            .writeValueAsString(Map.of("kind", "Listing", "data", data)))));

    SubredditFetch fetch = source(RedditSourceChoice.archive, 100).fetchMonth(NOVEMBER_2018).get(0);

    assertThat(fetch.threads().report().kept()).isEqualTo(20);
    ThreadFigures figures =
        fetch.figures().stream()
            .filter(f -> f.threadId().equals(hostile))
            .findFirst()
            .orElseThrow();
    assertThat(figures.refreshed()).isFalse();
    assertThat(fetch.threads().items())
        .filteredOn(t -> t.id().equals(hostile))
        .singleElement()
        .satisfies(t -> assertThat(t.score()).isEqualTo(posts.get(3).get("score")));
    assertThat(fetch.figures()).filteredOn(ThreadFigures::refreshed).hasSize(19);
    assertThat(fetch.threads().report().warnings())
        .containsExactly(
            "r/MachineLearning, Reddit's /api/info answer:"
                + " skipped 1 post with an unusable value, their threads keep the archive's figures: "
                + hostile
                + " (score 1E+300 is not a whole number in range)");
  }

  @Test
  void unreachableRedditKeepsTheArchivedFiguresWithAWarning() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    standIn.month("MachineLearning", GeneratedMonth.posts("MachineLearning", 150));

    SubredditFetch fetch =
        source(RedditSourceChoice.archive, 500, stubs.clock, "http://127.0.0.1:" + closed)
            .fetchMonth(NOVEMBER_2018)
            .get(0);

    assertThat(fetch.threads().report().kept()).isEqualTo(150);
    assertThat(fetch.figures()).hasSize(150).noneMatch(ThreadFigures::refreshed);
    assertThat(fetch.threads().report().warnings())
        .singleElement()
        .satisfies(
            w ->
                assertThat(w)
                    .contains("could not refresh figures from Reddit")
                    .contains("150 threads keep the archive's figures"));
  }

  @Test
  void rejectedCredentialsOnRefreshEndTheFetchLikeEverywhereElse() {
    standIn.month("MachineLearning", GeneratedMonth.posts("MachineLearning", 20));
    wm.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/v1/access_token"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\": \"Unauthorized\", \"error\": 401}")));
    RedditSource source =
        new RedditSource(
            new RedditSettings(List.of("MachineLearning"), 10, RedditSourceChoice.archive, 100),
            new Endpoints("http://127.0.0.1:9/github", wm.baseUrl(), wm.baseUrl(), wm.baseUrl()),
            RedditStubs.oauth(),
            stubs.stack(),
            stubs.clock,
            stubs.progress::add);

    assertThatThrownBy(() -> source.fetchMonth(NOVEMBER_2018))
        .isInstanceOf(CurateException.class)
        .satisfies(
            e -> assertThat(((CurateException) e).exitCode()).isEqualTo(ExitCode.CREDENTIALS))
        .hasMessageNotContaining(RedditStubs.CLIENT_SECRET);
  }

  @ParameterizedTest(name = "the archive counts {0}, serves 300")
  @ValueSource(ints = {300, 320})
  void theArchivesMonthlyCountAboveWhatItServedMarksTheMonthIncomplete(int counted) {
    standIn.month("MachineLearning", GeneratedMonth.posts("MachineLearning", 300));
    standIn.publishedCount("MachineLearning", counted);

    SubredditFetch fetch = source(RedditSourceChoice.archive, 0).fetchMonth(NOVEMBER_2018).get(0);

    assertThat(fetch.threads().report().expectedPosts()).isEqualTo(counted);
    assertThat(fetch.threads().report().complete()).isEqualTo(counted == 300);
    if (counted > 300) {
      assertThat(fetch.threads().report().warnings())
          .singleElement()
          .satisfies(
              w ->
                  assertThat(w).contains("the archive counts 320 posts in 2018-11 but served 300"));
    }
    wm.verify(
        getRequestedFor(urlPathEqualTo("/api/time_series"))
            .withQueryParam(
                "key",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                    "r/MachineLearning/posts/count"))
            .withQueryParam(
                "precision", com.github.tomakehurst.wiremock.client.WireMock.equalTo("month")));
  }
}

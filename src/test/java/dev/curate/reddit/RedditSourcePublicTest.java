package dev.curate.reddit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.curate.reddit.RedditStubs.ids;
import static dev.curate.reddit.RedditStubs.json;
import static dev.curate.reddit.RedditStubs.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.curate.config.RedditCredentials;
import dev.curate.error.ApiException;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.SourceId;
import dev.curate.model.SourceResult;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The public listings ({@code www.reddit.com/r/{sub}/top.json}), without credentials. */
class RedditSourcePublicTest {
  @RegisterExtension
  static WireMockExtension reddit =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);
  static final String ML_TOP = "/r/MachineLearning/top.json";
  static final String DS_TOP = "/r/datascience/top.json";

  final RedditStubs stubs = new RedditStubs();

  RedditSource source(String... subreddits) {
    return stubs.source(
        reddit.baseUrl(), reddit.baseUrl(), RedditStubs.publicAccess(), 10, subreddits);
  }

  void stubTwoMachineLearningPages() {
    reddit.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(listing("machinelearning_top_page1.json")));
    reddit.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_9sfv8x"))
            .willReturn(listing("machinelearning_top_page2.json")));
  }

  @Test
  void followsAfterToTheEndOfTheListingAndKeepsOnlyTheMonthsPosts() {
    stubTwoMachineLearningPages();

    List<SourceResult<RedditThread>> results = source("MachineLearning").fetch(NOVEMBER_2018);

    assertThat(results).hasSize(1);
    SourceResult<RedditThread> ml = results.get(0);
    // The month's threads in listing order, then the tombstone of 9wd2xk, which its author deleted.
    assertThat(ids(ml))
        .containsExactly(
            "9ysmtn", "9zr4aa", "9tangi", "9vq3kb", "9symfk", "9x4kq1", "9y1n7c", "9wd2xk");
    assertThat(ml.items().get(7).deleted()).isTrue();
    assertThat(ml.report().source()).isEqualTo(new SourceId.Subreddit("MachineLearning"));
    assertThat(ml.report().requests()).isEqualTo(2);
    assertThat(ml.report().found()).isEqualTo(10);
    assertThat(ml.report().kept()).isEqualTo(7);
    assertThat(ml.report().complete()).isTrue();
    assertThat(ml.report().warnings()).isEmpty();

    List<LoggedRequest> requests = reddit.findAll(getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(requests).hasSize(2);
    for (LoggedRequest r : requests) {
      assertThat(r.queryParameter("t").firstValue()).isEqualTo("all");
      assertThat(r.queryParameter("limit").firstValue()).isEqualTo("100");
      assertThat(r.queryParameter("raw_json").firstValue()).isEqualTo("1");
      assertThat(r.getHeader("User-Agent")).isEqualTo(RedditStubs.USER_AGENT);
      assertThat(r.containsHeader("Authorization")).isFalse();
    }
    assertThat(requests.get(0).queryParameter("after").isPresent()).isFalse();
    assertThat(requests.get(1).queryParameter("after").firstValue()).isEqualTo("t3_9sfv8x");
    assertThat(stubs.progress).anyMatch(line -> line.contains("r/MachineLearning: page 2"));
  }

  @Test
  void returnsOneResultPerSubredditInConfigurationOrder() {
    stubTwoMachineLearningPages();
    reddit.stubFor(get(urlPathEqualTo(DS_TOP)).willReturn(listing("datascience_top.json")));

    List<SourceResult<RedditThread>> results =
        source("datascience", "MachineLearning").fetch(NOVEMBER_2018);

    assertThat(results)
        .extracting(r -> r.report().source())
        .containsExactly(
            new SourceId.Subreddit("datascience"), new SourceId.Subreddit("MachineLearning"));
    assertThat(ids(results.get(0))).containsExactly("9xxm3w");
    assertThat(results.get(0).report().requests()).isEqualTo(1);
    assertThat(results.get(0).report().found()).isEqualTo(2);
    assertThat(results.get(1).report().requests()).isEqualTo(2);
  }

  @Test
  void keepsAPostAtTheMonthsFirstSecondAndDropsOneAtTheNextMonthsFirstSecond() {
    reddit.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(listing("month_boundaries.json")));

    SourceResult<RedditThread> ml = source("MachineLearning").fetch(NOVEMBER_2018).get(0);

    // 9t0bnd: 2018-11-01T00:00:00Z, a1jzzz: 2018-11-30T23:59:59Z; dropped: a1k0bd at
    // 2018-12-01T00:00:00Z and 9szzzz at 2018-10-31T23:59:59Z.
    assertThat(ids(ml)).containsExactly("9t0bnd", "a1jzzz");
    assertThat(ml.items().get(0).createdAt()).isEqualTo(NOVEMBER_2018.start());
  }

  @Test
  void anUnknownSubredditBecomesAWarningAndTheOthersStillComplete() {
    reddit.stubFor(
        get(urlPathEqualTo("/r/NoSuchSub/top.json"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader(
                        "Location", "https://www.reddit.com/subreddits/search.json?q=NoSuchSub")));
    reddit.stubFor(get(urlPathEqualTo(DS_TOP)).willReturn(listing("datascience_top.json")));

    List<SourceResult<RedditThread>> results =
        source("NoSuchSub", "datascience").fetch(NOVEMBER_2018);

    assertThat(results.get(0).items()).isEmpty();
    assertThat(results.get(0).report().warnings())
        .containsExactly(
            "r/NoSuchSub does not exist (Reddit redirected to its subreddit search); check reddit.subreddits");
    assertThat(results.get(0).report().requests()).isEqualTo(1);
    assertThat(ids(results.get(1))).containsExactly("9xxm3w");
    reddit.verify(0, getRequestedFor(urlPathMatching("/subreddits/.*")));
  }

  @Test
  void aPrivateSubredditBecomesAWarning() {
    reddit.stubFor(
        get(urlPathEqualTo("/r/lounge/top.json")).willReturn(json(403, "private_403.json")));
    reddit.stubFor(get(urlPathEqualTo(DS_TOP)).willReturn(listing("datascience_top.json")));

    List<SourceResult<RedditThread>> results = source("lounge", "datascience").fetch(NOVEMBER_2018);

    assertThat(results.get(0).items()).isEmpty();
    assertThat(results.get(0).report().warnings())
        .singleElement()
        .asString()
        .contains("r/lounge", "private", "403");
    assertThat(ids(results.get(1))).containsExactly("9xxm3w");
  }

  @Test
  void aBannedSubredditBecomesAWarning() {
    reddit.stubFor(
        get(urlPathEqualTo("/r/gone/top.json")).willReturn(json(404, "banned_404.json")));

    SourceResult<RedditThread> gone = source("gone").fetch(NOVEMBER_2018).get(0);

    assertThat(gone.report().warnings())
        .singleElement()
        .asString()
        .contains("r/gone", "banned", "404");
    reddit.verify(1, getRequestedFor(urlPathEqualTo("/r/gone/top.json")));
  }

  @Test
  void malformedJsonIsAnApiError() {
    reddit.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody("{\"kind\": \"Listing\", \"data\": {\"chil")));

    assertThatThrownBy(() -> source("MachineLearning").fetch(NOVEMBER_2018))
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith("malformed JSON from GET /r/MachineLearning/top")
        .hasMessageNotContaining("com.fasterxml");
  }

  @Test
  void a503ThatPersistsAfterTheSharedRetriesNamesSubredditStatusAndHost() {
    reddit.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<h1>all our servers are busy</h1>")));

    assertThatThrownBy(() -> source("MachineLearning").fetch(NOVEMBER_2018))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "Reddit unavailable: listing r/MachineLearning still failed after retries (HTTP 503 from localhost); retry later");
    reddit.verify(3, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(stubs.sleeper.sleeps()).hasSize(2);
  }

  @Test
  void aRefusedConnectionSaysWhichHostAndWhichVariablesToCheck() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort;
    RedditSource source = stubs.source(url, url, RedditStubs.publicAccess(), 10, "MachineLearning");

    assertThatThrownBy(() -> source.fetch(NOVEMBER_2018))
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith("cannot reach 127.0.0.1")
        .hasMessageContaining("(connection refused): check your network or")
        .hasMessageContaining("CURATE_REDDIT_URL / CURATE_REDDIT_OAUTH_URL");
  }

  @Test
  void aRateLimitWaitLongerThanMaxWaitFailsAtOnce() {
    reddit.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .willReturn(json(429, "too_many_requests_429.json").withHeader("Retry-After", "900")));

    assertThatThrownBy(() -> source("MachineLearning").fetch(NOVEMBER_2018))
        .isInstanceOf(CurateException.class)
        .satisfies(e -> assertThat(((CurateException) e).exitCode()).isEqualTo(ExitCode.TEMPORARY))
        .hasMessageContaining("900 s");
    reddit.verify(1, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(stubs.sleeper.sleeps()).isEmpty();
  }

  @Test
  void titlesWithAmpersandsAngleBracketsEmojiAndCjkArriveExactly() {
    stubTwoMachineLearningPages();

    List<RedditThread> items = source("MachineLearning").fetch(NOVEMBER_2018).get(0).items();

    RedditThread tokenizer = byId(items, "9vq3kb");
    assertThat(tokenizer.title())
        .isEqualTo(
            "[P] Q&A: <3 bounds & \uD83E\uDD16 \u81EA\u7136\u8A00\u8A9E\u51E6\u7406 \u2014 fast tokenizers for"
                + " \u65E5\u672C\u8A9E & \u4E2D\u6587");
    assertThat(tokenizer.selftext())
        .isEqualTo(
            "Benchmarks: a < b && c > d; \uD83D\uDE80 2\u00D7 faster than MeCab on"
                + " \u65E5\u672C\u8A9E text.");
  }

  @Test
  void mapsEveryFieldOfARealThread() {
    stubTwoMachineLearningPages();

    RedditThread debate =
        byId(source("MachineLearning").fetch(NOVEMBER_2018).get(0).items(), "9ysmtn");

    assertThat(debate.subreddit()).isEqualTo("MachineLearning");
    assertThat(debate.title()).isEqualTo("[D] Debate on TensorFlow 2.0 API");
    assertThat(debate.author()).isEqualTo("tf_api_watcher");
    assertThat(debate.score()).isEqualTo(412);
    assertThat(debate.comments()).isEqualTo(197);
    assertThat(debate.upvoteRatio()).isEqualTo(0.96);
    assertThat(debate.createdAt()).isEqualTo("2018-11-20T02:20:49Z");
    // Absolute on the public site, although the listing came from WireMock's localhost.
    assertThat(debate.permalink())
        .isEqualTo(
            "https://www.reddit.com/r/MachineLearning/comments/9ysmtn/d_debate_on_tensorflow_2_0_api/");
    assertThat(debate.url()).isEqualTo(debate.permalink());
    assertThat(debate.flair()).isEqualTo("Discussion");
    assertThat(debate.isSelf()).isTrue();
    assertThat(debate.selftext())
        .startsWith("The RFCs for TF 2.0 are public & the eager-first API");
    assertThat(debate.over18()).isFalse();
    assertThat(debate.stickied()).isFalse();
    assertThat(debate.removed()).isFalse();
    assertThat(debate.deleted()).isFalse();
    assertThat(debate.fetchedAt()).isEqualTo(RedditStubs.NOW);
  }

  @Test
  void mapsNullFlairsDeletedAuthorsRemovedPostsStickiesAndNsfw() {
    stubTwoMachineLearningPages();

    List<RedditThread> items = source("MachineLearning").fetch(NOVEMBER_2018).get(0).items();

    RedditThread deleted = byId(items, "9wd2xk");
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.title()).isEmpty();

    RedditThread removed = byId(items, "9x4kq1");
    assertThat(removed.removed()).isTrue();
    assertThat(removed.deleted()).isFalse();
    assertThat(removed.author()).isEqualTo("gpu_deals_4u");
    assertThat(removed.selftext()).isNull();

    RedditThread sticky = byId(items, "9zr4aa");
    assertThat(sticky.stickied()).isTrue();
    assertThat(sticky.flair()).isNull();

    RedditThread nsfw = byId(items, "9y1n7c");
    assertThat(nsfw.over18()).isTrue();
    assertThat(nsfw.isSelf()).isFalse();
    assertThat(nsfw.url()).isEqualTo("https://github.com/example/tiny-nsfw-cnn");

    RedditThread rnd = byId(items, "9tangi");
    assertThat(rnd.removed()).isFalse();
    assertThat(rnd.deleted()).isFalse();
  }

  @Test
  void warnsOnceWhenRedditUserAgentWasNotSet() {
    reddit.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(listing("empty_listing.json")));
    reddit.stubFor(get(urlPathEqualTo(DS_TOP)).willReturn(listing("empty_listing.json")));
    RedditCredentials defaults =
        new RedditCredentials(
            Optional.empty(), Optional.empty(), RedditCredentials.defaultUserAgent("0.1.0"), false);
    RedditSource source =
        stubs.source(
            reddit.baseUrl(), reddit.baseUrl(), defaults, 10, "MachineLearning", "datascience");

    List<SourceResult<RedditThread>> results = source.fetch(NOVEMBER_2018);

    assertThat(results.get(0).report().warnings())
        .singleElement()
        .asString()
        .contains("REDDIT_USER_AGENT");
    assertThat(results.get(1).report().warnings()).isEmpty();
    reddit.verify(
        2,
        anyRequestedFor(anyUrl())
            .withHeader("User-Agent", equalTo("jvm:dev.curate:v0.1.0 (by /u/curate_roundup)")));
  }

  @Test
  void noUserAgentWarningWhenItWasSet() {
    reddit.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(listing("empty_listing.json")));

    SourceResult<RedditThread> ml = source("MachineLearning").fetch(NOVEMBER_2018).get(0);

    assertThat(ml.report().warnings()).isEmpty();
  }

  private static RedditThread byId(List<RedditThread> items, String id) {
    return items.stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no thread " + id + " in " + items));
  }
}

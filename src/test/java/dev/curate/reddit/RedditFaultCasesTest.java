package dev.curate.reddit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.curate.reddit.RedditStubs.html;
import static dev.curate.reddit.RedditStubs.ids;
import static dev.curate.reddit.RedditStubs.json;
import static dev.curate.reddit.RedditStubs.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.curate.config.HttpSettings;
import dev.curate.config.RedditCredentials;
import dev.curate.error.ApiException;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import dev.curate.reddit.post.Post;
import dev.curate.reddit.post.ThreadMapper;
import dev.curate.reddit.post.UnusablePost;
import dev.curate.store.Store;
import dev.curate.testing.SourceReports;
import dev.curate.workflow.FetchService;
import dev.curate.workflow.FetchSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Reddit fault catalogue, R1 to R14 of docs/reference api-behaviour.md section 4.B7.2, one case
 * per display name. Application-only OAuth, as Reddit asks of clients: the token from one WireMock
 * server ({@code www.reddit.com}), listings from another ({@code oauth.reddit.com}). All waits go
 * through the recording sleeper, which moves the test clock; nothing sleeps.
 */
class RedditFaultCasesTest {
  @RegisterExtension
  static WireMockExtension www =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension oauth =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);
  static final String TOKEN_PATH = "/api/v1/access_token";
  static final String ML_TOP = "/r/MachineLearning/top";
  static final String DS_TOP = "/r/datascience/top";
  static final String FIRST_TOKEN = "bearer -dummy-app-only-token-not-real";
  static final String SECOND_TOKEN = "bearer -dummy-refreshed-token-not-real";

  /** Reddit's format, "<platform>:<app ID>:<version string> (by /u/<reddit username>)". */
  static final Pattern REDDIT_USER_AGENT =
      Pattern.compile("^[a-z]+:[\\w.]+:v?[\\d.]+ \\(by /u/\\w+\\)$");

  final RedditStubs stubs = new RedditStubs();

  @TempDir Path workspace;

  RedditSource source(String... subreddits) {
    return sourceWithMaxPages(10, subreddits);
  }

  RedditSource sourceWithMaxPages(int maxPages, String... subreddits) {
    return stubs.source(www.baseUrl(), oauth.baseUrl(), RedditStubs.oauth(), maxPages, subreddits);
  }

  void stubToken() {
    www.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(200, "access_token.json")));
  }

  /** First answer {@code first}, then {@code then}, for every later request to {@code path}. */
  static void onceThen(
      String path, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
    oauth.stubFor(
        get(urlPathEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs(STARTED)
            .willReturn(first)
            .willSetStateTo("answered once"));
    oauth.stubFor(
        get(urlPathEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs("answered once")
            .willReturn(then));
  }

  SourceResult<RedditThread> machineLearning() {
    return source("MachineLearning").fetch(NOVEMBER_2018).get(0);
  }

  static CurateException failure(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(CurateException.class);
    CurateException e = (CurateException) thrown;
    // One line for stderr, and never a credential: the CLI prints this message as it is.
    assertThat(e.getMessage())
        .doesNotContain("\n", RedditStubs.CLIENT_ID, RedditStubs.CLIENT_SECRET, "dummy");
    return e;
  }

  // --- R1, R2: OAuth ---------------------------------------------------------------------

  @Test
  @DisplayName(
      "R1: token endpoint 401 → exit 4 naming REDDIT_CLIENT_ID/SECRET, no secret, 1 request")
  void r1RejectedClientCredentials() {
    www.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(401, "unauthorized_401.json")));

    CurateException e =
        failure(() -> source("MachineLearning", "datascience").fetch(NOVEMBER_2018));

    assertThat(e.exitCode()).isEqualTo(ExitCode.CREDENTIALS);
    assertThat(e.getMessage())
        .isEqualTo(
            "Reddit rejected REDDIT_CLIENT_ID/REDDIT_CLIENT_SECRET (401): check the"
                + " app's id and secret at https://www.reddit.com/prefs/apps");
    www.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    oauth.verify(0, anyRequestedFor(anyUrl()));
    assertThat(stubs.sleeper.sleeps()).isEmpty();
  }

  @Test
  @DisplayName(
      "R1b: token endpoint 500 after the retries → exit 75 'retry later', no API call, no secret")
  void r1TokenEndpointStillDownIsTemporary() {
    // Reddit's own 5xx body, as praw-dev/praw#931 quotes it: {"message": "Internal Server Error",
    // "error": 500}.
    www.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(500, "server_error_500.json")));

    CurateException e = failure(() -> source("MachineLearning").fetch(NOVEMBER_2018));

    assertThat(e.exitCode()).isEqualTo(ExitCode.TEMPORARY);
    assertThat(e.getMessage())
        .startsWith(
            "Reddit unavailable: the token request still failed after retries (HTTP 500 from ")
        .endsWith("; retry later");
    // The shared retries (3 attempts in these tests' stack), not one more and not none.
    www.verify(3, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    oauth.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  @DisplayName("R2: API 401 once (expired token) → one new token, one retry, success")
  void r2ExpiredTokenIsRenewedOnce() {
    www.stubFor(
        post(urlPathEqualTo(TOKEN_PATH))
            .inScenario("token")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(200, "access_token.json"))
            .willSetStateTo("second"));
    www.stubFor(
        post(urlPathEqualTo(TOKEN_PATH))
            .inScenario("token")
            .whenScenarioStateIs("second")
            .willReturn(json(200, "access_token_refreshed.json")));
    oauth.stubFor(
        get(urlPathEqualTo(DS_TOP))
            .withHeader("Authorization", equalTo(FIRST_TOKEN))
            .willReturn(json(401, "unauthorized_401.json")));
    oauth.stubFor(
        get(urlPathEqualTo(DS_TOP))
            .withHeader("Authorization", equalTo(SECOND_TOKEN))
            .willReturn(listing("datascience_top.json")));

    SourceResult<RedditThread> ds = source("datascience").fetch(NOVEMBER_2018).get(0);

    assertThat(ids(ds)).containsExactly("9xxm3w");
    www.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    oauth.verify(
        1,
        getRequestedFor(urlPathEqualTo(DS_TOP)).withHeader("Authorization", equalTo(FIRST_TOKEN)));
    oauth.verify(
        1,
        getRequestedFor(urlPathEqualTo(DS_TOP)).withHeader("Authorization", equalTo(SECOND_TOKEN)));
    assertThat(ds.report().requests()).isEqualTo(4);
  }

  @Test
  @DisplayName("R2: a second consecutive 401 → exit 4, no loop (2 tokens, 2 API calls)")
  void r2SecondConsecutive401IsACredentialsError() {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(DS_TOP)).willReturn(json(401, "unauthorized_401.json")));

    CurateException e = failure(() -> source("datascience").fetch(NOVEMBER_2018));

    assertThat(e.exitCode()).isEqualTo(ExitCode.CREDENTIALS);
    assertThat(e.getMessage())
        .isEqualTo(
            "Reddit refused a fresh token for GET /r/datascience/top (401 twice):"
                + " check REDDIT_CLIENT_ID/REDDIT_CLIENT_SECRET at https://www.reddit.com/prefs/apps");
    www.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    oauth.verify(2, getRequestedFor(urlPathEqualTo(DS_TOP)));
  }

  // --- R3, R4, R5: rate limits -----------------------------------------------------------

  @Test
  @DisplayName("R3: X-Ratelimit-Remaining 0.0, Reset 120 → the next request waits 120 s")
  void r3NothingRemainingWaitsForTheReset() {
    stubToken();
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(
                json(200, "machinelearning_top_page1.json")
                    .withHeader("X-Ratelimit-Remaining", "0.0")
                    .withHeader("X-Ratelimit-Used", "600")
                    .withHeader("X-Ratelimit-Reset", "120")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_9sfv8x"))
            .willReturn(listing("machinelearning_top_page2.json")));

    SourceResult<RedditThread> ml = machineLearning();

    // A float remaining ("0.0") and seconds-until, not an epoch: 120 s, not 55 years.
    assertThat(stubs.sleeper.sleeps()).containsExactly(Duration.ofSeconds(120));
    oauth.verify(2, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(ml.report().activity().waits()).isEqualTo(1);
    assertThat(ml.report().activity().waited()).isEqualTo(Duration.ofSeconds(120));
    assertThat(ml.report().kept()).isEqualTo(7);
  }

  @Test
  @DisplayName(
      "R3b: a reset 90 s away outlasts the call timeout and is still waited for (issue 11)")
  void aPacingWaitLongerThanTheCallTimeoutIsNotATimeout() {
    // The 90 s wait is slept 100 times faster for real (900 ms), past a 500 ms call timeout: the
    // wait happens before the attempt's call, so the call timeout never sees it.
    stubs.http =
        new HttpSettings(
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofMillis(500),
            3,
            Duration.ofMinutes(5));
    stubs.sleeper.alsoSleepingFor(100);
    stubToken();
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(
                json(200, "machinelearning_top_page1.json")
                    .withHeader("X-Ratelimit-Remaining", "0.0")
                    .withHeader("X-Ratelimit-Used", "600")
                    .withHeader("X-Ratelimit-Reset", "90")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_9sfv8x"))
            .willReturn(listing("machinelearning_top_page2.json")));

    SourceResult<RedditThread> ml = machineLearning();

    assertThat(stubs.sleeper.sleeps()).containsExactly(Duration.ofSeconds(90));
    oauth.verify(2, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(ml.report().kept()).isEqualTo(7);
  }

  // --- Issue 11, point 8: answers larger than http.maxBodySize ------------------------------

  @Test
  @DisplayName(
      "H12: a gzipped listing that unpacks past http.maxBodySize is cut off at the limit: one line, exit 1")
  void aListingThatUnpacksPastTheLimitIsCutOffAtTheLimit() {
    // A real page (machinelearning_top_page1.json) with one selftext padded to 3 MB, against a 1 MB
    // limit. Reddit gzips its listings when asked, as OkHttp asks (PRAW's cassette
    // tests/integration/cassettes/TestSubredditListings.test_top.json: Content-Encoding: gzip,
    // Content-Length 22961 for the compressed page); WireMock does the same here, so 3 MB travel
    // as a few kilobytes and only the decompressed count can catch them.
    stubs.http =
        new HttpSettings(
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            3,
            Duration.ofMinutes(5),
            1L << 20);
    stubToken();
    String page =
        new String(RedditStubs.fixture("machinelearning_top_page1.json"), StandardCharsets.UTF_8);
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withHeader("cache-control", "max-age=0, must-revalidate")
                    .withHeader("Vary", "accept-encoding")
                    .withBody(
                        page.replaceFirst(
                            "\"selftext\": \"", "\"selftext\": \"" + "x".repeat(3 << 20)))));

    CurateException e = failure(this::machineLearning);

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e)
        .hasMessage(
            "the answer to GET /r/MachineLearning/top from localhost:"
                + oauth.getPort()
                + " is larger than http.maxBodySize (1MB) once decompressed; curate stopped reading it there:"
                + " raise http.maxBodySize if such an answer is genuine");
    oauth.verify(1, getRequestedFor(urlPathEqualTo(ML_TOP)));
  }

  // --- Issue 11, point 14: rate-limit headers that cannot be read ---------------------------
  // Reddit's headers as the stand-in and PRAW's cassettes carry them: x-ratelimit-remaining as a
  // float string, -used, -reset in seconds from now.

  @Test
  @DisplayName(
      "R3c: X-Ratelimit-Reset 1e20 is clamped to the 600 s window and said to be unusable: exit 75, no overflowed wait")
  void anUnusableResetIsClampedToTheWindowAndSaidSo() {
    stubToken();
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(
                json(200, "machinelearning_top_page1.json")
                    .withHeader("X-Ratelimit-Remaining", "0.0")
                    .withHeader("X-Ratelimit-Used", "600")
                    .withHeader("X-Ratelimit-Reset", "1e20")));

    CurateException e = failure(this::machineLearning);

    assertThat(e.exitCode()).isEqualTo(ExitCode.TEMPORARY);
    assertThat(e)
        .hasMessage(
            "Reddit's rate limit asks for a wait of 600 s before GET /r/MachineLearning/top"
                + " (its X-Ratelimit-Reset '1e20' is unusable: curate assumed the whole 600 s window), longer than the"
                + " 300 s allowed (http.maxWait); try again later");
    assertThat(stubs.sleeper.sleeps()).isEmpty();
    oauth.verify(1, getRequestedFor(urlPathEqualTo(ML_TOP)));
  }

  @Test
  @DisplayName(
      "R3d: a negative or NaN X-Ratelimit-Reset is as if absent: no wait, the listing goes on")
  void aNegativeOrNotANumberResetIsIgnored() {
    stubToken();
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(
                json(200, "machinelearning_top_page1.json")
                    .withHeader("X-Ratelimit-Remaining", "0.0")
                    .withHeader("X-Ratelimit-Used", "600")
                    .withHeader("X-Ratelimit-Reset", "-5")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_9sfv8x"))
            .willReturn(
                json(200, "machinelearning_top_page2.json")
                    .withHeader("X-Ratelimit-Remaining", "NaN")
                    .withHeader("X-Ratelimit-Used", "2")
                    .withHeader("X-Ratelimit-Reset", "NaN")));

    SourceResult<RedditThread> ml = machineLearning();

    assertThat(stubs.sleeper.sleeps()).isEmpty();
    assertThat(ml.report().kept()).isEqualTo(7);
  }

  @Test
  @DisplayName("R5b: a 429 with Retry-After -1 and no reset waits the default 60 s, not zero")
  void aNegativeRetryAfterOnA429IsTheDefaultWait() {
    stubToken();
    onceThen(
        ML_TOP,
        json(429, "too_many_requests_429.json").withHeader("Retry-After", "-1"),
        listing("machinelearning_top_page1.json"));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_9sfv8x"))
            .willReturn(listing("machinelearning_top_page2.json")));

    machineLearning();

    assertThat(stubs.sleeper.sleeps()).containsExactly(Duration.ofSeconds(60));
  }

  /**
   * A page of a listing that goes on: Reddit's page 1, with a cursor of its own and given counters.
   */
  static ResponseDefinitionBuilder page(String after, String remaining, String used, String reset) {
    String body =
        new String(RedditStubs.fixture("machinelearning_top_page1.json"), StandardCharsets.UTF_8)
            .replace(
                "\"after\": \"t3_9sfv8x\"",
                after == null ? "\"after\": null" : "\"after\": \"" + after + "\"");
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=UTF-8")
        .withHeader("X-Ratelimit-Remaining", remaining)
        .withHeader("X-Ratelimit-Used", used)
        .withHeader("X-Ratelimit-Reset", reset)
        .withBody(body);
  }

  @Test
  @DisplayName(
      "R4: remaining 10, used 590, reset 300 → requests spread 10 s apart (prawcore), no burst, no 429")
  void r4LowBudgetSpreadsRequests() {
    stubToken();
    // Each answer reports one request more used and the window 10 s nearer its end, as Reddit's
    // counters would after a 10 s gap.
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(page("t3_p1", "10.0", "590", "300")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_p1"))
            .willReturn(page("t3_p2", "9.0", "591", "290")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_p2"))
            .willReturn(page("t3_p3", "8.0", "592", "280")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_p3"))
            .willReturn(page(null, "7.0", "593", "270")));

    SourceResult<RedditThread> ml = machineLearning();

    // prawcore: max(300 - (600 - 600 / 600 * 590), 0) = 290 s, capped at 10 s. One wait before
    // each request after the first: never two requests at the same instant.
    oauth.verify(4, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(stubs.sleeper.sleeps())
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10));
    assertThat(oauth.getAllServeEvents())
        .extracting(e -> e.getResponse().getStatus())
        .containsOnly(200);
    assertThat(ml.report().activity().retries()).isZero();
  }

  @Test
  @DisplayName("R4: near the window's end the formula, not the 10 s cap, sets the gap")
  void r4FormulaBelowTheCap() {
    stubToken();
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(page("t3_p1", "10.0", "590", "14")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_p1"))
            .willReturn(page("t3_p2", "9.0", "591", "10")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_p2"))
            .willReturn(page(null, "598.0", "2", "600")));

    machineLearning();

    // 14 - (600 - 590) = 4 s; then 10 - (600 - 591) = 1 s.
    assertThat(stubs.sleeper.sleeps())
        .containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(1));
  }

  @Test
  @DisplayName("R5: 429 with Retry-After → waits Retry-After, retries, success")
  void r5TooManyRequestsWithRetryAfter() {
    stubToken();
    onceThen(
        ML_TOP,
        json(429, "too_many_requests_429.json").withHeader("Retry-After", "7"),
        listing("empty_listing.json"));

    SourceResult<RedditThread> ml = machineLearning();

    assertThat(stubs.sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
    oauth.verify(2, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(ml.report().activity().retries()).isEqualTo(1);
  }

  @Test
  @DisplayName("R5: 429 without Retry-After → waits X-Ratelimit-Reset, retries, success")
  void r5TooManyRequestsWithReset() {
    stubToken();
    onceThen(
        ML_TOP,
        json(429, "too_many_requests_429.json")
            .withHeader("X-Ratelimit-Remaining", "0.0")
            .withHeader("X-Ratelimit-Used", "600")
            .withHeader("X-Ratelimit-Reset", "42"),
        listing("empty_listing.json"));

    machineLearning();

    // Once, not twice: the 429's wait already takes the clock past the pacing's reset.
    assertThat(stubs.sleeper.sleeps()).containsExactly(Duration.ofSeconds(42));
    oauth.verify(2, getRequestedFor(urlPathEqualTo(ML_TOP)));
  }

  @Test
  @DisplayName(
      "R5: 429 without any header, persisting → waits 60 s twice (2 retries), then exit 75")
  void r5PersistentTooManyRequestsIsTemporary() {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(json(429, "too_many_requests_429.json")));

    CurateException e = failure(this::machineLearning);

    assertThat(e.exitCode()).isEqualTo(ExitCode.TEMPORARY);
    assertThat(e.getMessage())
        .isEqualTo(
            "Reddit answered 429 Too Many Requests to GET /r/MachineLearning/top 3 times; try again later");
    oauth.verify(3, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(stubs.sleeper.sleeps())
        .containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60));
  }

  // --- R6, R7: identification ------------------------------------------------------------

  @Test
  @DisplayName(
      "R6: 403 \"whoa there, pardner!\" → no retry, exit 1 with a User-Agent/credentials hint")
  void r6BlockPageIsNotRetried() {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(html(403, "whoa_there_pardner_403.html")));

    CurateException e = failure(this::machineLearning);

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage())
        .startsWith("Reddit blocked the request (HTTP 403 \"whoa there, pardner!\" from ")
        .contains(
            "REDDIT_USER_AGENT",
            "(by /u/<your username>)",
            "REDDIT_CLIENT_ID/REDDIT_CLIENT_SECRET");
    oauth.verify(1, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(stubs.sleeper.sleeps()).isEmpty();
  }

  @Test
  @DisplayName(
      "R6: the block page sent as 429 → waited out like a 429, the final message carries the hint")
  void r6BlockPageAs429CarriesTheHint() {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(html(429, "whoa_there_pardner_403.html")));

    CurateException e = failure(this::machineLearning);

    assertThat(e.exitCode()).isEqualTo(ExitCode.TEMPORARY);
    assertThat(e.getMessage())
        .startsWith(
            "Reddit answered 429 Too Many Requests to GET /r/MachineLearning/top 3"
                + " times with its \"whoa there, pardner!\" block page")
        .contains("REDDIT_USER_AGENT", "REDDIT_CLIENT_ID/REDDIT_CLIENT_SECRET");
    oauth.verify(3, getRequestedFor(urlPathEqualTo(ML_TOP)));
  }

  @Test
  @DisplayName(
      "R7: every request, token call included, sends Reddit's User-Agent format; every API call raw_json=1")
  void r7UserAgentAndRawJsonOnEveryRequest() {
    // A token refresh and a second page, so that every kind of request is made.
    www.stubFor(
        post(urlPathEqualTo(TOKEN_PATH))
            .inScenario("token")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(200, "access_token.json"))
            .willSetStateTo("second"));
    www.stubFor(
        post(urlPathEqualTo(TOKEN_PATH))
            .inScenario("token")
            .whenScenarioStateIs("second")
            .willReturn(json(200, "access_token_refreshed.json")));
    onceThen(DS_TOP, json(401, "unauthorized_401.json"), listing("datascience_top.json"));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(listing("machinelearning_top_page1.json")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_9sfv8x"))
            .willReturn(listing("machinelearning_top_page2.json")));

    source("datascience", "MachineLearning").fetch(NOVEMBER_2018);

    List<LoggedRequest> tokenCalls = www.findAll(anyRequestedFor(anyUrl()));
    List<LoggedRequest> apiCalls = oauth.findAll(anyRequestedFor(anyUrl()));
    assertThat(tokenCalls).hasSize(2);
    assertThat(apiCalls).hasSize(4);
    List<LoggedRequest> all = new ArrayList<>(tokenCalls);
    all.addAll(apiCalls);
    assertThat(all)
        .allSatisfy(r -> assertThat(r.getHeader("User-Agent")).matches(REDDIT_USER_AGENT));
    assertThat(apiCalls)
        .allSatisfy(r -> assertThat(r.queryParameter("raw_json").values()).containsExactly("1"));
    // And the User-Agent curate sends when the editor set none has the format too.
    assertThat(RedditCredentials.defaultUserAgent("0.1.0")).matches(REDDIT_USER_AGENT);
  }

  // --- R8, R9, R10: listings -------------------------------------------------------------

  @Test
  @DisplayName("R8: page 2 repeats page 1's after → stop after 2 requests, no duplicates")
  void r8RepeatedAfterStops() {
    stubToken();
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(listing("repeated_after_page1.json")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_9tangi"))
            .willReturn(listing("repeated_after_page2.json")));

    SourceResult<RedditThread> ml = machineLearning();

    oauth.verify(2, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(ids(ml)).containsExactly("9ysmtn", "9tangi", "9symfk");
    assertThat(ml.report().found()).isEqualTo(4);
    assertThat(ml.report().complete()).isTrue();
  }

  @Test
  @DisplayName(
      "R8: a listing that never ends stops at reddit.maxPages (10 pages, 1000 items), complete=false")
  void r8EndlessListingStopsAtMaxPages() {
    stubToken();
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(page("t3_p1", "598.0", "2", "500")));
    for (int n = 1; n <= 10; n++) {
      oauth.stubFor(
          get(urlPathEqualTo(ML_TOP))
              .withQueryParam("after", equalTo("t3_p" + n))
              .willReturn(page("t3_p" + (n + 1), "598.0", "2", "500")));
    }

    SourceResult<RedditThread> ml = machineLearning();

    oauth.verify(10, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(ml.report().complete()).isFalse();
    assertThat(ml.report().warnings())
        .containsExactly(
            "r/MachineLearning: stopped after 10 pages"
                + " (reddit.maxPages); threads further down the listing were not read");
    assertThat(ids(ml)).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("R8: a listing that ends on its last allowed page is complete")
  void r8ListingEndingAtMaxPagesIsComplete() {
    stubToken();
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(listing("machinelearning_top_page1.json")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_9sfv8x"))
            .willReturn(listing("machinelearning_top_page2.json")));

    SourceResult<RedditThread> twoPages =
        sourceWithMaxPages(2, "MachineLearning").fetch(NOVEMBER_2018).get(0);

    assertThat(twoPages.report().complete()).isTrue();
    assertThat(twoPages.report().warnings()).isEmpty();
  }

  @Test
  @DisplayName("R8: cut by reddit.maxPages while more pages remain → complete=false in the report")
  void r8CutByMaxPagesIsIncomplete() {
    stubToken();
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(listing("machinelearning_top_page1.json")));

    SourceResult<RedditThread> onePage =
        sourceWithMaxPages(1, "MachineLearning").fetch(NOVEMBER_2018).get(0);

    oauth.verify(1, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(onePage.report().complete()).isFalse();
    assertThat(onePage.report().warnings())
        .singleElement()
        .asString()
        .contains("stopped after 1 pages");
  }

  @Test
  @DisplayName("R9: empty children on page 1 → stop cleanly after 1 request")
  void r9EmptyFirstPage() {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(listing("empty_listing.json")));

    SourceResult<RedditThread> ml = machineLearning();

    oauth.verify(1, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(ml.items()).isEmpty();
    assertThat(ml.report().found()).isZero();
    assertThat(ml.report().complete()).isTrue();
    assertThat(ml.report().warnings()).isEmpty();
  }

  @Test
  @DisplayName("R9: after null on page 1 → stop cleanly after 1 request")
  void r9NullAfterOnFirstPage() {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(DS_TOP)).willReturn(listing("datascience_top.json")));

    SourceResult<RedditThread> ds = source("datascience").fetch(NOVEMBER_2018).get(0);

    oauth.verify(1, getRequestedFor(urlPathEqualTo(DS_TOP)));
    assertThat(ids(ds)).containsExactly("9xxm3w");
    assertThat(ds.report().complete()).isTrue();
  }

  @Test
  @DisplayName("R10: items overlapping across pages → kept once, by fullname")
  void r10OverlappingPagesAreDeduplicated() {
    stubToken();
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", absent())
            .willReturn(listing("overlapping_page1.json")));
    oauth.stubFor(
        get(urlPathEqualTo(ML_TOP))
            .withQueryParam("after", equalTo("t3_9vq3kb"))
            .willReturn(listing("overlapping_page2.json")));

    SourceResult<RedditThread> ml = machineLearning();

    oauth.verify(2, getRequestedFor(urlPathEqualTo(ML_TOP)));
    assertThat(ids(ml)).containsExactly("9ysmtn", "9tangi", "9vq3kb", "9symfk");
    assertThat(ml.report().found()).isEqualTo(6);
    assertThat(ml.report().kept()).isEqualTo(4);
  }

  // --- R11: deleted and removed ----------------------------------------------------------

  static RedditThread byId(List<RedditThread> items, String id) {
    return items.stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no thread " + id + " in " + items));
  }

  @Test
  @DisplayName(
      "R11: deleted by the author → a content-free tombstone, not kept; removed → kept, flagged, no body")
  void r11DeletedAndRemovedThreads() {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(listing("deleted_and_removed.json")));

    SourceResult<RedditThread> ml = machineLearning();
    List<RedditThread> items = ml.items();

    // 9wd2xk: removed_by_category "deleted"; 9wqmoh: the older "[deleted]" author and body;
    // 9rs4yq: deleted and from October, purged all the same.
    assertThat(items.stream().filter(RedditThread::deleted).map(RedditThread::id))
        .containsExactly("9wd2xk", "9wqmoh", "9rs4yq");
    for (String id : List.of("9wd2xk", "9wqmoh", "9rs4yq")) {
      RedditThread tombstone = byId(items, id);
      assertThat(tombstone.title()).isEmpty();
      assertThat(tombstone.author()).isNull();
      assertThat(tombstone.selftext()).isNull();
      assertThat(tombstone.url()).isNull();
      assertThat(tombstone.permalink()).isEqualTo("https://www.reddit.com/comments/" + id + "/");
    }

    RedditThread removed = byId(items, "9x4kq1");
    assertThat(removed.removed()).isTrue();
    assertThat(removed.deleted()).isFalse();
    assertThat(removed.selftext()).isNull();
    assertThat(removed.title()).isEqualTo("[N] Best GPU deals this week!!!");

    // A deleted account under a post that is still up: the post stays, the name does not.
    RedditThread orphan = byId(items, "9xg4n1");
    assertThat(orphan.deleted()).isFalse();
    assertThat(orphan.removed()).isFalse();
    assertThat(orphan.author()).isNull();
    assertThat(orphan.selftext()).isEqualTo("DVC, git-lfs, or plain S3 prefixes with a manifest?");

    assertThat(ml.report().found()).isEqualTo(5);
    assertThat(ml.report().kept()).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "R11: a thread stored by an earlier fetch and since deleted is purged from the store")
  void r11EarlierCopyIsPurged() throws UnusablePost {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(listing("deleted_and_removed.json")));
    ThreadMapper mapper = new ThreadMapper();
    RedditThread before = mapper.map(livePostOf9wd2xk(), "MachineLearning", RedditStubs.NOW);
    try (Store store = Store.open(workspace)) {
      // What an earlier fetch stored, while 9wd2xk was still up.
      store.saveThreads(
          NOVEMBER_2018,
          "MachineLearning",
          new SourceResult<>(
              List.of(before), SourceReports.subreddit("MachineLearning", 1, 1, 1, List.of())),
          RedditStubs.NOW);

      fetchService(store, source("MachineLearning")).fetch(NOVEMBER_2018);

      assertThat(store.threads(NOVEMBER_2018))
          .extracting(RedditThread::id)
          .containsExactly("9x4kq1", "9xg4n1");
      RedditThread removed = byId(store.threads(NOVEMBER_2018), "9x4kq1");
      assertThat(removed.removed()).isTrue();
      assertThat(removed.selftext()).isNull();
      assertThat(store.fetchRuns(NOVEMBER_2018))
          .hasSize(2)
          .last()
          .satisfies(run -> assertThat(run.kept()).isEqualTo(2));
    }
  }

  /** 9wd2xk as it was before its author deleted it. */
  static Post livePostOf9wd2xk() {
    return new Post(
        "9wd2xk",
        "t3_9wd2xk",
        "MachineLearning",
        "[D] Is anyone else tired of leaderboard chasing?",
        "burnt_out_phd",
        java.math.BigDecimal.valueOf(12),
        java.math.BigDecimal.valueOf(9),
        0.71,
        new java.math.BigDecimal("1542009951.0"),
        "/r/MachineLearning/comments/9wd2xk/d_is_anyone_else_tired_of_leaderboard_chasing/",
        null,
        null,
        true,
        "Every paper is +0.3 on the same benchmark.",
        false,
        false,
        null,
        null);
  }

  FetchService fetchService(Store store, RedditSource source) {
    Consumer<SourceReport> ignore = report -> {};
    return new FetchService(
        store, stubs.clock, FetchSources.NONE.withReddit(source::fetchMonth), line -> {}, ignore);
  }

  // --- R12, R13, R14: server errors and bodies -------------------------------------------

  @ParameterizedTest(name = "R12: HTTP {0} once → retried, success")
  @ValueSource(ints = {500, 502, 503, 504, 520, 522, 408})
  @DisplayName("R12: 500, 502, 503, 504, 520, 522 and 408 once each → retried, success")
  void r12TransientStatusIsRetried(int status) {
    stubToken();
    onceThen(
        DS_TOP,
        aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "text/html")
            .withBody("<h1>all our servers are busy</h1>"),
        listing("datascience_top.json"));

    SourceResult<RedditThread> ds = source("datascience").fetch(NOVEMBER_2018).get(0);

    assertThat(ids(ds)).containsExactly("9xxm3w");
    oauth.verify(2, getRequestedFor(urlPathEqualTo(DS_TOP)));
    assertThat(ds.report().activity().retries()).isEqualTo(1);
    // One jittered backoff: between half the 1 s base and the base.
    assertThat(stubs.sleeper.sleeps())
        .singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1)));
  }

  @Test
  @DisplayName("R13: 200 with an HTML maintenance page → clear one-line error, nothing stored")
  void r13HtmlMaintenancePage() {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(html(200, "maintenance_200.html")));

    try (Store store = Store.open(workspace)) {
      CurateException e =
          failure(() -> fetchService(store, source("MachineLearning")).fetch(NOVEMBER_2018));

      assertThat(e).isInstanceOf(ApiException.class);
      assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(e.getMessage())
          .isEqualTo(
              "expected JSON from GET /r/MachineLearning/top, got text/html (first 80"
                  + " chars: <!doctype html> <html> <head><title>reddit.com: temporarily unavailable</title><…)");
      assertThat(store.threads(NOVEMBER_2018)).isEmpty();
      assertThat(store.fetchRuns(NOVEMBER_2018)).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "R14: unknown extra fields ignored; missing figures unknown (null, not 0), missing text defaulted")
  void r14UnknownAndMissingOptionalFields() {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(listing("missing_optional_fields.json")));

    RedditThread t = machineLearning().items().get(0);

    assertThat(t.id()).isEqualTo("9tangi");
    assertThat(t.subreddit()).isEqualTo("MachineLearning");
    assertThat(t.title()).isEmpty();
    assertThat(t.score()).isNull();
    assertThat(t.comments()).isNull();
    assertThat(t.upvoteRatio()).isNull();
    assertThat(t.flair()).isNull();
    assertThat(t.selftext()).isEmpty();
    assertThat(t.url())
        .isEqualTo(t.permalink())
        .startsWith("https://www.reddit.com/r/MachineLearning/comments/9tangi/");
    assertThat(t.over18()).isFalse();
    assertThat(t.stickied()).isFalse();
    assertThat(t.removed()).isFalse();
  }

  @Test
  @DisplayName("R14: a post without id → skipped and counted in a warning; the fetch goes on")
  void r14MissingId() {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(listing("missing_id.json")));

    SourceResult<RedditThread> ml = machineLearning();

    assertThat(ml.items()).isEmpty();
    assertThat(ml.report().found()).isEqualTo(1);
    assertThat(ml.report().warnings())
        .containsExactly(
            "r/MachineLearning: skipped 1 post with an unusable value,"
                + " the rest are kept: a post without an id (no id)");
  }

  @Test
  @DisplayName(
      "R14: a post without created_utc → skipped and named in a warning; the fetch goes on")
  void r14MissingCreatedUtc() {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(listing("missing_created_utc.json")));

    SourceResult<RedditThread> ml = machineLearning();

    assertThat(ml.items()).isEmpty();
    assertThat(ml.report().warnings())
        .containsExactly(
            "r/MachineLearning: skipped 1 post with an unusable value,"
                + " the rest are kept: 9u8v1q (no created_utc)");
  }

  /**
   * Page 1 of the listing (our fixture in Reddit's full t3 shape) with one hostile value put into
   * 9vq3kb, one of its four posts of November.
   */
  static ResponseDefinitionBuilder pageWithHostileValue(String field, String jsonValue) {
    String body =
        new String(RedditStubs.fixture("machinelearning_top_page1.json"), StandardCharsets.UTF_8);
    int post = body.indexOf("\"id\": \"9vq3kb\"");
    int start = body.lastIndexOf("\"data\": {", post);
    int at = body.indexOf("\"" + field + "\": ", start);
    int end = body.indexOf(",\n", at);
    String hostile =
        body.substring(0, at) + "\"" + field + "\": " + jsonValue + body.substring(end);
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=UTF-8")
        .withBody(hostile.replace("\"after\": \"t3_9sfv8x\"", "\"after\": null"));
  }

  @ParameterizedTest(name = "R14b: {0}: {1} → only 9vq3kb skipped, named: {2}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "created_utc | 1e300 | created_utc 1E+300 is no date",
        "created_utc | -86400.0 | created_utc -86400 is no date",
        "created_utc | \"soon\" | created_utc \"soon\" is unreadable",
        "score | 1e300 | score 1E+300 is not a whole number in range",
        "score | {\"up\": 1} | score {\"up\":1} is unreadable",
        "num_comments | -3 | num_comments -3 is below zero",
        "num_comments | 12.5 | num_comments 12.5 is not a whole number in range",
        "upvote_ratio | 7.5 | upvote_ratio 7.5 is not in [0, 1]",
      })
  @DisplayName(
      "R14b: one absurd value costs its post only: skipped, named in one warning, the rest of the page kept")
  void r14AnAbsurdValueSkipsOnlyItsPost(String field, String value, String problem) {
    stubToken();
    oauth.stubFor(get(urlPathEqualTo(ML_TOP)).willReturn(pageWithHostileValue(field, value)));

    SourceResult<RedditThread> ml = machineLearning();

    assertThat(ids(ml)).containsExactly("9ysmtn", "9zr4aa", "9tangi");
    assertThat(ml.report().found()).isEqualTo(5);
    assertThat(ml.report().warnings())
        .containsExactly(
            "r/MachineLearning: skipped 1 post with an unusable value,"
                + " the rest are kept: 9vq3kb ("
                + problem
                + ")");
  }
}

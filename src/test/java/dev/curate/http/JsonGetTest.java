package dev.curate.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.HttpSettings;
import dev.curate.error.ApiException;
import dev.curate.error.CarriedFailure;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.reddit.RedditStubs;
import dev.curate.testing.RecordingSleeper;
import dev.curate.testing.TestClock;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request-and-error path every client of our own shares (Reddit's API, the Arctic Shift
 * archive). The answers are Reddit's, from the fixtures in {@code fixtures/reddit/}: a listing in
 * the shape of {@code GET /r/{sub}/top} (the fixtures' README names the recordings it follows), the
 * error body of a private subreddit (snoowrap#254) and the HTML maintenance page Reddit serves as a
 * 200.
 */
class JsonGetTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String WHAT = "GET /r/MachineLearning/top";

  private final TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
  private final HttpStack stack =
      new HttpStack(
          new HttpSettings(
              Duration.ofSeconds(2),
              Duration.ofSeconds(2),
              Duration.ofSeconds(5),
              3,
              Duration.ofMinutes(5)),
          new RecordingSleeper(clock));

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Listing(String kind, Data data) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Data(String after, List<Object> children) {}

  /**
   * A client on the shared stack, as the sources build theirs, with {@code extra} interceptors
   * inside it.
   */
  private JsonGet jsonGet(String baseUrl, Interceptor... extra) {
    ClientBuilder builder =
        stack.clientFor(
            "jvm:dev.curate.tests:v0.1.0",
            new HttpStats(),
            new OriginGuard("the test API", "a test", List.of(HttpUrl.get(baseUrl))));
    for (Interceptor interceptor : extra) {
      builder.addInterceptor(interceptor);
    }
    return new JsonGet(
        builder.build(),
        new ObjectMapper(),
        (host, e) ->
            new ApiException("cannot reach " + host + ": " + e.getClass().getSimpleName(), e));
  }

  private static HttpUrl url(String path) {
    return HttpUrl.get(api.baseUrl() + path);
  }

  private static RuntimeException unexpectedStatus(okhttp3.Response response, String body) {
    return new IllegalStateException("no status failure expected, got " + response.code());
  }

  @Test
  void bindsA200JsonAnswer() {
    api.stubFor(
        get(urlPathEqualTo("/r/MachineLearning/top"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(RedditStubs.fixture("machinelearning_top_page1.json"))));

    Listing listing =
        jsonGet(api.baseUrl())
            .get(url("/r/MachineLearning/top"), WHAT, Listing.class, JsonGetTest::unexpectedStatus);

    assertThat(listing.kind()).isEqualTo("Listing");
    assertThat(listing.data().children()).isNotEmpty();
  }

  @Test
  void anHtmlPageInsteadOfJsonIsOneLineNamingTheRequestAndQuotingWhatCameBack() {
    api.stubFor(
        get(urlPathEqualTo("/r/MachineLearning/top"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=UTF-8")
                    .withBody(RedditStubs.fixture("maintenance_200.html"))));

    assertThatThrownBy(
            () ->
                jsonGet(api.baseUrl())
                    .get(
                        url("/r/MachineLearning/top"),
                        WHAT,
                        Listing.class,
                        JsonGetTest::unexpectedStatus))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
        .hasMessage(
            "expected JSON from GET /r/MachineLearning/top, got text/html (first 80 chars: <!doctype html>"
                + " <html> <head><title>reddit.com: temporarily unavailable</title><…)");
  }

  @Test
  void anAnswerWithoutAContentTypeIsNotTakenForJson() {
    api.stubFor(
        get(urlPathEqualTo("/r/MachineLearning/top"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(RedditStubs.fixture("machinelearning_top_page1.json"))));

    assertThatThrownBy(
            () ->
                jsonGet(api.baseUrl())
                    .get(
                        url("/r/MachineLearning/top"),
                        WHAT,
                        Listing.class,
                        JsonGetTest::unexpectedStatus))
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith(
            "expected JSON from GET /r/MachineLearning/top, got no Content-Type (first 80 chars: {");
  }

  @Test
  void malformedJsonIsOneLineWithJacksonsDetailsKeptAsTheCause() {
    api.stubFor(
        get(urlPathEqualTo("/r/MachineLearning/top"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody("{\"kind\": \"Listing\",\n \"data\": {\"chil")));

    assertThatThrownBy(
            () ->
                jsonGet(api.baseUrl())
                    .get(
                        url("/r/MachineLearning/top"),
                        WHAT,
                        Listing.class,
                        JsonGetTest::unexpectedStatus))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "malformed JSON from GET /r/MachineLearning/top (first 80 chars: {\"kind\": \"Listing\", \"data\":"
                + " {\"chil)")
        .hasCauseInstanceOf(JsonProcessingException.class);
  }

  @Test
  void aStatusOtherThan200IsWhatTheClientSaysItMeansWithTheWholeBody() {
    api.stubFor(
        get(urlPathEqualTo("/r/secret"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(RedditStubs.fixture("private_403.json"))));
    RuntimeException meaning = new ApiException("r/secret is private");
    String[] seen = new String[1];

    assertThatThrownBy(
            () ->
                jsonGet(api.baseUrl())
                    .get(
                        url("/r/secret"),
                        WHAT,
                        Listing.class,
                        (response, body) -> {
                          seen[0] = response.code() + " " + body.strip();
                          return meaning;
                        }))
        .isSameAs(meaning);
    assertThat(seen[0])
        .isEqualTo("403 " + new String(RedditStubs.fixture("private_403.json")).strip());
    // Not a status to retry: asked once.
    api.verify(1, getRequestedFor(urlPathEqualTo("/r/secret")));
  }

  @Test
  void aFailureAnInterceptorCarriedLeavesAsItselfNotAsAConnectionError() {
    CurateException refused = new CurateException(ExitCode.CREDENTIALS, "credentials refused");
    JsonGet get =
        jsonGet(
            api.baseUrl(),
            chain -> {
              throw new CarriedFailure(refused);
            });

    assertThatThrownBy(
            () ->
                get.get(
                    url("/r/MachineLearning/top"),
                    WHAT,
                    Listing.class,
                    JsonGetTest::unexpectedStatus))
        .isSameAs(refused);
  }

  @Test
  void anIoFailureThatOutlivesTheRetriesIsWhatTheClientSaysItMeans() {
    JsonGet get =
        jsonGet(
            api.baseUrl(),
            chain -> {
              throw new ConnectException("Failed to connect to /127.0.0.1");
            });

    assertThatThrownBy(
            () ->
                get.get(
                    url("/r/MachineLearning/top"),
                    WHAT,
                    Listing.class,
                    JsonGetTest::unexpectedStatus))
        .isInstanceOf(ApiException.class)
        .hasMessage("cannot reach localhost: ConnectException")
        .hasCauseInstanceOf(ConnectException.class);
  }

  @Test
  void statusesStillFailingAfterTheRetriesAreTemporaryWhenTheApiIsDownOrAsksToSlowDown() {
    assertThat(JsonGet.exitCodeFor(503)).isEqualTo(ExitCode.TEMPORARY);
    assertThat(JsonGet.exitCodeFor(500)).isEqualTo(ExitCode.TEMPORARY);
    assertThat(JsonGet.exitCodeFor(429)).isEqualTo(ExitCode.TEMPORARY);
    assertThat(JsonGet.exitCodeFor(403)).isEqualTo(ExitCode.FAILURE);
    assertThat(JsonGet.exitCodeFor(404)).isEqualTo(ExitCode.FAILURE);
  }
}

package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.curate.github.GitHubStubs.SEARCH;
import static dev.curate.github.GitHubStubs.error;
import static dev.curate.github.GitHubStubs.fixture;
import static dev.curate.github.GitHubStubs.searchPage;
import static dev.curate.github.GitHubStubs.withSearchHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.GitHubCredentials;
import dev.curate.config.HttpSettings;
import dev.curate.error.ApiException;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.SourceResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GitHubSourceErrorTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);
  private final SourceHarness harness = new SourceHarness();

  private CurateException fetchFails(GitHubCredentials credentials) {
    return fetchFails(wm.baseUrl(), credentials);
  }

  private CurateException fetchFails(String apiUrl, GitHubCredentials credentials) {
    GitHubSource source = harness.source(apiUrl, credentials, List.of("topic:nlp"), 100, 3);
    return catchThrowableOfType(CurateException.class, () -> source.fetch(NOVEMBER_2018));
  }

  private String host() {
    return "localhost:" + wm.getPort();
  }

  @Test
  @DisplayName("G27: a rejected token is one request, exit 4, naming GH_TOKEN and never the token")
  void rejectedTokenIsACredentialsErrorNamingTheVariableNotTheValue() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(error(401, "bad-credentials.json")));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e.exitCode()).isEqualTo(ExitCode.CREDENTIALS);
    assertThat(e)
        .hasMessage(
            "GitHub rejected the token from GH_TOKEN (401 Bad credentials): renew it or unset it to search without one");
    assertThat(e.getMessage()).doesNotContain(SourceHarness.TOKEN);
    wm.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  @DisplayName("G27: the message names GITHUB_TOKEN when the token came from there")
  void rejectedTokenMessageNamesGithubTokenWhenItCameFromThere() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(error(401, "bad-credentials.json")));

    CurateException e = fetchFails(SourceHarness.token("GITHUB_TOKEN"));

    assertThat(e.getMessage())
        .startsWith("GitHub rejected the token from GITHUB_TOKEN (401 Bad credentials)");
  }

  @Test
  @DisplayName(
      "G28: 403 'Resource not accessible' with budget left is not retried: exit 4, names the variable")
  void forbiddenWithoutARateLimitIsACredentialsErrorQuotingGitHub() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(error(403, "resource-not-accessible.json")));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e.exitCode()).isEqualTo(ExitCode.CREDENTIALS);
    assertThat(e.getMessage())
        .contains("GH_TOKEN")
        .contains("403 Resource not accessible by personal access token")
        .doesNotContain(SourceHarness.TOKEN);
    wm.verify(1, anyRequestedFor(anyUrl()));
    assertThat(harness.sleeper.sleeps()).isEmpty();
  }

  @Test
  @DisplayName("G16: 422 Validation Failed is exit 1, quotes GitHub, one request")
  void validationFailedQuotesGitHubAndTheQueryWithoutRetrying() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(error(422, "validation-failed.json")));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e)
        .hasMessage(
            "GitHub rejected the search for 'topic:nlp created:2018-11-01..2018-11-30'"
                + " (422 Validation Failed: The search is longer than 256 characters.)");
    wm.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  @DisplayName("G17: a 502 once is retried after a backoff and succeeds")
  void retriesABadGatewayOnceAndSucceeds() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .inScenario("502 once")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                withSearchHeaders(aResponse().withStatus(502), 29)
                    .withHeader("Content-Type", "text/html")
                    .withBody(fixture("unicorn.html")))
            .willSetStateTo("recovered"));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .inScenario("502 once")
            .whenScenarioStateIs("recovered")
            .willReturn(searchPage("search-page-1.json", null)));
    GitHubSource source =
        harness.source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), List.of("topic:nlp"), 100, 3);

    SourceResult<Repo> result = source.fetch(NOVEMBER_2018);

    assertThat(result.items()).hasSize(3);
    wm.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(result.report().requests()).isEqualTo(2);
    assertThat(source.stats().retries()).isEqualTo(1);
    assertThat(harness.sleeper.sleeps().get(0))
        .as("backoff before the retry")
        .isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  @DisplayName(
      "G18: a 502 that stays is 4 jittered attempts, then exit 1 naming host, status, path and request id")
  void aGatewayThatStaysDownFailsNamingHostStatusAndRequestIdAfterBoundedRetries() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(
                withSearchHeaders(aResponse().withStatus(502), 29)
                    .withHeader("Content-Type", "text/html")
                    .withBody(fixture("unicorn.html"))));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e)
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "GitHub unavailable: the search for 'topic:nlp created:2018-11-01..2018-11-30' still failed after retries"
                + " (HTTP 502 from "
                + host()
                + " for GET /search/repositories, request id "
                + GitHubStubs.REQUEST_ID
                + "); retry later");
    assertThat(e.exitCode()).isEqualTo(ExitCode.TEMPORARY);
    // http.maxAttempts is 4; github-api adds no retries of its own on top.
    wm.verify(4, getRequestedFor(urlPathEqualTo(SEARCH)));
    // The first wait is the jittered backoff (0.5-1 s); search pacing then tops each gap up to 2 s.
    // How the gaps grow is RetryPolicy's, tested in TransientRetryInterceptorTest.
    assertThat(harness.sleeper.sleeps().get(0))
        .isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(harness.sleeper.total())
        .as("time waited on the test clock")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(6))
        .isLessThanOrEqualTo(Duration.ofSeconds(60));
  }

  @Test
  @DisplayName("G23: text/html instead of JSON is refused after one retry, without a Jackson trace")
  void htmlInsteadOfJsonIsRefusedWithAClearMessageAfterOneRetry() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(fixture("captive-portal.html"))));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(e.getMessage())
        .startsWith(
            "expected JSON from GET /search/repositories, got text/html (first 80 chars: <!DOCTYPE html>")
        .doesNotContain("\n")
        .doesNotContain("Jackson")
        .doesNotContain("HttpException");
    wm.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  @DisplayName(
      "G22: malformed JSON, repeated, is at most one retry, then exit 1 'malformed JSON from GET ...'")
  void malformedJsonIsRefusedWithoutAJacksonTrace() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(
                        "{\"total_count\": 3, \"incomplete_results\": false, \"items\": [{\"id\": 157418578, \"name\": \"spinn")));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage())
        .startsWith("malformed JSON from GET /search/repositories")
        .doesNotContain("com.fasterxml")
        .doesNotContain("line:");
    wm.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  @DisplayName("G26: a closed port is 'cannot reach' at once, never retried")
  void aClosedPortIsCannotReachAtOnceWithoutRetries() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    GitHubSource source =
        harness.source(
            "http://localhost:" + closedPort,
            SourceHarness.token("GH_TOKEN"),
            List.of("topic:nlp"),
            100,
            3);

    CurateException e =
        catchThrowableOfType(CurateException.class, () -> source.fetch(NOVEMBER_2018));

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(e.getMessage())
        .isEqualTo(
            "cannot reach localhost:"
                + closedPort
                + " (connection refused): check your network or CURATE_GITHUB_API_URL");
    // Nothing listens: a retry would meet the same (issue 15), and github-api's own
    // SocketException retries are not stacked on top either.
    assertThat(source.stats().retries()).isZero();
  }

  @Test
  @DisplayName(
      "G19: 503 text/html 'Unicorn!' is retried like any 5xx, then 'GitHub unavailable' without HTML or JSON traces")
  void aUnicornPageIsRetriedThenReportedAsGitHubUnavailable() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(
                withSearchHeaders(aResponse().withStatus(503), 29)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(fixture("unicorn.html"))));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e.exitCode()).isEqualTo(ExitCode.TEMPORARY);
    assertThat(e.getMessage())
        .startsWith("GitHub unavailable: ")
        .contains("HTTP 503 from " + host())
        .doesNotContain("<")
        .doesNotContain("Unicorn")
        .doesNotContain("Jackson")
        .doesNotContain("HttpException")
        .doesNotContain("\n");
    wm.verify(4, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(harness.sleeper.total()).isLessThanOrEqualTo(Duration.ofSeconds(60));
  }

  @Test
  @DisplayName(
      "G24: headers later than the read timeout: bounded retries, then a clear 'timed out'")
  void headersLaterThanTheReadTimeoutAreRetriedThenReportedAsTimedOut() {
    harness.http =
        new HttpSettings(
            Duration.ofSeconds(1),
            Duration.ofMillis(150),
            Duration.ofSeconds(5),
            3,
            Duration.ofMinutes(5));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(searchPage("search-page-1.json", null).withFixedDelay(1000)));
    long started = System.nanoTime();

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(e.getMessage())
        .startsWith("GitHub timed out: " + host() + " did not answer the search for")
        .doesNotContain("SocketTimeoutException");
    wm.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(took)
        .as("about 3 read timeouts, well under the call timeout")
        .isLessThan(Duration.ofSeconds(3));
  }

  @Test
  @DisplayName(
      "G25: a body dribbled slower than the call timeout: each attempt is cut off by it, bounded retries")
  void aDribbledBodyIsCutOffByTheCallTimeoutInEveryAttempt() {
    harness.http =
        new HttpSettings(
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofMillis(400),
            4,
            Duration.ofMinutes(5));
    // 20 chunks over 4 s: each gap (200 ms) is within the read timeout, the whole is not.
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(searchPage("search-page-1.json", null).withChunkedDribbleDelay(20, 4000)));
    long started = System.nanoTime();

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(e.getMessage()).startsWith("GitHub timed out: ");
    // The call timeout bounds one attempt (its body included), not the request with its retries
    // and waits: every attempt is cut off after 400 ms, and there are http.maxAttempts of them.
    wm.verify(4, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(took)
        .as("4 attempts of 400 ms, the backoffs recorded, not slept")
        .isLessThan(Duration.ofMillis(3200));
  }

  @Test
  @DisplayName(
      "H11: a search answer that unpacks past http.maxBodySize (a gzip bomb) is one line, exit 1, not retried")
  void aGzipBombOnTheSearchAnswerIsRefusedAtTheLimit() throws IOException {
    harness.http =
        new HttpSettings(
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            4,
            Duration.ofMinutes(5),
            1L << 20);
    // A real search page (fixture search-page-1.json, the shape of hub4j/github-api's recording
    // GHRepositoryTest/wiremock/searchRepositories/__files/2-search_repositories.json) whose first
    // description is 32 MB of spaces: 32 KB on the wire, gzipped as github-api asked for it.
    com.fasterxml.jackson.databind.node.ObjectNode page =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(fixture("search-page-1.json"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) page.get("items").get(0))
        .put("description", " ".repeat(32 << 20));
    byte[] gzipped = gzip(page.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(gzipped.length).isLessThan(1 << 20);
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(
                withSearchHeaders(aResponse().withStatus(200), 29)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(gzipped)));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e)
        .hasMessage(
            "the answer to GET /search/repositories from "
                + host()
                + " is larger than http.maxBodySize (1MB) once decompressed; curate stopped reading it there:"
                + " raise http.maxBodySize if such an answer is genuine");
    wm.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(plain);
    }
    return out.toByteArray();
  }

  @Test
  @DisplayName("G29: with -v logging on, the log shows requests but never the token")
  void verboseLogNeverShowsTheToken() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(searchPage("search-page-1.json", null)));
    Logger curate = Logger.getLogger("dev.curate");
    Level before = curate.getLevel();
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            lines.add(new SimpleFormatter().formatMessage(r));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(Level.ALL);
    curate.setLevel(Level.FINE);
    curate.addHandler(capture);
    try {
      harness
          .source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), List.of("topic:nlp"), 100, 3)
          .fetch(NOVEMBER_2018);
    } finally {
      curate.removeHandler(capture);
      curate.setLevel(before);
    }

    assertThat(lines)
        .anySatisfy(l -> assertThat(l).contains("GET ").contains("/search/repositories"));
    assertThat(lines).noneSatisfy(l -> assertThat(l).contains(SourceHarness.TOKEN));
  }
}

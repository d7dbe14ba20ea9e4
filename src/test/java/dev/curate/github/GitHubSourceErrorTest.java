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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GitHubSourceErrorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

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
  void rejectedTokenIsACredentialsErrorNamingTheVariableNotTheValue() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(error(401, "bad-credentials.json")));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e.exitCode()).isEqualTo(ExitCode.CREDENTIALS);
    assertThat(e).hasMessage(
        "GitHub rejected the token from GH_TOKEN (401 Bad credentials): renew it or unset it to search without one");
    assertThat(e.getMessage()).doesNotContain(SourceHarness.TOKEN);
    wm.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  void rejectedTokenMessageNamesGithubTokenWhenItCameFromThere() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(error(401, "bad-credentials.json")));

    CurateException e = fetchFails(SourceHarness.token("GITHUB_TOKEN"));

    assertThat(e.getMessage()).startsWith("GitHub rejected the token from GITHUB_TOKEN (401 Bad credentials)");
  }

  @Test
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
  void validationFailedQuotesGitHubAndTheQueryWithoutRetrying() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(error(422, "validation-failed.json")));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e).hasMessage("GitHub rejected the search for 'topic:nlp created:2018-11-01..2018-11-30'"
        + " (422 Validation Failed: The search is longer than 256 characters.)");
    wm.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  void retriesABadGatewayOnceAndSucceeds() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).inScenario("502 once").whenScenarioStateIs(STARTED)
        .willReturn(withSearchHeaders(aResponse().withStatus(502), 29)
            .withHeader("Content-Type", "text/html").withBody(fixture("unicorn.html")))
        .willSetStateTo("recovered"));
    wm.stubFor(get(urlPathEqualTo(SEARCH)).inScenario("502 once").whenScenarioStateIs("recovered")
        .willReturn(searchPage("search-page-1.json", null)));
    GitHubSource source = harness.source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), List.of("topic:nlp"), 100, 3);

    SourceResult<Repo> result = source.fetch(NOVEMBER_2018);

    assertThat(result.items()).hasSize(3);
    wm.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(result.report().requests()).isEqualTo(2);
    assertThat(source.stats().retries()).isEqualTo(1);
    assertThat(harness.sleeper.sleeps().get(0)).as("backoff before the retry")
        .isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void aGatewayThatStaysDownFailsNamingHostStatusAndRequestIdAfterBoundedRetries() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(withSearchHeaders(aResponse().withStatus(502), 29)
        .withHeader("Content-Type", "text/html").withBody(fixture("unicorn.html"))));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e).isInstanceOf(ApiException.class).hasMessage(
        "GitHub search for 'topic:nlp created:2018-11-01..2018-11-30' failed: HTTP 502 from " + host()
            + " (request id " + GitHubStubs.REQUEST_ID + ")");
    // http.maxAttempts is 3; github-api adds no retries of its own on top.
    wm.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void htmlInsteadOfJsonIsRefusedWithAClearMessageAfterOneRetry() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html; charset=utf-8").withBody(fixture("captive-portal.html"))));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(e.getMessage())
        .startsWith("expected JSON from GET /search/repositories, got text/html (first 80 chars: <!DOCTYPE html>")
        .doesNotContain("\n")
        .doesNotContain("Jackson")
        .doesNotContain("HttpException");
    wm.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void malformedJsonIsRefusedWithoutAJacksonTrace() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody("{\"total_count\": 3, \"incomplete_results\": false, \"items\": [{\"id\": 157418578, \"name\": \"spinn")));

    CurateException e = fetchFails(SourceHarness.token("GH_TOKEN"));

    assertThat(e.getMessage()).startsWith("malformed JSON from GET /search/repositories")
        .doesNotContain("com.fasterxml").doesNotContain("line:");
    wm.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void aClosedPortIsCannotConnectAfterTheSharedRetriesOnly() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    GitHubSource source = harness.source("http://localhost:" + closedPort, SourceHarness.token("GH_TOKEN"),
        List.of("topic:nlp"), 100, 3);

    CurateException e = catchThrowableOfType(CurateException.class, () -> source.fetch(NOVEMBER_2018));

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(e.getMessage())
        .startsWith("cannot connect to localhost:" + closedPort + ": connection refused")
        .endsWith("; check your network or CURATE_GITHUB_API_URL");
    // Three attempts, two retries: github-api's own SocketException retries are not stacked on top.
    assertThat(source.stats().retries()).isEqualTo(2);
  }
}

package dev.curate.reddit.archive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.error.ApiException;
import dev.curate.error.ExitCode;
import dev.curate.http.HttpStats;
import dev.curate.reddit.RedditStubs;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The archive's answers that are not a page of posts. Its API (ArthurHeitmann/arctic_shift, {@code
 * api/README.md}) answers {@code {"data":[...]}}, or {@code {"error":"..."}} with a 4xx/5xx; a
 * proxy, a captive portal or a wrong {@code endpoints.redditArchiveUrl} answers with an HTML page.
 */
class ArcticShiftClientTest {
  @RegisterExtension
  static WireMockExtension archive =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String SEARCH = "/api/posts/search";
  private static final long NOVEMBER_2018 = Instant.parse("2018-11-01T00:00:00Z").getEpochSecond();
  private static final long DECEMBER_2018 = Instant.parse("2018-12-01T00:00:00Z").getEpochSecond();

  private final RedditStubs stubs = new RedditStubs();

  private ArcticShiftClient.Page searchNovember() {
    return ArcticShiftClient.connect(
            stubs.stack(), RedditStubs.USER_AGENT, new HttpStats(), archive.baseUrl())
        .searchPage("MachineLearning", NOVEMBER_2018 - 1, DECEMBER_2018);
  }

  @Test
  void anHtmlPageInsteadOfPostsIsOneLineQuotingWhatCameBack() {
    archive.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(
                        "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <title>Arctic Shift</title>\n  </head>\n"
                            + "  <body><div id=\"app\"></div></body>\n</html>\n")));

    assertThatThrownBy(this::searchNovember)
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "expected JSON from GET /api/posts/search (r/MachineLearning) on localhost, got text/html"
                + " (first 80 chars: <!DOCTYPE html> <html lang=\"en\"> <head> <title>Arctic Shift</title> </head> <bod…)");
  }

  @Test
  void aNullAnswerIsAnAnswerWithoutDataNotACrash() {
    archive.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("null")));

    assertThatThrownBy(this::searchNovember)
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "the Reddit archive at localhost answered GET /api/posts/search (r/MachineLearning) without data");
  }

  @Test
  void theArchivesOwnErrorIsQuotedOnOneLineAndCut() {
    String trace =
        "Query timed out\n    at Search.run (/app/search.js:120:11)\n"
            + "    at next (/app/router.js:9:3)\n".repeat(5);
    archive.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\": \"" + trace.replace("\n", "\\n") + "\"}")));

    assertThatThrownBy(this::searchNovember)
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
        .hasMessageStartingWith(
            "the Reddit archive at localhost answered GET /api/posts/search (r/MachineLearning)"
                + " with HTTP 400: Query timed out at Search.run (/app/search.js:120:11) at next")
        .hasMessageEndingWith("…")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}

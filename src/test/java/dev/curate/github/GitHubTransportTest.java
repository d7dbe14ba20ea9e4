package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.curate.github.GitHubStubs.SEARCH;
import static dev.curate.github.GitHubStubs.fixture;
import static dev.curate.github.GitHubStubs.searchPage;
import static dev.curate.github.GitHubStubs.withSearchHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.SourceResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What happens on the wire below the API: cut bodies, redirects, the HTTP cache. */
class GitHubTransportTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension elsewhere =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);
  private static final String ETAG = "W/\"5d1a8b2f0c3e4a7b9e6f1d2c3b4a5968\"";
  private static final byte[] PAGE = fixture("search-page-1.json").getBytes(StandardCharsets.UTF_8);

  private final SourceHarness harness = new SourceHarness();

  @TempDir Path cache;

  private SourceResult<Repo> fetch(String apiUrl) {
    try {
      return harness
          .source(apiUrl, SourceHarness.token("GH_TOKEN"), List.of("topic:nlp"), 100, 3)
          .fetch(NOVEMBER_2018);
    } finally {
      harness.stack.close(); // as at the end of a CLI run: the cache is flushed
    }
  }

  private static List<String> names(SourceResult<Repo> result) {
    return result.items().stream().map(Repo::fullName).toList();
  }

  @Test
  @DisplayName(
      "G20: a body cut off after 1 KiB is retried inside the retry scope; the whole page is used")
  void aBodyCutOffMidwayIsRetried() throws IOException {
    ScriptedHttpServer.Answer cutOff =
        out -> {
          out.write(ScriptedHttpServer.head("Transfer-Encoding: chunked"));
          out.write(("400\r\n").getBytes(StandardCharsets.ISO_8859_1));
          out.write(Arrays.copyOf(PAGE, 1024));
          out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
          // and the connection closes: no further chunks, no terminating one
        };
    try (ScriptedHttpServer server =
        new ScriptedHttpServer(List.of(cutOff, ScriptedHttpServer.complete(PAGE)))) {
      SourceResult<Repo> result = fetch(server.baseUrl());

      assertThat(names(result))
          .containsExactly("hanxiao/bert-as-service", "openai/spinningup", "NVIDIA/waveglow");
      assertThat(server.requestLines())
          .hasSize(2)
          .allMatch(l -> l.startsWith("GET /search/repositories?"));
      assertThat(result.report().activity().retries()).isEqualTo(1);
      assertThat(result.report().complete()).isTrue();
    }
  }

  @Test
  @DisplayName("G21: a body shorter than its Content-Length is retried like a cut body")
  void aBodyShorterThanItsContentLengthIsRetried() throws IOException {
    ScriptedHttpServer.Answer short_ =
        out -> {
          out.write(ScriptedHttpServer.head("Content-Length: " + (PAGE.length + 500)));
          out.write(PAGE);
        };
    try (ScriptedHttpServer server =
        new ScriptedHttpServer(List.of(short_, ScriptedHttpServer.complete(PAGE)))) {
      SourceResult<Repo> result = fetch(server.baseUrl());

      assertThat(names(result))
          .containsExactly("hanxiao/bert-as-service", "openai/spinningup", "NVIDIA/waveglow");
      assertThat(server.requestLines()).hasSize(2);
      assertThat(result.report().activity().retries()).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("G30: a 301 to another host and port is followed without the Authorization header")
  void followsARedirectElsewhereWithoutTheToken() {
    String moved =
        elsewhere.baseUrl()
            + SEARCH
            + "?q=topic%3Anlp+created%3A2018-11-01..2018-11-30&sort=stars&order=desc&per_page=100";
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Location", moved)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody("{\"message\":\"Moved Permanently\",\"url\":\"" + moved + "\"}")));
    elsewhere.stubFor(
        get(urlPathEqualTo(SEARCH)).willReturn(searchPage("search-page-1.json", null)));

    SourceResult<Repo> result = fetch(wm.baseUrl());

    assertThat(result.items()).hasSize(3);
    wm.verify(
        1,
        getRequestedFor(urlPathEqualTo(SEARCH))
            .withHeader("Authorization", equalTo("Bearer " + SourceHarness.TOKEN)));
    elsewhere.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withoutHeader("Authorization"));
  }

  @Test
  @DisplayName(
      "A Link rel=\"next\" to another origin is refused before any request reaches it: the token stays home")
  void aNextLinkToAnotherOriginIsNotFollowed() {
    // GitHub's Link header shape (hub4j/github-api's recorded search answers carry the same):
    // <url>; rel="next", <url>; rel="last". Here the next page's URL names another host.
    String foreign =
        "<"
            + elsewhere.baseUrl()
            + SEARCH
            + "?q=topic%3Anlp+created%3A2018-11-01..2018-11-30&sort=stars&order=desc&per_page=100&page=2>; rel=\"next\", <"
            + elsewhere.baseUrl()
            + SEARCH
            + "?q=topic%3Anlp+created%3A2018-11-01..2018-11-30&sort=stars&order=desc&per_page=100&page=3>; rel=\"last\"";
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(searchPage("search-page-1.json", foreign)));
    elsewhere.stubFor(
        get(urlPathEqualTo(SEARCH)).willReturn(searchPage("search-page-2.json", null)));

    assertThatThrownBy(() -> fetch(wm.baseUrl()))
        .isInstanceOf(CurateException.class)
        .satisfies(e -> assertThat(((CurateException) e).exitCode()).isEqualTo(ExitCode.FAILURE))
        .hasMessageContaining("localhost:" + elsewhere.getPort())
        .hasMessageContaining("outside the configured")
        .hasMessageNotContaining(SourceHarness.TOKEN)
        .hasMessageNotContaining("\n");
    assertThat(elsewhere.getAllServeEvents()).isEmpty();
    wm.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  @DisplayName(
      "A Link rel=\"next\" to the same host on another port or scheme is another origin too")
  void aNextLinkToAnotherPortOfTheSameHostIsNotFollowed() {
    String otherPort =
        "<http://127.0.0.1:"
            + elsewhere.getPort()
            + SEARCH
            + "?q=topic%3Anlp&page=2>; rel=\"next\"";
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(searchPage("search-page-1.json", otherPort)));

    assertThatThrownBy(() -> fetch("http://127.0.0.1:" + wm.getPort()))
        .hasMessageContaining("http://127.0.0.1:" + elsewhere.getPort());
    assertThat(elsewhere.getAllServeEvents()).isEmpty();
  }

  /**
   * GitHub's answers to a search with an HTTP cache: 200 with an ETag, then 304 for If-None-Match.
   */
  private void stubEtagAnd304() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withHeader("If-None-Match", absent())
            .willReturn(
                searchPage("search-page-1.json", null)
                    .withHeader("Cache-Control", "private, max-age=60, s-maxage=60")
                    .withHeader("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP")));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withHeader("If-None-Match", equalTo(ETAG))
            .willReturn(
                withSearchHeaders(aResponse().withStatus(304), 29)
                    .withHeader("ETag", ETAG)
                    .withHeader("Cache-Control", "private, max-age=60, s-maxage=60")));
  }

  @Test
  @DisplayName(
      "G31: a re-fetch sends If-None-Match, gets 304, and reads the same repositories from the cache")
  void aRefetchIsAConditionalRequestServedFromTheCache() throws IOException {
    stubEtagAnd304();
    harness.cacheDirectory = Optional.of(cache);

    SourceResult<Repo> first = fetch(wm.baseUrl());
    SourceResult<Repo> second = fetch(wm.baseUrl());

    assertThat(second.items()).isEqualTo(first.items()).hasSize(3);
    wm.verify(
        1, getRequestedFor(urlPathEqualTo(SEARCH)).withHeader("If-None-Match", equalTo(ETAG)));
    assertThat(first.report().activity().notModified()).isZero();
    assertThat(second.report().activity().notModified()).isEqualTo(1);
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
            .as(f.toString())
            .doesNotContain(SourceHarness.TOKEN);
      }
    }
  }

  @Test
  @DisplayName(
      "G31: a search run again within the minute GitHub lets its answer be cached still asks GitHub")
  void aSearchPageFreshInTheCacheIsStillConfirmedByGitHub() throws IOException {
    // As GitHub answers a search (Cache-Control and ETag as in GitHub's answers above), without the
    // fixed Date of the other stubs: the page is fresh in the cache for 60 s of real time.
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withHeader("If-None-Match", absent())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withHeader("ETag", ETAG)
                    .withHeader("Cache-Control", "private, max-age=60")
                    .withHeader("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP")
                    .withBody(PAGE)));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withHeader("If-None-Match", equalTo(ETAG))
            .willReturn(
                aResponse()
                    .withStatus(304)
                    .withHeader("ETag", ETAG)
                    .withHeader("Cache-Control", "private, max-age=60")));
    harness.cacheDirectory = Optional.of(cache);

    fetch(wm.baseUrl());
    SourceResult<Repo> second = fetch(wm.baseUrl());

    assertThat(second.items()).hasSize(3);
    wm.verify(
        1,
        getRequestedFor(urlPathEqualTo(SEARCH))
            .withHeader("Cache-Control", equalTo("max-age=0"))
            .withHeader("If-None-Match", equalTo(ETAG)));
    assertThat(second.report().activity().notModified()).isEqualTo(1);
  }

  @Test
  @DisplayName("G32: a deleted cache directory means an unconditional refetch, no crash")
  void aDeletedCacheIsAnUnconditionalRefetch() throws IOException {
    stubEtagAnd304();
    harness.cacheDirectory = Optional.of(cache);
    SourceResult<Repo> first = fetch(wm.baseUrl());
    try (Stream<Path> files = Files.walk(cache)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }

    SourceResult<Repo> second = fetch(wm.baseUrl());

    assertThat(second.items()).isEqualTo(first.items());
    wm.verify(
        0, getRequestedFor(urlPathEqualTo(SEARCH)).withHeader("If-None-Match", equalTo(ETAG)));
    wm.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(second.report().activity().notModified()).isZero();
  }

  @Test
  @DisplayName("G32: a corrupted cache directory means an unconditional refetch, no crash")
  void aCorruptedCacheIsAnUnconditionalRefetch() throws IOException {
    stubEtagAnd304();
    harness.cacheDirectory = Optional.of(cache);
    SourceResult<Repo> first = fetch(wm.baseUrl());
    try (Stream<Path> files = Files.list(cache)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(f, "garbage\u0000\u0001 not a cache entry\n");
      }
    }

    SourceResult<Repo> second = fetch(wm.baseUrl());

    assertThat(second.items()).isEqualTo(first.items());
    wm.verify(
        0, getRequestedFor(urlPathEqualTo(SEARCH)).withHeader("If-None-Match", equalTo(ETAG)));
    assertThat(second.report().activity().notModified()).isZero();
  }
}

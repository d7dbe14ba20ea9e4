package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.curate.github.GitHubStubs.REQUEST_ID;
import static dev.curate.github.GitHubStubs.SERVER_NOW;
import static dev.curate.github.GitHubStubs.fixture;
import static dev.curate.github.GitHubStubs.httpDate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.GitHubCredentials;
import dev.curate.error.ExitCode;
import dev.curate.model.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Looking repositories up by name through the real GitHub stack, against answers in the shape of
 * {@code GET /repos/{owner}/{repo}}: body and headers as hub4j/github-api recorded them in {@code
 * src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/testGetters/} (the repository
 * answer with {@code permissions}, {@code organization}, {@code network_count}, {@code
 * subscribers_count}; {@code Cache-Control: private, max-age=60, s-maxage=60}, an {@code ETag}, the
 * core rate-limit headers). The fixtures are our own: {@code repository.json} (openai/spinningup)
 * and {@code lookup/transformers.json} (huggingface/transformers, figures illustrative). A renamed
 * repository answers its old name with GitHub's {@code 301} and body {@code {"message": "Moved
 * Permanently", "url": ".../repositories/{id}", "documentation_url": ...}}
 * (https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#follow-redirects);
 * a deleted or private one with GitHub's 404 body ({@code lookup/not-found.json}).
 */
class RepositoryLookupTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ETAG = "W/\"6bd3a3f87a1c2e4b9d0f5e7a8c9b1d2e\"";
  private static final long TRANSFORMERS_ID = 155220641;

  private final SourceHarness harness = new SourceHarness();

  @TempDir Path cache;

  private Lookups lookUp(GitHubCredentials credentials, List<String> names) {
    GitHubSource source = harness.source(wm.baseUrl(), credentials, List.of("topic:x"), 100, 1);
    try {
      return new RepositoryLookup(source.rest(), 10, harness.clock).lookUp(names, 300);
    } finally {
      harness.stack.close();
    }
  }

  private Lookups lookUp(String... names) {
    return lookUp(SourceHarness.token("GH_TOKEN"), List.of(names));
  }

  /** GitHub's headers on a repository answer, with {@code remaining} core requests left. */
  private static ResponseDefinitionBuilder repositoryAnswer(String body, int limit, int remaining) {
    return aResponse()
        .withStatus(200)
        .withHeader("Date", httpDate(SERVER_NOW))
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withHeader("Cache-Control", "private, max-age=60, s-maxage=60")
        .withHeader("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP")
        .withHeader("ETag", ETAG)
        .withHeader("Last-Modified", "Thu, 27 Nov 2026 09:12:55 GMT")
        .withHeader("X-GitHub-Media-Type", "github.v3; format=json")
        .withHeader("x-ratelimit-limit", String.valueOf(limit))
        .withHeader("x-ratelimit-remaining", String.valueOf(remaining))
        .withHeader(
            "x-ratelimit-reset", String.valueOf(SERVER_NOW.plusSeconds(1800).getEpochSecond()))
        .withHeader("x-ratelimit-used", String.valueOf(limit - remaining))
        .withHeader("x-ratelimit-resource", "core")
        .withHeader("x-github-request-id", REQUEST_ID)
        .withBody(body);
  }

  private static ResponseDefinitionBuilder repositoryAnswer(String body) {
    return repositoryAnswer(body, 5000, 4990);
  }

  /** A JSON error as GitHub sends it for a repository request. */
  private static ResponseDefinitionBuilder error(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Date", httpDate(SERVER_NOW))
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withHeader("x-ratelimit-limit", "5000")
        .withHeader("x-ratelimit-remaining", "4990")
        .withHeader(
            "x-ratelimit-reset", String.valueOf(SERVER_NOW.plusSeconds(1800).getEpochSecond()))
        .withHeader("x-ratelimit-resource", "core")
        .withHeader("x-github-request-id", REQUEST_ID)
        .withBody(body);
  }

  /** spinningup's answer (repository.json) as another repository's: same shape, other names. */
  private static String answerFor(String fullName, long id) {
    try {
      ObjectNode repo = (ObjectNode) JSON.readTree(fixture("repository.json"));
      String[] parts = fullName.split("/");
      repo.put("id", id);
      repo.put("full_name", fullName);
      repo.put("name", parts[1]);
      ((ObjectNode) repo.get("owner")).put("login", parts[0]);
      repo.put("html_url", "https://github.com/" + fullName);
      return JSON.writeValueAsString(repo);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void stubRepository(String fullName, ResponseDefinitionBuilder answer) {
    wm.stubFor(get(urlPathEqualTo("/repos/" + fullName)).willReturn(answer));
  }

  /** huggingface/pytorch-pretrained-BERT, renamed since: 301 to the id, which answers. */
  private static void stubRenamedTransformers() {
    String moved = fixture("lookup/moved.json").replace("https://api.github.com", wm.baseUrl());
    wm.stubFor(
        get(urlPathEqualTo("/repos/huggingface/pytorch-pretrained-BERT"))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Date", httpDate(SERVER_NOW))
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withHeader("Location", wm.baseUrl() + "/repositories/" + TRANSFORMERS_ID)
                    .withHeader("x-ratelimit-limit", "5000")
                    .withHeader("x-ratelimit-remaining", "4991")
                    .withHeader("x-ratelimit-resource", "core")
                    .withHeader("x-github-request-id", REQUEST_ID)
                    .withBody(moved)));
    String transformers = fixture("lookup/transformers.json");
    wm.stubFor(
        get(urlPathEqualTo("/repositories/" + TRANSFORMERS_ID))
            .willReturn(repositoryAnswer(transformers)));
    stubRepository("huggingface/transformers", repositoryAnswer(transformers));
  }

  @Test
  void aRepositoryIsReadFromOneAnswerWithItsTopicsAndLicense() {
    stubRepository("openai/spinningup", repositoryAnswer(fixture("repository.json")));

    Lookups lookups = lookUp("openai/spinningup");

    Repo repo = lookups.found().get(0).repo();
    assertThat(repo.id()).isEqualTo(157418578);
    assertThat(repo.fullName()).isEqualTo("openai/spinningup");
    assertThat(repo.owner()).isEqualTo("openai");
    assertThat(repo.description())
        .isEqualTo("An educational resource to help anyone learn deep reinforcement learning.");
    assertThat(repo.stars()).isEqualTo(9806);
    assertThat(repo.forks()).isEqualTo(2181);
    assertThat(repo.watchers()).as("subscribers_count").isEqualTo(271);
    assertThat(repo.topics())
        .containsExactly("deep-learning", "reinforcement-learning", "education", "openai");
    assertThat(repo.license()).isEqualTo("MIT");
    assertThat(repo.homepage()).isEqualTo("https://spinningup.openai.com/");
    assertThat(repo.createdAt()).isEqualTo(Instant.parse("2018-11-07T17:58:29Z"));
    assertThat(repo.fetchedAt()).isEqualTo(SERVER_NOW);
    assertThat(lookups.asked()).isEqualTo(1);
    assertThat(lookups.warnings()).isEmpty();
    assertThat(lookups.stoppedBy()).isEmpty();
    // One request: github-api's GHRepository would have asked for the topics and the license.
    assertThat(wm.getAllServeEvents()).hasSize(1);
    wm.verify(
        getRequestedFor(urlPathEqualTo("/repos/openai/spinningup"))
            .withHeader("Accept", equalTo(GitHubRest.JSON))
            .withHeader("Authorization", equalTo("Bearer " + SourceHarness.TOKEN)));
  }

  @Test
  void aRenamedRepositoryIsOneRepositoryUnderItsCurrentNameWithEveryNameItWasAskedBy() {
    stubRenamedTransformers();
    stubRepository("openai/spinningup", repositoryAnswer(fixture("repository.json")));

    Lookups lookups =
        lookUp(
            "huggingface/pytorch-pretrained-BERT", "openai/spinningup", "huggingface/transformers");

    assertThat(lookups.found()).hasSize(2);
    Lookups.Found transformers = lookups.found().get(0);
    assertThat(transformers.repo().id()).isEqualTo(TRANSFORMERS_ID);
    assertThat(transformers.repo().fullName()).isEqualTo("huggingface/transformers");
    assertThat(transformers.repo().license()).isEqualTo("Apache-2.0");
    assertThat(transformers.repo().description()).startsWith("🤗 Transformers:");
    assertThat(transformers.names())
        .containsExactly("huggingface/pytorch-pretrained-BERT", "huggingface/transformers");
    assertThat(transformers.formerNames()).containsExactly("huggingface/pytorch-pretrained-BERT");
    assertThat(lookups.renamed()).isEqualTo(1);
    assertThat(lookups.of("HuggingFace/Pytorch-Pretrained-BERT")).contains(transformers);
    assertThat(lookups.of("openai/spinningup").orElseThrow().formerNames()).isEmpty();
    assertThat(lookups.asked()).isEqualTo(3);
    assertThat(lookups.warnings()).isEmpty();
    // The redirect is followed on the same origin, with the token: /repositories/{id} answers.
    wm.verify(
        getRequestedFor(urlPathEqualTo("/repositories/" + TRANSFORMERS_ID))
            .withHeader("Authorization", equalTo("Bearer " + SourceHarness.TOKEN)));
  }

  @Test
  void aDeletedOrPrivateRepositoryIsSkippedAndCountedAsGone() {
    stubRepository("someone/deleted-since", error(404, fixture("lookup/not-found.json")));
    stubRepository("openai/spinningup", repositoryAnswer(fixture("repository.json")));

    Lookups lookups = lookUp("someone/deleted-since", "openai/spinningup");

    assertThat(lookups.gone()).containsExactly("someone/deleted-since");
    assertThat(lookups.found())
        .extracting(f -> f.repo().fullName())
        .containsExactly("openai/spinningup");
    assertThat(lookups.failed()).isEmpty();
    assertThat(lookups.warnings()).isEmpty();
    assertThat(lookups.summary())
        .isEqualTo(
            "looked up 2 repositories by name: 1 found (0 renamed), 1 gone (deleted or private),"
                + " 0 not owner/name, 0 failed, 0 left out");
  }

  @Test
  void namesGitHubWouldNotAllowAreCountedAndNeverPutInAUrl() {
    stubRepository("openai/spinningup", repositoryAnswer(fixture("repository.json")));

    Lookups lookups = lookUp("../../rate_limit", "openai/spinningup", "a b/c\u001b[31m");

    assertThat(lookups.invalid()).containsExactly("../../rate_limit", "a b/c\u001b[31m");
    assertThat(lookups.found()).hasSize(1);
    assertThat(lookups.asked()).isEqualTo(1);
    assertThat(lookups.warnings())
        .singleElement()
        .asString()
        .startsWith("skipped 2 names GitHub would not allow")
        .contains("'../../rate_limit'", "'a b/c?[31m'")
        .doesNotContain("\u001b");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void theSameNameInAnotherCaseIsLookedUpOnceAndTheLimitCountsDistinctNames() {
    stubRepository("openai/spinningup", repositoryAnswer(fixture("repository.json")));
    stubRepository("a/second", repositoryAnswer(answerFor("a/second", 2)));
    stubRepository("a/third", repositoryAnswer(answerFor("a/third", 3)));
    GitHubSource source =
        harness.source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), List.of("topic:x"), 100, 1);

    Lookups lookups =
        new RepositoryLookup(source.rest(), 10, harness.clock)
            .lookUp(List.of("openai/spinningup", "OpenAI/SpinningUp", "a/second", "a/third"), 2);

    assertThat(lookups.found())
        .extracting(f -> f.repo().fullName())
        .containsExactly("openai/spinningup", "a/second");
    assertThat(lookups.asked()).isEqualTo(2);
    wm.verify(0, getRequestedFor(urlPathEqualTo("/repos/a/third")));
  }

  @Test
  void withoutATokenOnlyWhatTheUnauthenticatedBudgetAllowsIsLookedUpAndTheRestAreCounted() {
    // GitHub's 60 core requests an hour without a token, most of them spent by earlier steps.
    List<String> names = List.of("a/one", "a/two", "a/three", "a/four", "a/five", "a/six");
    for (int i = 0; i < names.size(); i++) {
      stubRepository(names.get(i), repositoryAnswer(answerFor(names.get(i), i + 1), 60, 12 - i));
    }

    Lookups lookups = lookUp(GitHubCredentials.none(), names);

    // 12, 11, 10 left after the first three: keep going (keepCoreRequests 10); 9 after the fourth.
    assertThat(lookups.found())
        .extracting(f -> f.repo().fullName())
        .containsExactly("a/one", "a/two", "a/three", "a/four");
    assertThat(lookups.leftOut()).containsExactly("a/five", "a/six");
    assertThat(lookups.stoppedBy()).isEmpty();
    assertThat(lookups.warnings())
        .singleElement()
        .asString()
        .isEqualTo(
            "looked up 4 of 6 repositories by name, 2 left out: GitHub's core budget is down to 9"
                + " requests (github.starGains.keepCoreRequests is 10); a token (GH_TOKEN) raises it"
                + " to 5,000 an hour");
    wm.verify(0, getRequestedFor(urlPathMatching("/repos/a/(five|six)")));
    wm.verify(
        4, getRequestedFor(urlPathMatching("/repos/.*")).withHeader("Authorization", absent()));
  }

  @Test
  void aLookupMadeAgainIsAConditionalRequestAnswered304FromTheCache() {
    wm.stubFor(
        get(urlPathEqualTo("/repos/openai/spinningup"))
            .withHeader("If-None-Match", absent())
            .willReturn(repositoryAnswer(fixture("repository.json"))));
    wm.stubFor(
        get(urlPathEqualTo("/repos/openai/spinningup"))
            .withHeader("If-None-Match", equalTo(ETAG))
            .willReturn(
                aResponse()
                    .withStatus(304)
                    .withHeader("Date", httpDate(SERVER_NOW))
                    .withHeader("ETag", ETAG)
                    .withHeader("Cache-Control", "private, max-age=60, s-maxage=60")
                    .withHeader("x-ratelimit-limit", "5000")
                    .withHeader("x-ratelimit-remaining", "4990")
                    .withHeader("x-ratelimit-resource", "core")));
    harness.cacheDirectory = Optional.of(cache);

    Lookups first = lookUp("openai/spinningup");
    GitHubSource again =
        harness.source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), List.of("topic:x"), 100, 1);
    Lookups second;
    try {
      second =
          new RepositoryLookup(again.rest(), 10, harness.clock)
              .lookUp(List.of("openai/spinningup"), 300);
    } finally {
      harness.stack.close();
    }

    assertThat(second.found()).isEqualTo(first.found());
    assertThat(again.stats().notModified()).isEqualTo(1);
    wm.verify(
        1,
        getRequestedFor(urlPathEqualTo("/repos/openai/spinningup"))
            .withHeader("If-None-Match", equalTo(ETAG)));
  }

  @Test
  void aLookupThatStillFailsAfterTheRetriesIsSkippedWithAWarningAndTheRestGoOn() {
    stubRepository("a/broken", error(502, "{\"message\":\"Server Error\"}"));
    stubRepository("openai/spinningup", repositoryAnswer(fixture("repository.json")));

    Lookups lookups = lookUp("a/broken", "openai/spinningup");

    assertThat(lookups.found())
        .extracting(f -> f.repo().fullName())
        .containsExactly("openai/spinningup");
    assertThat(lookups.failed()).containsExactly("a/broken");
    assertThat(lookups.stoppedBy()).isEmpty();
    assertThat(lookups.warnings())
        .singleElement()
        .asString()
        .startsWith("skipped 1 repository whose look-up failed: a/broken (GitHub unavailable:")
        .contains("HTTP 502", REQUEST_ID);
    wm.verify(SourceHarness.HTTP.maxAttempts(), getRequestedFor(urlPathEqualTo("/repos/a/broken")));
  }

  @Test
  void anAnswerThatIsNoRepositoryIsSkippedAndNamedWithoutQuotingIt() {
    stubRepository(
        "a/portal",
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html; charset=utf-8")
            .withBody("<html><title>Sign in to the hotel wifi</title></html>"));
    // A full_name that disagrees with owner.login: no repository curate can name.
    stubRepository(
        "a/other-shape",
        repositoryAnswer(answerFor("someone/other-shape", 7).replace("someone/", "a/")));
    stubRepository("openai/spinningup", repositoryAnswer(fixture("repository.json")));

    Lookups lookups = lookUp("a/portal", "a/other-shape", "openai/spinningup");

    assertThat(lookups.found()).hasSize(1);
    assertThat(lookups.failed()).containsExactly("a/portal", "a/other-shape");
    assertThat(lookups.warnings())
        .singleElement()
        .asString()
        .contains(
            "a/portal (expected JSON from GET /repos/a/portal, got text/html)",
            "a/other-shape (no repository in the answer to GET /repos/a/other-shape: full_name")
        .doesNotContain("hotel");
  }

  @Test
  void failuresInARowStopTheLookupsSinceGitHubRatherThanOneRepositoryIsTheTrouble() {
    for (String name : List.of("a/one", "a/two", "a/three")) {
      stubRepository(name, error(503, "{\"message\":\"Service Unavailable\"}"));
    }
    stubRepository("a/four", repositoryAnswer(answerFor("a/four", 4)));

    Lookups lookups = lookUp("a/one", "a/two", "a/three", "a/four");

    assertThat(lookups.failed()).containsExactly("a/one", "a/two", "a/three");
    assertThat(lookups.leftOut()).containsExactly("a/four");
    assertThat(lookups.stoppedBy())
        .get()
        .extracting(e -> e.exitCode())
        .isEqualTo(ExitCode.TEMPORARY);
    assertThat(lookups.warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith("looked up 3 of 4 repositories by name, then stopped at a/three:"));
    wm.verify(0, getRequestedFor(urlPathEqualTo("/repos/a/four")));
  }

  @Test
  void anUnreachableGitHubStopsTheLookupsAfterThreeNamesNotThreeHundred() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    GitHubSource source =
        harness.source(
            "http://localhost:" + closedPort,
            SourceHarness.token("GH_TOKEN"),
            List.of("topic:x"),
            100,
            1);

    Lookups lookups =
        new RepositoryLookup(source.rest(), 10, harness.clock)
            .lookUp(List.of("a/one", "a/two", "a/three", "a/four", "a/five"), 300);

    assertThat(lookups.failed()).containsExactly("a/one", "a/two", "a/three");
    assertThat(lookups.leftOut()).containsExactly("a/four", "a/five");
    assertThat(lookups.stoppedBy())
        .get()
        .satisfies(
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage())
                  .startsWith("cannot reach localhost:" + closedPort + " (connection refused)");
            });
    // A closed port is not retried: one attempt for each of the three.
    assertThat(source.stats().retries()).isZero();
  }

  @Test
  void rejectedCredentialsStopTheLookupsAndWhatWasFoundIsKept() {
    stubRepository("openai/spinningup", repositoryAnswer(fixture("repository.json")));
    stubRepository("a/next", error(401, fixture("bad-credentials.json")));
    stubRepository("a/after", repositoryAnswer(answerFor("a/after", 9)));

    Lookups lookups = lookUp("openai/spinningup", "a/next", "a/after");

    assertThat(lookups.found())
        .extracting(f -> f.repo().fullName())
        .containsExactly("openai/spinningup");
    assertThat(lookups.leftOut()).containsExactly("a/after");
    assertThat(lookups.stoppedBy())
        .get()
        .satisfies(
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.CREDENTIALS);
              assertThat(e.getMessage()).contains("GH_TOKEN").doesNotContain(SourceHarness.TOKEN);
            });
    assertThat(String.join("\n", lookups.warnings())).doesNotContain(SourceHarness.TOKEN);
    wm.verify(1, getRequestedFor(urlPathEqualTo("/repos/a/next")));
    wm.verify(0, getRequestedFor(urlPathEqualTo("/repos/a/after")));
  }

  @Test
  void aRateLimitBeyondMaxWaitStopsTheLookupsAtOnceAndWhatWasFoundIsKept() {
    stubRepository("openai/spinningup", repositoryAnswer(fixture("repository.json")));
    stubRepository(
        "a/limited",
        aResponse()
            .withStatus(403)
            .withHeader("Date", httpDate(SERVER_NOW))
            .withHeader("Content-Type", "application/json; charset=utf-8")
            .withHeader("x-ratelimit-limit", "5000")
            .withHeader("x-ratelimit-remaining", "0")
            .withHeader(
                "x-ratelimit-reset", String.valueOf(SERVER_NOW.plusSeconds(2400).getEpochSecond()))
            .withHeader("x-ratelimit-resource", "core")
            .withHeader("x-github-request-id", REQUEST_ID)
            .withBody(fixture("rate-limit-exceeded.json")));

    Lookups lookups = lookUp("openai/spinningup", "a/limited", "a/after");

    assertThat(lookups.found()).hasSize(1);
    assertThat(lookups.leftOut()).containsExactly("a/after");
    assertThat(lookups.stoppedBy())
        .get()
        .extracting(e -> e.exitCode())
        .isEqualTo(ExitCode.TEMPORARY);
    assertThat(harness.sleeper.total()).isZero();
    wm.verify(1, getRequestedFor(urlPathEqualTo("/repos/a/limited")));
  }
}

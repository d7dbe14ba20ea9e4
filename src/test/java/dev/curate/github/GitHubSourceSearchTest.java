package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.curate.github.GitHubStubs.SEARCH;
import static dev.curate.github.GitHubStubs.link;
import static dev.curate.github.GitHubStubs.pageClaiming;
import static dev.curate.github.GitHubStubs.searchBody;
import static dev.curate.github.GitHubStubs.searchPage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.GitHubCredentials;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.SourceId;
import dev.curate.model.SourceResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GitHubSourceSearchTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);
  private static final String Q = "topic:deep-learning created:2018-11-01..2018-11-30";
  private static final String Q_ENCODED = "topic%3Adeep-learning+created%3A2018-11-01..2018-11-30";

  private final SourceHarness harness = new SourceHarness();

  private String api() {
    return wm.baseUrl();
  }

  /** Three pages of three, seven repositories, linked the way GitHub links them. */
  private void stubThreePages() {
    int port = wm.getPort();
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(Q))
            .withQueryParam("page", absent())
            .willReturn(searchPage("search-page-1.json", link(port, Q_ENCODED, 3, 2, 3, null))));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(Q))
            .withQueryParam("page", equalTo("2"))
            .willReturn(searchPage("search-page-2.json", link(port, Q_ENCODED, 3, 3, 3, 1))));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(Q))
            .withQueryParam("page", equalTo("3"))
            .willReturn(searchPage("search-page-3.json", link(port, Q_ENCODED, 3, null, null, 2))));
  }

  private static Map<String, Repo> byName(SourceResult<Repo> result) {
    return result.items().stream().collect(Collectors.toMap(Repo::fullName, Function.identity()));
  }

  @Test
  void followsLinkHeadersToTheLastPage() {
    stubThreePages();

    SourceResult<Repo> result =
        harness
            .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:deep-learning"), 3, 10)
            .fetch(NOVEMBER_2018);

    assertThat(result.items())
        .extracting(Repo::fullName)
        .containsExactly(
            "hanxiao/bert-as-service",
            "openai/spinningup",
            "NVIDIA/waveglow",
            "CSAILVision/gandissect",
            "1991viet/QuickDraw",
            "zhaoyi-ai/zh-NER-tf",
            "lin-k/kaggle-notes");
    assertThat(result.report().found()).isEqualTo(7);
    assertThat(result.report().kept()).isEqualTo(7);
    assertThat(result.report().requests()).isEqualTo(3);
    assertThat(result.report().source()).isEqualTo(SourceId.GITHUB);
    wm.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)));
    wm.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("page", equalTo("3")));
    assertThat(result.report().warnings()).isEmpty();
  }

  @Test
  void malformedResultsAreLeftOutAndNamedInOneWarningWhileTheRestOfThePageIsKept() {
    // search-page-malformed-items.json: our search page in the shape GitHub sends (as recorded by
    // hub4j/github-api, src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/
    // searchAllPublicAndForkedRepos/__files/2-search_repositories.json), with four hostile items
    // between two good ones: stargazers_count 1e20 (github-api's Jackson failed the whole page on
    // it: "failed: GHException"), a full_name of ../../rate_limit, an id that is a string, and a
    // created_at that is no timestamp.
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(searchPage("search-page-malformed-items.json", null)));

    SourceResult<Repo> result =
        harness
            .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:deep-learning"), 100, 1)
            .fetch(NOVEMBER_2018);

    assertThat(result.items())
        .extracting(Repo::fullName)
        .containsExactly("CSAILVision/gandissect", "zhaoyi-ai/zh-NER-tf");
    assertThat(byName(result).get("CSAILVision/gandissect").topics()).contains("gan");
    assertThat(result.report().warnings())
        .containsExactly(
            "skipped 4 malformed search results:"
                + " id 158672321 (stargazers_count 1.0E20 does not fit its type);"
                + " id 160000001 (full_name \"../../rate_limit\" is not owner/name by GitHub's rules);"
                + " a result without an id (id \"160000002\" is not a repository id);"
                + " id 160000003 (created_at \"yesterday\" is not a timestamp)");
    wm.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void aPageOfOnlyUnusableResultsDoesNotEndTheSearch() throws Exception {
    // Page 1 of the three, each of its items spoilt (a negative forks_count): GitHub's Link header
    // still names page 2, so there is more to read.
    ObjectNode spoilt =
        (ObjectNode) new ObjectMapper().readTree(GitHubStubs.fixture("search-page-1.json"));
    spoilt.get("items").forEach(item -> ((ObjectNode) item).put("forks_count", -1));
    stubThreePages();
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(Q))
            .withQueryParam("page", absent())
            .atPriority(1)
            .willReturn(
                searchBody(spoilt.toString(), link(wm.getPort(), Q_ENCODED, 3, 2, 3, null))));

    SourceResult<Repo> result =
        harness
            .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:deep-learning"), 3, 10)
            .fetch(NOVEMBER_2018);

    assertThat(result.items())
        .extracting(Repo::fullName)
        .containsExactly(
            "CSAILVision/gandissect",
            "1991viet/QuickDraw",
            "zhaoyi-ai/zh-NER-tf",
            "lin-k/kaggle-notes");
    assertThat(result.report().warnings())
        .singleElement()
        .asString()
        .startsWith(
            "skipped 3 malformed search results: id 157208007 (forks_count -1 is negative);");
    wm.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void stopsAtThePageCapAndSaysHowManyItLeftUnread() {
    stubThreePages();

    SourceResult<Repo> result =
        harness
            .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:deep-learning"), 3, 2)
            .fetch(NOVEMBER_2018);

    assertThat(result.items()).hasSize(6);
    wm.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
    wm.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("page", equalTo("3")));
    assertThat(result.report().warnings())
        .containsExactly("'topic:deep-learning' matched 7 repositories; read the top 6 by stars");
  }

  @Test
  void neverAsksForAPagePastGitHubsThousandResultCap() {
    // Every page links to a next one; 100 per page reaches result 1,000 on page 10.
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .willReturn(
                searchPage(
                    "search-page-1.json", link(wm.getPort(), Q_ENCODED, 100, 99, 99, null))));

    harness
        .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:deep-learning"), 100, 20)
        .fetch(NOVEMBER_2018);

    wm.verify(10, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void sendsTheMonthAsACreatedRangeSortedByStars() {
    stubThreePages();

    harness
        .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:deep-learning"), 3, 1)
        .fetch(NOVEMBER_2018);

    wm.verify(
        1,
        getRequestedFor(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo("topic:deep-learning created:2018-11-01..2018-11-30"))
            .withQueryParam("sort", equalTo("stars"))
            .withQueryParam("order", equalTo("desc"))
            .withQueryParam("per_page", equalTo("3"))
            .withHeader("User-Agent", equalTo("curate/" + SourceHarness.VERSION)));
  }

  @Test
  void keepsOnlyRepositoriesCreatedInsideTheMonthInUtc() {
    String q = "topic:edge created:2018-11-01..2018-11-30";
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(q))
            .willReturn(searchPage("month-boundaries.json", null)));

    SourceResult<Repo> result =
        harness
            .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:edge"), 100, 10)
            .fetch(NOVEMBER_2018);

    assertThat(result.items())
        .extracting(Repo::fullName)
        .containsExactly("edge/first-second-of-november", "edge/last-second-of-november");
    assertThat(result.items())
        .extracting(Repo::createdAt)
        .containsExactly(
            Instant.parse("2018-11-01T00:00:00Z"), Instant.parse("2018-11-30T23:59:59Z"));
    assertThat(result.report().found()).isEqualTo(4);
    assertThat(result.report().kept()).isEqualTo(2);
  }

  @Test
  void mergesQueriesAndKeepsEachRepositoryOnce() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo("topic:deep-learning created:2018-11-01..2018-11-30"))
            .willReturn(searchPage("search-page-1.json", null)));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo("topic:gan created:2018-11-01..2018-11-30"))
            .willReturn(searchPage("second-query.json", null)));

    SourceResult<Repo> result =
        harness
            .source(
                api(),
                SourceHarness.token("GH_TOKEN"),
                List.of("topic:deep-learning", "topic:gan"),
                100,
                10)
            .fetch(NOVEMBER_2018);

    assertThat(result.items())
        .extracting(Repo::fullName)
        .containsExactly(
            "hanxiao/bert-as-service",
            "openai/spinningup",
            "NVIDIA/waveglow",
            "CSAILVision/gandissect");
    assertThat(result.report().found()).isEqualTo(5);
    assertThat(result.report().kept()).isEqualTo(4);
    assertThat(result.report().requests()).isEqualTo(2);
    assertThat(harness.progress).hasSize(3);
    assertThat(harness.progress.get(0)).isEqualTo("github: searching 2018-11 with 2 queries");
    assertThat(harness.progress.get(2)).contains("'topic:gan'").contains("2018-11");
  }

  @Test
  void mapsEveryFieldFromTheSearchJsonWithoutFurtherRequests() {
    stubThreePages();

    SourceResult<Repo> result =
        harness
            .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:deep-learning"), 3, 10)
            .fetch(NOVEMBER_2018);
    Map<String, Repo> repos = byName(result);

    assertThat(repos.get("openai/spinningup"))
        .isEqualTo(
            new Repo(
                157418578L,
                "openai/spinningup",
                "openai",
                "spinningup",
                "https://github.com/openai/spinningup",
                "An educational resource to help anyone learn deep reinforcement learning.",
                9806,
                2181,
                153,
                "Python",
                List.of("deep-learning", "reinforcement-learning", "education", "openai"),
                "MIT",
                "https://spinningup.openai.com/",
                Instant.parse("2018-11-07T17:58:29Z"),
                Instant.parse("2024-02-09T18:26:12Z"),
                false,
                false,
                GitHubStubs.SERVER_NOW));
    // Only the three search pages: no /repos/{o}/{r}/topics, /license or /users/{login}.
    wm.verify(3, anyRequestedFor(anyUrl()));
  }

  @Test
  void mapsNullsEmptyHomepagesUnknownLicensesAndUnicode() {
    stubThreePages();

    Map<String, Repo> repos =
        byName(
            harness
                .source(
                    api(), SourceHarness.token("GH_TOKEN"), List.of("topic:deep-learning"), 3, 10)
                .fetch(NOVEMBER_2018));

    Repo bare = repos.get("lin-k/kaggle-notes");
    assertThat(bare.description()).isNull();
    assertThat(bare.language()).isNull();
    assertThat(bare.license()).isNull();
    assertThat(bare.homepage()).isNull();
    assertThat(bare.pushedAt()).isNull();
    assertThat(bare.topics()).isEmpty();

    Repo waveglow = repos.get("NVIDIA/waveglow");
    assertThat(waveglow.homepage()).as("GitHub's empty homepage").isNull();
    assertThat(waveglow.license()).isEqualTo("BSD-3-Clause");
    assertThat(waveglow.topics()).isEmpty();

    Repo gandissect = repos.get("CSAILVision/gandissect");
    assertThat(gandissect.license())
        .as("spdx_id NOASSERTION is kept as such, not as its name Other")
        .isEqualTo(Repo.UNRECOGNISED_LICENSE);
    assertThat(gandissect.topics()).containsExactly("gan", "interpretability", "pytorch");

    assertThat(repos.get("zhaoyi-ai/zh-NER-tf").description())
        .isEqualTo("中文命名实体识别 — BiLSTM+CRF 🚀 (Überarbeitung für TensorFlow 1.12)");
    assertThat(repos.get("zhaoyi-ai/zh-NER-tf").language()).isEqualTo("Jupyter Notebook");
    assertThat(repos.get("1991viet/QuickDraw").description())
        .isEqualTo("Implementation of Quickdraw - an online game developed by Google 🎨✏️");
  }

  @Test
  void sendsTheTokenAndNeverLooksUpTheUser() {
    stubThreePages();

    harness
        .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:deep-learning"), 3, 10)
        .fetch(NOVEMBER_2018);

    wm.verify(
        3,
        getRequestedFor(urlPathEqualTo(SEARCH))
            .withHeader("Authorization", equalTo("Bearer " + SourceHarness.TOKEN)));
    wm.verify(0, anyRequestedFor(urlPathEqualTo("/user")));
    assertThat(wm.getAllServeEvents())
        .extracting(e -> e.getRequest().getUrl())
        .allMatch(url -> url.startsWith(SEARCH));
  }

  @Test
  void searchesWithoutAuthorizationAndWarnsWhenThereIsNoToken() {
    stubThreePages();

    SourceResult<Repo> result =
        harness
            .source(api(), GitHubCredentials.none(), List.of("topic:deep-learning"), 3, 10)
            .fetch(NOVEMBER_2018);

    wm.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)).withoutHeader("Authorization"));
    wm.verify(0, anyRequestedFor(urlPathEqualTo("/user")));
    assertThat(result.report().warnings())
        .containsExactly(
            "no GH_TOKEN or GITHUB_TOKEN set: GitHub allows 10 searches a minute and 60 requests an hour without one");
  }

  @Test
  void pacesSearchesTwoSecondsApartWithAToken() {
    stubThreePages();

    harness
        .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:deep-learning"), 3, 10)
        .fetch(NOVEMBER_2018);

    assertThat(harness.sleeper.sleeps())
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void pacesSearchesSixSecondsApartWithoutAToken() {
    stubThreePages();

    harness
        .source(api(), GitHubCredentials.none(), List.of("topic:deep-learning"), 3, 10)
        .fetch(NOVEMBER_2018);

    assertThat(harness.sleeper.sleeps())
        .containsExactly(Duration.ofSeconds(6), Duration.ofSeconds(6));
  }

  @Test
  void doesNotPaceWhenEnoughTimeHasPassedAlready() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(searchPage("empty.json", null)));
    GitHubSource source =
        harness.source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:nlp"), 100, 10);

    source.fetch(NOVEMBER_2018);
    harness.clock.advance(Duration.ofSeconds(5));
    source.fetch(NOVEMBER_2018);

    assertThat(harness.sleeper.sleeps()).isEmpty();
    wm.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  private static final String NOV = "topic:nlp created:2018-11-01..2018-11-30";
  private static final String FIRST_HALF = "topic:nlp created:2018-11-01..2018-11-15";
  private static final String SECOND_HALF = "topic:nlp created:2018-11-16..2018-11-30";

  @Test
  @DisplayName(
      "G13: incomplete results are kept, asked once more narrower, then reported as partial coverage")
  void keepsIncompleteResultsRetriesOnceNarrowerAndMarksTheFetchIncomplete() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(NOV))
            .willReturn(searchBody(pageClaiming("incomplete.json", 2, true), null)));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(FIRST_HALF))
            .willReturn(searchBody(pageClaiming("incomplete.json", 2, true), null)));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(SECOND_HALF))
            .willReturn(searchBody(pageClaiming("search-page-3.json", 1, true), null)));

    SourceResult<Repo> result =
        harness
            .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:nlp"), 100, 3)
            .fetch(NOVEMBER_2018);

    assertThat(result.items())
        .extracting(Repo::fullName)
        .containsExactly("hanxiao/bert-as-service", "openai/spinningup", "lin-k/kaggle-notes");
    assertThat(result.report().complete()).isFalse();
    assertThat(result.report().warnings())
        .containsExactly(
            "'topic:nlp' (created:2018-11-01..2018-11-15): GitHub's search timed out and returned incomplete results"
                + " (incomplete_results: true); some repositories may be missing",
            "'topic:nlp' (created:2018-11-16..2018-11-30): GitHub's search timed out and returned incomplete results"
                + " (incomplete_results: true); some repositories may be missing");
    // The month once, then its two halves once each: one narrower retry, not a loop.
    wm.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)));
    wm.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(NOV)));
    wm.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(FIRST_HALF)));
    wm.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(SECOND_HALF)));
  }

  @Test
  @DisplayName("G13: a narrower retry that completes makes the month complete again")
  void aNarrowerRetryThatCompletesLeavesNoWarning() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(NOV))
            .willReturn(searchBody(pageClaiming("incomplete.json", 2, true), null)));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(FIRST_HALF))
            .willReturn(searchBody(pageClaiming("search-page-1.json", 3, false), null)));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(SECOND_HALF))
            .willReturn(searchBody(pageClaiming("search-page-3.json", 1, false), null)));

    SourceResult<Repo> result =
        harness
            .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:nlp"), 100, 3)
            .fetch(NOVEMBER_2018);

    assertThat(result.report().complete()).isTrue();
    assertThat(result.items())
        .extracting(Repo::fullName)
        .containsExactlyInAnyOrder(
            "hanxiao/bert-as-service",
            "openai/spinningup",
            "NVIDIA/waveglow",
            "lin-k/kaggle-notes");
    assertThat(result.report().warnings()).isEmpty();
    wm.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(harness.progress)
        .containsExactly(
            "github: searching 2018-11 with 1 query",
            "github: 'topic:nlp' 2018-11: read 4 of 4 repositories (3 pages, 2 parts of the month)");
  }

  @Test
  void anEmptyResultIsOneRequestAndNoRepositories() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(searchPage("empty.json", null)));

    SourceResult<Repo> result =
        harness
            .source(api(), SourceHarness.token("GH_TOKEN"), List.of("topic:nlp"), 100, 3)
            .fetch(NOVEMBER_2018);

    assertThat(result.items()).isEmpty();
    assertThat(result.report().warnings()).isEmpty();
    wm.verify(1, anyRequestedFor(anyUrl()));
  }
}

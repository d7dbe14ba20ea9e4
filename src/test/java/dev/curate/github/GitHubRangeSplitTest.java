package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.curate.github.GitHubStubs.SEARCH;
import static dev.curate.github.GitHubStubs.error;
import static dev.curate.github.GitHubStubs.link;
import static dev.curate.github.GitHubStubs.pageClaiming;
import static dev.curate.github.GitHubStubs.searchBody;
import static dev.curate.github.GitHubStubs.searchPage;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.SourceResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading past GitHub's 1,000 results per search by narrowing the month's created: range. */
class GitHubRangeSplitTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);
  private static final String QUERY = "topic:ml";
  private static final String NOT_PAST_PAGE_10 = "1[1-9]|[2-9][0-9]|[0-9]{3,}";

  private final SourceHarness harness = new SourceHarness();

  private static String q(String range) {
    return QUERY + " created:" + range;
  }

  private static String encoded(String range) {
    return "topic%3Aml+created%3A" + range.replace(":", "%3A");
  }

  /** The first page of the search for {@code range}. */
  private static void firstPage(String range, ResponseDefinitionBuilder answer) {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(q(range)))
            .withQueryParam("page", absent())
            .willReturn(answer));
  }

  private static void page(String range, int page, ResponseDefinitionBuilder answer) {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(q(range)))
            .withQueryParam("page", equalTo(String.valueOf(page)))
            .willReturn(answer));
  }

  private static ResponseDefinitionBuilder claiming(String fixture, int totalCount) {
    return searchBody(pageClaiming(fixture, totalCount, false), null);
  }

  /** Anything not stubbed is an empty search, as GitHub answers a range with no matches. */
  private static void everythingElseEmpty() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH)).atPriority(10).willReturn(searchPage("empty.json", null)));
  }

  private static int searches(String range) {
    return wm.findAll(
            getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(q(range))))
        .size();
  }

  private SourceResult<Repo> fetch(int perPage, int maxPages) {
    return harness
        .source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), List.of(QUERY), perPage, maxPages)
        .fetch(NOVEMBER_2018);
  }

  @Test
  @DisplayName(
      "G14: 2,500 for the month is bisected, days then datetimes, until every part is <= 1,000")
  void bisectsTheMonthUntilEveryPartFitsUnderTheCap() {
    everythingElseEmpty();
    firstPage("2018-11-01..2018-11-30", claiming("search-page-1.json", 2500));
    firstPage("2018-11-01..2018-11-15", claiming("search-page-1.json", 1200));
    firstPage("2018-11-01..2018-11-07", claiming("search-page-1.json", 1100));
    firstPage("2018-11-01..2018-11-03", claiming("search-page-1.json", 1050));
    firstPage(
        "2018-11-01..2018-11-01", claiming("search-page-1.json", 1020)); // one day, still too many
    firstPage("2018-11-01T00:00:00Z..2018-11-01T11:59:59Z", claiming("search-page-3.json", 600));
    firstPage("2018-11-08..2018-11-15", claiming("second-query.json", 400));
    // Exactly at the cap: read to the end, ten pages of 100, and GitHub's link to an 11th not
    // followed.
    String full = "2018-11-16..2018-11-30";
    String fullPage = pageClaiming("search-page-2.json", 1000, false);
    firstPage(full, searchBody(fullPage, link(wm.getPort(), encoded(full), 100, 2, 11, null)));
    for (int p = 2; p <= 11; p++) {
      page(full, p, searchBody(fullPage, link(wm.getPort(), encoded(full), 100, p + 1, 11, p - 1)));
    }

    SourceResult<Repo> result = fetch(100, 10);

    assertThat(result.items())
        .extracting(Repo::fullName)
        .containsExactlyInAnyOrder(
            "hanxiao/bert-as-service",
            "openai/spinningup",
            "NVIDIA/waveglow",
            "CSAILVision/gandissect",
            "1991viet/QuickDraw",
            "zhaoyi-ai/zh-NER-tf",
            "lin-k/kaggle-notes");
    assertThat(result.report().complete()).isTrue();
    assertThat(result.report().warnings()).noneMatch(w -> w.contains("more than the 1,000"));
    // Five parts split after their first page; six final parts: five of one page, one of ten.
    assertThat(result.report().requests()).isEqualTo(5 + 5 + 10);
    wm.verify(20, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(searches(full)).isEqualTo(10);
    assertThat(searches("2018-11-01T12:00:00Z..2018-11-01T23:59:59Z")).isEqualTo(1);
    assertThat(searches("2018-11-02..2018-11-03")).isEqualTo(1);
    assertThat(searches("2018-11-04..2018-11-07")).isEqualTo(1);
    wm.verify(
        0,
        getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("page", matching(NOT_PAST_PAGE_10)));
    assertThat(harness.progress)
        .containsExactly(
            "github: searching 2018-11 with 1 query",
            "github: 'topic:ml' 2018-11: read 7 of 2,000 repositories (20 pages, 6 parts of the month)");
  }

  @Test
  @DisplayName(
      "G14: narrowing stops at the part bound; what is left over the cap is kept, warned about, incomplete")
  void stopsNarrowingAtThePartBoundAndReportsTheMonthIncomplete() {
    harness.maxParts = 4;
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(claiming("search-page-1.json", 5000)));

    SourceResult<Repo> result = fetch(100, 3);

    assertThat(result.items()).hasSize(3);
    assertThat(result.report().complete()).isFalse();
    // Three splits, then the four parts read as far as GitHub goes: (P - 1) + P x pages at most.
    wm.verify(3 + 4, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(result.report().warnings())
        .filteredOn(w -> w.contains("more than the 1,000"))
        .containsExactly(
            "'topic:ml' (created:2018-11-01..2018-11-03) matched 5,000 repositories, more than the 1,000 GitHub returns"
                + " for one search, and curate stopped narrowing it after 4 parts; some repositories may be missing",
            "'topic:ml' (created:2018-11-04..2018-11-07) matched 5,000 repositories, more than the 1,000 GitHub returns"
                + " for one search, and curate stopped narrowing it after 4 parts; some repositories may be missing",
            "'topic:ml' (created:2018-11-08..2018-11-15) matched 5,000 repositories, more than the 1,000 GitHub returns"
                + " for one search, and curate stopped narrowing it after 4 parts; some repositories may be missing",
            "'topic:ml' (created:2018-11-16..2018-11-30) matched 5,000 repositories, more than the 1,000 GitHub returns"
                + " for one search, and curate stopped narrowing it after 4 parts; some repositories may be missing");
  }

  @Test
  @DisplayName(
      "G15: a 422 'Only the first 1000 search results' is not retried; the part is split instead")
  void aRefusedPageIsTheCapNotAnErrorAndTheRangeIsSplit() {
    String month = "2018-11-01..2018-11-30";
    firstPage(
        month,
        searchBody(
            pageClaiming("search-page-1.json", 900, false),
            link(wm.getPort(), encoded(month), 100, 2, 9, null)));
    page(month, 2, error(422, "search-cap.json"));
    firstPage("2018-11-01..2018-11-15", claiming("search-page-2.json", 3));
    firstPage("2018-11-16..2018-11-30", claiming("search-page-3.json", 1));

    SourceResult<Repo> result = fetch(100, 10);

    assertThat(result.items()).hasSize(7);
    assertThat(result.report().complete()).isTrue();
    assertThat(result.report().warnings()).isEmpty();
    wm.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("page", equalTo("2")));
    wm.verify(4, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(harness.sleeper.sleeps())
        .as("search pacing only, no backoff")
        .allMatch(d -> d.equals(Duration.ofSeconds(2)));
  }

  @Test
  @DisplayName(
      "G15: a refused page that cannot be narrowed further keeps what was read, warns, marks incomplete")
  void aRefusedPageBeyondThePartBoundIsKeptAndMarkedIncomplete() {
    harness.maxParts = 2;
    for (String range :
        List.of("2018-11-01..2018-11-30", "2018-11-01..2018-11-15", "2018-11-16..2018-11-30")) {
      firstPage(
          range,
          searchBody(
              pageClaiming("search-page-1.json", 900, false),
              link(wm.getPort(), encoded(range), 100, 2, 9, null)));
      page(range, 2, error(422, "search-cap.json"));
    }

    SourceResult<Repo> result = fetch(100, 10);

    assertThat(result.items()).hasSize(3);
    assertThat(result.report().complete()).isFalse();
    assertThat(result.report().warnings())
        .contains(
            "'topic:ml' (created:2018-11-01..2018-11-15): GitHub refused results past its first 1,000 (422), and curate"
                + " stopped narrowing it after 2 parts; some repositories may be missing");
    wm.verify(6, getRequestedFor(urlPathEqualTo(SEARCH)));
    wm.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("page", equalTo("2")));
  }
}

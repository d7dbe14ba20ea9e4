package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.curate.github.GitHubStubs.SEARCH;
import static dev.curate.github.GitHubStubs.link;
import static dev.curate.github.GitHubStubs.pageClaiming;
import static dev.curate.github.GitHubStubs.searchBody;
import static dev.curate.github.GitHubStubs.searchPage;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RequestCount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A search's requests held against the fewest pages that could have returned what it read. */
class GitHubRequestFloorTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);
  private static final String QUERY = "topic:ml";
  private static final String MONTH = "2018-11-01..2018-11-30";

  private final SourceHarness harness = new SourceHarness();

  private static void page(String range, Integer page, ResponseDefinitionBuilder answer) {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", equalTo(QUERY + " created:" + range))
            .withQueryParam("page", page == null ? absent() : equalTo(String.valueOf(page)))
            .willReturn(answer));
  }

  /** Two pages of three repositories, GitHub's Link from the first to the second. */
  private static void twoPagesOfThree(int perPage) {
    String q = "topic%3Aml+created%3A" + MONTH;
    page(
        MONTH,
        null,
        searchBody(
            pageClaiming("search-page-1.json", 6, false),
            link(wm.getPort(), q, perPage, 2, 2, null)));
    page(
        MONTH,
        2,
        searchBody(
            pageClaiming("search-page-2.json", 6, false),
            link(wm.getPort(), q, perPage, null, 2, 1)));
  }

  private RequestCount searched(int perPage) {
    return harness
        .source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), List.of(QUERY), perPage, 10)
        .fetch(NOVEMBER_2018)
        .report()
        .requestCount();
  }

  @Test
  void pagesTheResultsNeededAreTheFloor() {
    twoPagesOfThree(3);

    RequestCount count = searched(3);

    assertThat(count.sent()).containsOnly(Map.entry("SEARCH", 2));
    assertThat(count.floor()).containsOnly(Map.entry("SEARCH", 2));
    assertThat(count.extra()).isEmpty();
  }

  @Test
  void aPageBeyondWhatTheResultsNeededIsExtra() {
    // Six repositories fit on one page of 100: GitHub's second page cost one more than needed.
    twoPagesOfThree(100);

    RequestCount count = searched(100);

    assertThat(count.floor()).containsOnly(Map.entry("SEARCH", 1));
    assertThat(count.extra()).containsOnly(Map.entry("SEARCH", 1));
  }

  @Test
  void aSearchWithoutResultsStillCostsItsOnePage() {
    page(MONTH, null, searchPage("empty.json", null));

    RequestCount count = searched(100);

    assertThat(count.floor()).containsOnly(Map.entry("SEARCH", 1));
    assertThat(count.extra()).isEmpty();
  }

  @Test
  void aSplitMonthsPartsAreTheFloorAndTheWholeMonthsPageIsExtra() {
    page(MONTH, null, searchBody(pageClaiming("search-page-1.json", 1500, false), null));
    page(
        "2018-11-01..2018-11-15",
        null,
        searchBody(pageClaiming("search-page-1.json", 400, false), null));
    page(
        "2018-11-16..2018-11-30",
        null,
        searchBody(pageClaiming("search-page-2.json", 300, false), null));

    RequestCount count = searched(100);

    assertThat(count.sent()).containsOnly(Map.entry("SEARCH", 1), Map.entry("SEARCH_PARTS", 2));
    assertThat(count.floor()).containsOnly(Map.entry("SEARCH_PARTS", 2));
    assertThat(count.extra()).containsOnly(Map.entry("SEARCH", 1));
  }
}

package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.curate.github.GitHubStubs.SEARCH;
import static dev.curate.github.GitHubStubs.searchPage;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.GitHubSettings;
import dev.curate.config.StarGainSettings;
import dev.curate.config.TrendingSettings;
import dev.curate.http.HttpStack;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.SourceResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Candidates that trend without being new: searched by last push, for recent months only. */
class TrendingSearchTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final SourceHarness harness = new SourceHarness();

  private GitHubSource source() {
    GitHubSettings settings =
        new GitHubSettings(
            List.of("topic:machine-learning"),
            100,
            1,
            StarGainSettings.DEFAULTS,
            new TrendingSettings(List.of("topic:deep-learning"), 1000, 1));
    return new GitHubSource(
        settings,
        wm.baseUrl(),
        SourceHarness.token("GH_TOKEN"),
        SourceHarness.VERSION,
        new HttpStack(SourceHarness.HTTP, harness.sleeper, Optional.empty()),
        harness.clock,
        harness.progress::add);
  }

  @Test
  void theCurrentMonthAddsReposPushedSinceItsFirstAboveTheStarThreshold() {
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", containing("created:"))
            .willReturn(searchPage("empty.json", null)));
    wm.stubFor(
        get(urlPathEqualTo(SEARCH))
            .withQueryParam("q", containing("pushed:"))
            .willReturn(searchPage("search-page-1.json", null)));

    SourceResult<Repo> result = source().fetch(CalendarMonth.of(2026, 11));

    assertThat(result.items())
        .extracting(Repo::fullName)
        .containsExactly("hanxiao/bert-as-service", "openai/spinningup", "NVIDIA/waveglow");
    wm.verify(
        getRequestedFor(urlPathEqualTo(SEARCH))
            .withQueryParam(
                "q",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                    "topic:deep-learning pushed:>=2026-11-01 stars:>=1000")));
    assertThat(harness.progress)
        .anyMatch(line -> line.contains("trending 'topic:deep-learning pushed:>=2026-11-01"));
  }

  @Test
  void thePreviousMonthIsSearchedTooButNotAnOlderOne() {
    assertThat(source().trendingQueries(CalendarMonth.of(2026, 10)))
        .containsExactly("topic:deep-learning pushed:>=2026-10-01 stars:>=1000");
    assertThat(source().trendingQueries(CalendarMonth.of(2026, 9))).isEmpty();
    assertThat(source().trendingQueries(CalendarMonth.of(2018, 11))).isEmpty();
  }

  @Test
  void anOldMonthMakesNoTrendingRequest() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(searchPage("empty.json", null)));

    source().fetch(CalendarMonth.of(2018, 11));

    wm.verify(
        0, getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", containing("pushed:")));
    wm.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
  }
}

package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.model.StarGainSurvey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stars gained through the real HTTP stack: which requests go out, how many, and the figures. */
class StarGainMeterTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);

  private final SourceHarness harness = new SourceHarness();

  private StarGainSurvey measure(Repo... repos) {
    return harness
        .source(wm.baseUrl(), SourceHarness.token("GH_TOKEN"), List.of("topic:x"), 100, 1)
        .measureStarGains(NOVEMBER_2018, List.of(repos));
  }

  private List<Integer> historyPagesRead(String fullName) {
    return wm.findAll(getRequestedFor(urlPathEqualTo(HistoryStubs.historyPath(fullName)))).stream()
        .map(r -> Integer.parseInt(r.queryParameter("page").firstValue()))
        .toList();
  }

  @Test
  void aMonthStraddlingTwoPagesIsSummedFromBothWithTheApiVersionAsked() {
    // One star a day since 2017: Sunday 25 November 2018 is week 417 back, so the month's weeks
    // are the last four of page 14 and the first of page 15.
    StarSeries series =
        new StarSeries().every(LocalDate.of(2017, 1, 1), LocalDate.of(2026, 11, 27), 1);
    HistoryStubs.history(wm, "a/straddles", series, 4000);

    StarGainSurvey survey =
        measure(HistoryStubs.repo(1, "a/straddles", 3500, "2017-01-01T00:00:00Z"));

    StarGain gain = survey.gains().get(1L);
    assertThat(gain.method()).isEqualTo(StarGainMethod.HISTORY);
    assertThat(gain.stars())
        .isEqualTo(30)
        .isEqualTo(gain.daily().stream().mapToInt(Integer::intValue).sum());
    assertThat(gain.daily()).hasSize(30).containsOnly(1);
    assertThat(historyPagesRead("a/straddles")).containsExactlyInAnyOrder(14, 15);
    assertThat(survey.requests()).isEqualTo(2);
    wm.verify(
        2,
        getRequestedFor(urlPathEqualTo(HistoryStubs.historyPath("a/straddles")))
            .withHeader("X-GitHub-Api-Version", equalTo("2026-03-10"))
            .withQueryParam("per_page", equalTo("30")));
  }

  @Test
  void aRepositoryCreatedInsideTheMonthCountsFromItsFirstStar() {
    StarSeries series =
        new StarSeries()
            .every(LocalDate.of(2018, 11, 12), LocalDate.of(2018, 12, 31), 7)
            .add(LocalDate.of(2026, 11, 20), 2);
    HistoryStubs.history(wm, "a/new", series, 4000);

    StarGain gain =
        measure(HistoryStubs.repo(2, "a/new", 400, "2018-11-12T09:00:00Z")).gains().get(2L);

    assertThat(gain.stars()).isEqualTo(19 * 7).isEqualTo(series.total(NOVEMBER_2018));
    assertThat(gain.daily()).isEqualTo(series.daily(NOVEMBER_2018));
    assertThat(gain.daily().subList(0, 11)).containsOnly(0);
  }

  @Test
  void aYearsOldRepositoryWithMissingWeeksTakesLogarithmicallyManyRequests() {
    StarSeries series = StarSeries.sparse(42, LocalDate.of(2012, 6, 1), LocalDate.of(2026, 11, 27));
    HistoryStubs.history(wm, "a/old", series, 4000);
    int pages = series.pages().size();

    StarGain gain =
        measure(HistoryStubs.repo(3, "a/old", 9000, "2012-06-01T00:00:00Z")).gains().get(3L);

    assertThat(pages).isGreaterThan(8);
    assertThat(gain.stars()).isEqualTo(series.total(NOVEMBER_2018)).isPositive();
    assertThat(gain.daily()).isEqualTo(series.daily(NOVEMBER_2018));
    int log2 = 32 - Integer.numberOfLeadingZeros(pages - 1);
    assertThat(historyPagesRead("a/old"))
        .doesNotHaveDuplicates()
        .hasSizeLessThanOrEqualTo(2 * log2 + 3);
  }

  @Test
  void aYearsOldHistoryListingFewWeeksIsReadFromItsLastPageInTwoRequests() {
    // Issue 14's shape: stars for sixteen weeks from its creation, then one every ten weeks. Page
    // 14 (where the month would be if every week were listed) is past the end and names page 2 the
    // last; the month, counted from the creation the repository carries, is on it.
    StarSeries series =
        new StarSeries()
            .every(LocalDate.of(2018, 11, 5), LocalDate.of(2019, 2, 23), 3)
            .everyWeeks(LocalDate.of(2019, 5, 1), LocalDate.of(2026, 11, 28), 10, 1);
    HistoryStubs.history(wm, "a/faded", series, 4000);

    StarGainSurvey survey = measure(HistoryStubs.repo(9, "a/faded", 2600, "2018-11-05T09:00:00Z"));

    assertThat(series.pages()).hasSize(2);
    assertThat(survey.gains().get(9L).daily()).isEqualTo(series.daily(NOVEMBER_2018));
    assertThat(historyPagesRead("a/faded")).containsExactly(14, 2);
    assertThat(survey.requests()).isEqualTo(2);
  }

  @Test
  void aMonthInTheQuietYearsOfAnOldRepositoryIsCountedFromItsCreationToPageOne() {
    // Stars every day for its first 48 weeks, then a few every 20 weeks: 3 pages. Counted from
    // the creation, November 2018 is past the stretch, so it is among the newest 30 weeks listed.
    StarSeries series =
        new StarSeries()
            .every(LocalDate.of(2014, 3, 2), LocalDate.of(2015, 1, 31), 2)
            .add(LocalDate.of(2018, 11, 20), 4)
            .everyWeeks(LocalDate.of(2015, 9, 1), LocalDate.of(2026, 11, 28), 20, 3);
    HistoryStubs.history(wm, "a/quiet", series, 4000);

    StarGainSurvey survey = measure(HistoryStubs.repo(10, "a/quiet", 900, "2014-03-02T12:00:00Z"));

    assertThat(series.pages()).hasSize(3);
    assertThat(survey.gains().get(10L).stars()).isEqualTo(series.total(NOVEMBER_2018)).isEqualTo(4);
    assertThat(historyPagesRead("a/quiet")).containsExactly(14, 1);
  }

  @Test
  void anAbsurdLastPageInTheLinkHeaderIsCappedAndTheMonthStillMeasured() {
    // A rel="last" of page 99999999999 used to be a NumberFormatException that ended the fetch.
    StarSeries series =
        new StarSeries().every(LocalDate.of(2017, 1, 1), LocalDate.of(2026, 11, 27), 1);
    HistoryStubs.history(wm, "a/absurd", series, 4000, "99999999999");

    StarGainSurvey survey = measure(HistoryStubs.repo(8, "a/absurd", 3500, "2017-01-01T00:00:00Z"));

    assertThat(survey.gains().get(8L).stars()).isEqualTo(30);
    assertThat(historyPagesRead("a/absurd")).allMatch(p -> p <= MonthInHistory.MAX_PAGE);
  }

  @Test
  void aFullNameThatIsNotOwnerSlashNameIsNeverPutInAUrl() {
    // Before: "repos/" + fullName + "/stargazers/history" with addPathSegments, so ".." climbed
    // out.
    Repo hostile =
        new Repo(
            9,
            "../../rate_limit",
            "..",
            "..",
            null,
            null,
            900,
            0,
            0,
            null,
            List.of(),
            null,
            null,
            Instant.parse("2018-11-02T00:00:00Z"),
            null,
            false,
            false,
            GitHubStubs.SERVER_NOW);

    StarGainSurvey survey = measure(hostile);

    assertThat(survey.gains()).isEmpty();
    assertThat(survey.unmeasurable()).isEqualTo(1);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void aMonthWithoutStarsIsZeroNotUnknown() {
    StarSeries series =
        new StarSeries()
            .every(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 10, 15), 3)
            .every(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 1), 3);
    HistoryStubs.history(wm, "a/quiet", series, 4000);

    StarGain gain =
        measure(HistoryStubs.repo(4, "a/quiet", 600, "2018-06-01T00:00:00Z")).gains().get(4L);

    assertThat(gain.known()).isTrue();
    assertThat(gain.stars()).isZero();
    assertThat(gain.daily()).hasSize(30).containsOnly(0);
  }

  @Test
  void withoutTheHistoryTheStargazerListIsSearchedByPage() {
    HistoryStubs.status(wm, HistoryStubs.historyPath("a/ghe"), 404, "Not Found");
    List<Instant> stars = new ArrayList<>();
    for (Instant t = Instant.parse("2018-09-01T00:00:00Z");
        stars.size() < 1_050;
        t = t.plus(Duration.ofHours(3))) {
      stars.add(t); // 8 a day: 1,050 stars end on 2018-12-11
    }
    HistoryStubs.stargazers(wm, "a/ghe", stars);

    StarGainSurvey survey = measure(HistoryStubs.repo(5, "a/ghe", 1_050, "2018-09-01T00:00:00Z"));

    StarGain gain = survey.gains().get(5L);
    assertThat(gain.method()).isEqualTo(StarGainMethod.STARGAZERS);
    assertThat(gain.stars()).isEqualTo(30 * 8);
    assertThat(gain.daily()).hasSize(30).containsOnly(8);
    assertThat(survey.byStargazers()).isEqualTo(1);
    List<LoggedRequest> listed =
        wm.findAll(getRequestedFor(urlPathEqualTo(HistoryStubs.stargazersPath("a/ghe"))));
    assertThat(listed).hasSizeLessThanOrEqualTo(2 * 4 + 1 + MonthInStargazers.MAX_DAILY_PAGES);
  }

  @Test
  void aNonAdminsForbiddenStargazerListLeavesTheGainUnknown() {
    HistoryStubs.status(wm, HistoryStubs.historyPath("a/closed"), 404, "Not Found");
    HistoryStubs.status(
        wm, HistoryStubs.stargazersPath("a/closed"), 403, "Must have admin rights to Repository.");

    StarGainSurvey survey = measure(HistoryStubs.repo(6, "a/closed", 800, "2018-11-02T00:00:00Z"));

    assertThat(survey.gains()).doesNotContainKey(6L);
    assertThat(survey.unmeasurable()).isEqualTo(1);
    assertThat(survey.requests()).isEqualTo(2);
  }

  @Test
  void anUnreadableHistoryPageFallsBackForThatRepositoryAloneAndIsNamed() {
    // The history's documented shape is a list of {"week", "total", "days"} (StarWeek); this page
    // has a week of 1e20 stars, which used to end the whole GitHub fetch ("unexpected JSON").
    wm.stubFor(
        get(urlPathEqualTo(HistoryStubs.historyPath("a/absurd")))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withHeader("x-ratelimit-remaining", "4000")
                    .withHeader("x-ratelimit-resource", "core")
                    .withBody(
                        "[{\"week\":1542499200,\"total\":1e20,\"days\":[0,0,0,0,0,0,1e20]}]")));
    HistoryStubs.status(
        wm, HistoryStubs.stargazersPath("a/absurd"), 403, "Must have admin rights to Repository.");
    StarSeries series =
        new StarSeries().every(LocalDate.of(2018, 11, 1), LocalDate.of(2018, 11, 30), 1);
    HistoryStubs.history(wm, "a/fine", series, 4000);

    StarGainSurvey survey =
        measure(
            HistoryStubs.repo(21, "a/absurd", 900, "2018-11-02T00:00:00Z"),
            HistoryStubs.repo(22, "a/fine", 30, "2018-11-01T00:00:00Z"));

    assertThat(survey.gains()).containsOnlyKeys(22L);
    assertThat(survey.unmeasurable()).isEqualTo(1);
    assertThat(survey.warnings())
        .singleElement()
        .asString()
        .startsWith(
            "1 unreadable star page from GitHub (the repository is measured another way, or left to the snapshots): ")
        .contains(
            "a/absurd (star history, GET /repos/a/absurd/stargazers/history?per_page=30&page=14:"
                + " not JSON of the documented shape");
  }

  @Test
  void aWeekWithANegativeOrImpossibleCountIsUnreadableToo() {
    wm.stubFor(
        get(urlPathEqualTo(HistoryStubs.historyPath("a/negative")))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody("[{\"week\":1542499200,\"total\":-5,\"days\":[0,0,0,0,0,0,-5]}]")));
    HistoryStubs.status(wm, HistoryStubs.stargazersPath("a/negative"), 404, "Not Found");

    StarGainSurvey survey =
        measure(HistoryStubs.repo(23, "a/negative", 900, "2018-11-02T00:00:00Z"));

    assertThat(survey.gains()).isEmpty();
    assertThat(survey.warnings())
        .singleElement()
        .asString()
        .contains("a/negative", "a week that is no week of stars");
  }

  @Test
  void aRequestThatFailsAfterTheRetriesStopsMeasuringButKeepsWhatWasMeasured() {
    StarSeries series =
        new StarSeries().every(LocalDate.of(2018, 11, 1), LocalDate.of(2018, 11, 30), 1);
    HistoryStubs.history(wm, "c/first", series, 4000);
    wm.stubFor(
        get(urlPathEqualTo(HistoryStubs.historyPath("c/second")))
            .atPriority(1)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    HistoryStubs.history(wm, "c/third", series, 4000);

    StarGainSurvey survey =
        measure(
            HistoryStubs.repo(31, "c/first", 300, "2018-11-01T00:00:00Z"),
            HistoryStubs.repo(32, "c/second", 200, "2018-11-01T00:00:00Z"),
            HistoryStubs.repo(33, "c/third", 100, "2018-11-01T00:00:00Z"));

    assertThat(survey.gains()).containsOnlyKeys(31L);
    assertThat(survey.unmeasurable()).isEqualTo(1);
    assertThat(survey.skipped()).isEqualTo(1);
    assertThat(survey.warnings())
        .singleElement()
        .asString()
        .startsWith("stars gained measured for 1 of 3 repositories, then stopped at c/second: ")
        .endsWith("; the others fall back to this workspace's snapshots or stay unknown");
    wm.verify(0, getRequestedFor(urlPathMatching("/repos/c/third/.*")));
  }

  @Test
  void aRateLimitBeyondMaxWaitStopsMeasuringAndSaysSoInItsOwnWords() {
    wm.stubFor(
        get(urlPathEqualTo(HistoryStubs.historyPath("d/limited")))
            .atPriority(1)
            .willReturn(GitHubStubs.primaryLimit(403, 3600)));

    StarGainSurvey survey =
        measure(HistoryStubs.repo(41, "d/limited", 300, "2018-11-01T00:00:00Z"));

    assertThat(survey.gains()).isEmpty();
    assertThat(survey.warnings())
        .singleElement()
        .asString()
        .startsWith("stars gained measured for 0 of 1 repositories, then stopped at d/limited: ")
        .contains("rate limit")
        .doesNotContain("cannot connect");
    assertThat(harness.sleeper.sleeps()).isEmpty();
  }

  @Test
  void rejectedCredentialsStopTheFetch() {
    HistoryStubs.status(wm, HistoryStubs.historyPath("a/any"), 401, "Bad credentials");

    assertThatThrownBy(() -> measure(HistoryStubs.repo(7, "a/any", 10, "2018-11-02T00:00:00Z")))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CREDENTIALS));
  }

  @Test
  void measuringStopsWithAWarningWhenTheCoreBudgetRunsLow() {
    StarSeries series =
        new StarSeries().every(LocalDate.of(2018, 11, 1), LocalDate.of(2018, 11, 30), 1);
    for (String name : List.of("b/one", "b/two", "b/three")) {
      HistoryStubs.history(wm, name, series, 9);
    }

    StarGainSurvey survey =
        measure(
            HistoryStubs.repo(11, "b/one", 300, "2018-11-01T00:00:00Z"),
            HistoryStubs.repo(12, "b/two", 200, "2018-11-01T00:00:00Z"),
            HistoryStubs.repo(13, "b/three", 100, "2018-11-01T00:00:00Z"));

    assertThat(survey.gains()).containsOnlyKeys(11L);
    assertThat(survey.skipped()).isEqualTo(2);
    assertThat(survey.warnings())
        .singleElement()
        .asString()
        .contains("measured for 1 of 3", "down to 9", "github.starGains.keepCoreRequests");
    wm.verify(0, getRequestedFor(urlPathMatching("/repos/b/t.*")));
  }

  @Test
  void theTopNewRepositoriesAndAsManyTrendingOnesAreChosen() {
    StarGainMeter meter =
        new StarGainMeter(null, new dev.curate.config.StarGainSettings(2, 10), harness.clock);
    List<Repo> chosen =
        meter.choose(
            NOVEMBER_2018,
            List.of(
                HistoryStubs.repo(1, "n/small", 10, "2018-11-03T00:00:00Z"),
                HistoryStubs.repo(2, "n/big", 900, "2018-11-03T00:00:00Z"),
                HistoryStubs.repo(3, "n/mid", 50, "2018-11-03T00:00:00Z"),
                HistoryStubs.repo(4, "t/huge", 90_000, "2015-01-01T00:00:00Z"),
                HistoryStubs.repo(5, "t/later", 90_000, "2018-12-03T00:00:00Z")));
    assertThat(chosen).extracting(Repo::fullName).containsExactly("n/big", "n/mid", "t/huge");
  }
}

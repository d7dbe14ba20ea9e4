package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.ApiException;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.RequestCount;
import dev.curate.model.SourceReport;
import dev.curate.model.SourceResult;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.model.StarGainSurvey;
import dev.curate.store.Store;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.SourceReports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub part of a fetch with stars gained: measured before the save, saved with it, costed.
 */
class FetchServiceStarGainTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant NOW = Instant.parse("2018-12-03T08:00:00Z");
  private static final Repo REPO =
      RepoBuilder.repo("a/b")
          .id(7)
          .description("b")
          .stars(300)
          .forks(30)
          .createdAt("2018-11-05T00:00:00Z")
          .pushedAt(NOW)
          .fetchedAt(NOW)
          .build();
  private static final StarGain GAIN =
      StarGain.measured(90, StarGainMethod.HISTORY, List.of(), NOW);

  @TempDir Path workspace;

  private final List<String> progress = new ArrayList<>();

  private FetchService service(Store store, StarGainSource starGains) {
    RepoFetcher github =
        month ->
            new SourceResult<>(
                List.of(REPO), SourceReports.github(3, 1, 1, List.of("a search warning")));
    return new FetchService(
        store,
        Clock.fixed(NOW, ZoneOffset.UTC),
        FetchSources.NONE.withGitHub(github).withStarGains(starGains),
        progress::add,
        report -> {});
  }

  @Test
  void theMeasuredGainsAreSavedWithTheFetchAndItsReportCountsTheirCost() {
    try (Store store = Store.open(workspace)) {
      List<SourceReport> reports =
          service(
                  store,
                  (month, repos) ->
                      new StarGainSurvey(
                          Map.of(7L, GAIN),
                          5,
                          1,
                          0,
                          0,
                          0,
                          List.of("a budget warning"),
                          RequestCount.NONE))
              .fetch(NOVEMBER);

      assertThat(reports)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.requests()).isEqualTo(3 + 5);
                assertThat(r.warnings()).containsExactly("a search warning", "a budget warning");
              });
      assertThat(store.starGains(NOVEMBER)).containsExactlyEntriesOf(Map.of(7L, GAIN));
      assertThat(store.fetchRuns(NOVEMBER))
          .singleElement()
          .satisfies(run -> assertThat(run.requests()).isEqualTo(8));
      assertThat(progress)
          .contains("github: stars gained in 2018-11 known for 1 of 1 candidates (1 history)");
    }
  }

  @Test
  void aFailedMeasurementSavesNothingOfTheSource() {
    try (Store store = Store.open(workspace)) {
      FetchService service =
          service(
              store,
              (month, repos) -> {
                throw new ApiException("GitHub is down");
              });
      assertThatThrownBy(() -> service.fetch(NOVEMBER)).hasMessage("GitHub is down");
      assertThat(store.repos(NOVEMBER)).isEmpty();
      assertThat(store.fetchRuns(NOVEMBER)).isEmpty();
    }
  }
}

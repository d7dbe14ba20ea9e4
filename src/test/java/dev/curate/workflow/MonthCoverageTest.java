package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.ReadMethod;
import dev.curate.model.SourceCoverage;
import dev.curate.model.SourceId;
import dev.curate.store.FetchRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthCoverageTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final SourceId ML = new SourceId.Subreddit("MachineLearning");
  private static final SourceId DS = new SourceId.Subreddit("datascience");

  @Test
  void gitHubComesFirstWhicheverSourceSavedFirstAndTheSubredditsKeepTheirOrder() {
    // Read side by side, Reddit often saves before GitHub.
    List<FetchRun> runs =
        List.of(
            run(ML, 10, ReadMethod.ARCHIVE, 7),
            run(DS, 11, ReadMethod.ARCHIVE, 2),
            run(SourceId.GITHUB, 30, ReadMethod.SEARCH_AND_EVENTS, 13));

    assertThat(MonthCoverage.of(runs))
        .extracting(SourceCoverage::source)
        .containsExactly(SourceId.GITHUB, ML, DS);
  }

  @Test
  void aSourcesLatestFetchWinsInThePlaceOfItsFirst() {
    List<FetchRun> runs =
        List.of(
            run(SourceId.GITHUB, 1, ReadMethod.SEARCH, 10),
            run(ML, 2, ReadMethod.LISTING, 5),
            run(DS, 3, ReadMethod.LISTING, 1),
            run(ML, 4, ReadMethod.ARCHIVE, 7));

    List<SourceCoverage> coverage = MonthCoverage.of(runs);

    assertThat(coverage)
        .extracting(SourceCoverage::source)
        .containsExactly(SourceId.GITHUB, ML, DS);
    assertThat(coverage.get(1).method()).isEqualTo(ReadMethod.ARCHIVE);
  }

  private static FetchRun run(SourceId source, int minute, ReadMethod method, int kept) {
    return new FetchRun(
        NOVEMBER,
        source,
        Instant.parse("2026-12-07T13:00:00Z").plus(Duration.ofMinutes(minute)),
        3,
        kept,
        kept,
        List.of(),
        true,
        0,
        0,
        Duration.ZERO,
        method,
        null,
        null,
        null);
  }
}

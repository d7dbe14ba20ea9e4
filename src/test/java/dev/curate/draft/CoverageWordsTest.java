package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.EventsCoverage;
import dev.curate.model.LoneStargazersCoverage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The words the fetch summary and the draft's note give GH Archive's events. */
class CoverageWordsTest {
  private static final Instant LAST = Instant.parse("2026-11-27T23:00:04Z");

  @Test
  void clickHousesEventsNameTheHostTheLastEventAndEveryCount() {
    EventsCoverage e =
        new EventsCoverage(
            EventsCoverage.Engine.CLICKHOUSE,
            "play.clickhouse.com",
            LAST,
            1000,
            300,
            41,
            3,
            5,
            null,
            false,
            null);

    assertThat(CoverageWords.events(e))
        .isEqualTo(
            " (GH Archive via ClickHouse at play.clickhouse.com, last event 2026-11-27 23:00:04"
                + " UTC, 1,000 counted, 300 looked up, 41 kept as ML, 3 renamed, 5 gone)");
  }

  @Test
  void hourFilesNameTheirFolderTheHoursMissingAndLowerBounds() {
    assertThat(CoverageWords.events(hourFiles()))
        .isEqualTo(
            " (GH Archive via local hour files in /data/gharchive with 7 hours missing, last event"
                + " 2026-11-27 23:00:04 UTC, 12 counted, 12 looked up, 2 kept as ML, 0 renamed,"
                + " 1 gone; counts are lower bounds)");
  }

  @Test
  void theLoneStargazersSayWhetherTheyWereCountedAndIfNotWhy() {
    assertThat(words(LoneStargazersCoverage.Status.COUNTED, 9, 7))
        .isEqualTo(", lone stargazers counted for 7 of 9 candidates asked");
    assertThat(words(LoneStargazersCoverage.Status.COUNTED, 0, 0))
        .isEqualTo(", lone stargazers: none asked");
    assertThat(words(LoneStargazersCoverage.Status.UNAVAILABLE, 0, 0))
        .isEqualTo(", lone stargazers: not available from hour files");
    // ClickHouse can tell them: unavailable from it is starBurst.loneStargazers.ask: 0.
    assertThat(
            CoverageWords.loneStargazers(
                LoneStargazersCoverage.UNAVAILABLE, EventsCoverage.Engine.CLICKHOUSE))
        .isEqualTo(", lone stargazers: not asked, starBurst.loneStargazers.ask is 0");
    assertThat(words(LoneStargazersCoverage.Status.FAILED, 9, 0))
        .isEqualTo(", lone stargazers: not counted, the query for 9 failed");
    assertThat(words(LoneStargazersCoverage.Status.UNSOUND, 0, 0))
        .isEqualTo(", lone stargazers: not counted, the month's star events are not sound");
    // A fetch from before curate asked them says nothing.
    assertThat(CoverageWords.loneStargazers(null, EventsCoverage.Engine.CLICKHOUSE)).isEmpty();
  }

  @Test
  void hourFilesSayTheLoneStargazersAreNotAvailableBeforeTheLowerBounds() {
    EventsCoverage e = hourFiles().withLoneStargazers(LoneStargazersCoverage.UNAVAILABLE);

    assertThat(CoverageWords.events(e))
        .endsWith(
            "1 gone, lone stargazers: not available from hour files; counts are lower bounds)");
  }

  @Test
  void aMonthNotReadThroughTheEventsSaysNothingOfThem() {
    assertThat(CoverageWords.events(null)).isEmpty();
  }

  /** Hour files with 7 hours missing, of a month outside soundFrom..soundTo. */
  private static EventsCoverage hourFiles() {
    return new EventsCoverage(
        EventsCoverage.Engine.GHARCHIVE, "/data/gharchive", LAST, 12, 12, 2, 0, 1, 7, true, null);
  }

  private static String words(LoneStargazersCoverage.Status status, int asked, int counted) {
    return CoverageWords.loneStargazers(
        new LoneStargazersCoverage(status, asked, counted), EventsCoverage.Engine.GHARCHIVE);
  }
}

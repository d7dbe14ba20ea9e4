package dev.curate.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.HttpActivity;
import dev.curate.model.ReadMethod;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterruptedFetchTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.parse("2018-11");

  @Test
  void beforeAnySaveTheStoreIsUnchanged() {
    assertThat(InterruptedFetch.line(NOVEMBER, List.of(), List.of()))
        .isEqualTo("Interrupted: this fetch kept nothing of 2018-11; the store is unchanged");
  }

  @Test
  void namesWhatWasSavedAndWhatWasBeingSaved() {
    assertThat(
            InterruptedFetch.line(
                NOVEMBER,
                List.of(report(SourceId.GITHUB, 42)),
                List.of(new SourceId.Subreddit("MachineLearning"))))
        .isEqualTo(
            "Interrupted: kept github (42 repositories) of 2018-11; r/MachineLearning was being"
                + " saved: the store has all of it or none; nothing else of this fetch was saved,"
                + " earlier fetches are intact");
  }

  @Test
  void caughtDuringTheFirstSaveSaysThatSaveIsWholeOrNothing() {
    assertThat(InterruptedFetch.line(NOVEMBER, List.of(), List.of(SourceId.GITHUB)))
        .isEqualTo(
            "Interrupted while saving github of 2018-11: the store has all of it or none; nothing"
                + " else of this fetch was saved");
  }

  @Test
  void namesEverySourceSaved() {
    assertThat(
            InterruptedFetch.line(
                NOVEMBER,
                List.of(
                    report(SourceId.GITHUB, 42),
                    report(new SourceId.Subreddit("MachineLearning"), 388)),
                List.of()))
        .startsWith(
            "Interrupted: kept github (42 repositories), r/MachineLearning (388 threads) of"
                + " 2018-11;");
  }

  @Test
  void twoSavesBegunAtOnceAreEachWholeOrNothing() {
    // Read side by side, GitHub's save may wait for a subreddit's transaction.
    assertThat(
            InterruptedFetch.line(
                NOVEMBER,
                List.of(),
                List.of(SourceId.GITHUB, new SourceId.Subreddit("MachineLearning"))))
        .isEqualTo(
            "Interrupted while saving github and r/MachineLearning of 2018-11: the store has all"
                + " of each or none; nothing else of this fetch was saved");
    assertThat(
            InterruptedFetch.line(
                NOVEMBER,
                List.of(report(new SourceId.Subreddit("datascience"), 2)),
                List.of(SourceId.GITHUB, new SourceId.Subreddit("MachineLearning"))))
        .contains(
            "kept r/datascience (2 threads) of 2018-11; github and r/MachineLearning were being"
                + " saved: the store has all of each or none;");
  }

  private static SourceReport report(SourceId source, int kept) {
    return new SourceReport(
        source, 3, kept, kept, List.of(), HttpActivity.NONE, true, ReadMethod.SEARCH, null);
  }
}

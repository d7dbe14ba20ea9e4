package dev.curate.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.HttpActivity;
import dev.curate.model.ReadMethod;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterruptedFetchTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.parse("2018-11");

  @Test
  void beforeAnySaveTheStoreIsUnchanged() {
    assertThat(InterruptedFetch.line(NOVEMBER, List.of(), Optional.empty()))
        .isEqualTo("Interrupted: this fetch kept nothing of 2018-11; the store is unchanged");
  }

  @Test
  void namesWhatWasSavedAndWhatWasBeingSaved() {
    assertThat(
            InterruptedFetch.line(
                NOVEMBER,
                List.of(report(SourceId.GITHUB, 42)),
                Optional.of(new SourceId.Subreddit("MachineLearning"))))
        .isEqualTo(
            "Interrupted: kept github (42 repositories) of 2018-11; r/MachineLearning was being"
                + " saved: the store has all of it or none; nothing else of this fetch was saved,"
                + " earlier fetches are intact");
  }

  @Test
  void caughtDuringTheFirstSaveSaysThatSaveIsWholeOrNothing() {
    assertThat(InterruptedFetch.line(NOVEMBER, List.of(), Optional.of(SourceId.GITHUB)))
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
                Optional.empty()))
        .startsWith(
            "Interrupted: kept github (42 repositories), r/MachineLearning (388 threads) of"
                + " 2018-11;");
  }

  private static SourceReport report(SourceId source, int kept) {
    return new SourceReport(
        source, 3, kept, kept, List.of(), HttpActivity.NONE, true, ReadMethod.SEARCH, null);
  }
}

package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.ThreadUse;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurgeWarningsTest {
  static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  static final CalendarMonth DECEMBER = CalendarMonth.of(2018, 12);

  @Test
  void aShortlistedThreadIsNamedWithItsPlaceAndHowToFillIt() {
    assertThat(
            PurgeWarnings.of(
                new ThreadUse("9tzb2h", List.of(new ThreadUse.Place(DECEMBER, 4)), List.of())))
        .isEqualTo(
            "thread 9tzb2h, deleted by its author, is purged as Reddit's Data API terms require: it was #4 on"
                + " the 2018-12 shortlist; run 'curate rank --month 2018-12' to fill its place");
  }

  @Test
  void aPublishedThreadOffEveryShortlistStillNamesItsIssue() {
    assertThat(
            PurgeWarnings.of(
                new ThreadUse("9tzb2h", List.of(), List.of(new ThreadUse.Issue(NOVEMBER, null)))))
        .isEqualTo(
            "thread 9tzb2h, deleted by its author, is purged as Reddit's Data API terms require: it is"
                + " featured in the published issue of 2018-11; the published article still names it");
  }
}

package dev.curate.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.RedditSourceChoice;
import dev.curate.model.CalendarMonth;
import dev.curate.model.ReadMethod;
import dev.curate.reddit.api.TopWindow;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one decision of where a month's threads come from, which the fetch and its plan share. */
class SourceDecisionTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void autoReadsARecentMonthsListingFirstAndTheArchiveWhereItIsCut() {
    SourceDecision d =
        SourceDecision.of(RedditSourceChoice.auto, CalendarMonth.of(2026, 10), NOW, false);
    assertThat(d.window()).isEqualTo(TopWindow.YEAR);
    assertThat(d.first()).isEqualTo(ReadMethod.LISTING);
    assertThat(d.archiveIfListingCut()).isTrue();
    assertThat(d.listingIfArchiveFails()).isTrue();
    assertThat(d.reason()).isEqualTo(SourceDecision.Reason.LISTING_MAY_COVER_THE_MONTH);
  }

  @Test
  void autoReadsAMonthBeyondTheListingsReachFromTheArchiveAndTheListingIfItFails() {
    SourceDecision d =
        SourceDecision.of(RedditSourceChoice.auto, CalendarMonth.of(2018, 11), NOW, false);
    assertThat(d.first()).isEqualTo(ReadMethod.ARCHIVE);
    assertThat(d.archiveIfListingCut()).isFalse();
    assertThat(d.listingIfArchiveFails()).isTrue();
    assertThat(d.reason()).isEqualTo(SourceDecision.Reason.MONTH_BEYOND_THE_LISTING);
  }

  @Test
  void aChosenSourceIsReadAloneWhateverTheMonth() {
    SourceDecision api =
        SourceDecision.of(RedditSourceChoice.api, CalendarMonth.of(2018, 11), NOW, false);
    assertThat(api.first()).isEqualTo(ReadMethod.LISTING);
    assertThat(api.archiveIfListingCut()).isFalse();
    assertThat(api.listingIfArchiveFails()).isFalse();
    SourceDecision archive =
        SourceDecision.of(RedditSourceChoice.archive, CalendarMonth.of(2026, 11), NOW, false);
    assertThat(archive.first()).isEqualTo(ReadMethod.ARCHIVE);
    assertThat(archive.listingIfArchiveFails()).isFalse();
    assertThat(archive.reason()).isEqualTo(SourceDecision.Reason.CHOSEN);
  }

  @Test
  void dumpsReplaceTheNetworkWhateverWasChosen() {
    for (RedditSourceChoice choice : RedditSourceChoice.values()) {
      SourceDecision d = SourceDecision.of(choice, CalendarMonth.of(2026, 10), NOW, true);
      assertThat(d.first()).isEqualTo(ReadMethod.DUMP);
      assertThat(d.archiveIfListingCut()).isFalse();
      assertThat(d.listingIfArchiveFails()).isFalse();
      assertThat(d.reason()).isEqualTo(SourceDecision.Reason.DUMPS_GIVEN);
    }
  }
}

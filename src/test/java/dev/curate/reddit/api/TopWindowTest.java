package dev.curate.reddit.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TopWindowTest {
  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void anOldMonthNeedsAllTime() {
    assertThat(TopWindow.covering(CalendarMonth.of(2018, 11), NOW)).isEqualTo(TopWindow.ALL);
    assertThat(TopWindow.ALL.parameter()).isEqualTo("all");
  }

  @Test
  void theCurrentMonthNeedsTheMonthWindowUntilItsTwentyEighthDay() {
    assertThat(TopWindow.covering(CalendarMonth.of(2026, 11), NOW)).isEqualTo(TopWindow.MONTH);
  }

  @Test
  void lateInALongMonthTheMonthWindowMayNoLongerReachItsStartSoYearIsUsed() {
    assertThat(
            TopWindow.covering(CalendarMonth.of(2026, 10), Instant.parse("2026-10-30T12:00:00Z")))
        .isEqualTo(TopWindow.YEAR);
  }

  @Test
  void lastMonthNeedsTheYearWindow() {
    assertThat(TopWindow.covering(CalendarMonth.of(2026, 10), NOW)).isEqualTo(TopWindow.YEAR);
  }

  @Test
  void aMonthMoreThanAYearAgoNeedsAllTime() {
    assertThat(TopWindow.covering(CalendarMonth.of(2025, 12), NOW)).isEqualTo(TopWindow.YEAR);
    assertThat(TopWindow.covering(CalendarMonth.of(2025, 11), NOW)).isEqualTo(TopWindow.ALL);
  }

  @Test
  void theFirstDaysOfTheCurrentMonthNeedOnlyTheDayOrWeekWindow() {
    CalendarMonth november = CalendarMonth.of(2026, 11);
    assertThat(TopWindow.covering(november, Instant.parse("2026-11-01T00:20:00Z")))
        .isEqualTo(TopWindow.DAY);
    assertThat(TopWindow.covering(november, Instant.parse("2026-11-03T08:00:00Z")))
        .isEqualTo(TopWindow.WEEK);
  }

  @Test
  void leavesAnHourOfSlackAtTheEdge() {
    CalendarMonth november = CalendarMonth.of(2026, 11);
    // 23 h into the month: the day window (24 h) would only just reach back; with the slack it
    // still does.
    assertThat(TopWindow.covering(november, Instant.parse("2026-11-01T23:00:00Z")))
        .isEqualTo(TopWindow.DAY);
    assertThat(TopWindow.covering(november, Instant.parse("2026-11-01T23:00:01Z")))
        .isEqualTo(TopWindow.WEEK);
  }
}

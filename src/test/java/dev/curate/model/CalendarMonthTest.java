package dev.curate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarMonthTest {
  private final CalendarMonth november = CalendarMonth.parse("2018-11");

  @Test
  void firstSecondIsInsideAndFirstSecondOfNextMonthIsNot() {
    assertThat(november.contains(Instant.parse("2018-11-01T00:00:00Z"))).isTrue();
    assertThat(november.contains(Instant.parse("2018-11-30T23:59:59.999Z"))).isTrue();
    assertThat(november.contains(Instant.parse("2018-10-31T23:59:59.999Z"))).isFalse();
    assertThat(november.contains(Instant.parse("2018-12-01T00:00:00Z"))).isFalse();
  }

  @Test
  void givesGitHubDateRangeWithTheMonthsLastDay() {
    assertThat(november.isoDateRange()).isEqualTo("2018-11-01..2018-11-30");
    assertThat(CalendarMonth.parse("2020-02").isoDateRange()).isEqualTo("2020-02-01..2020-02-29");
  }

  @Test
  void refusesMonthsThatAreNotYyyyMm() {
    assertThatThrownBy(() -> CalendarMonth.parse("2018-13")).hasMessageContaining("01 to 12");
    assertThatThrownBy(() -> CalendarMonth.parse("foo")).hasMessageContaining("use YYYY-MM");
    assertThatThrownBy(() -> CalendarMonth.parse("2018-1")).hasMessageContaining("use YYYY-MM");
    assertThatThrownBy(() -> CalendarMonth.parse("2018-00")).hasMessageContaining("01 to 12");
  }

  @Test
  void refusesMonthsBeforeGitHubBegan() {
    assertThatThrownBy(() -> CalendarMonth.parse("0000-01"))
        .hasMessage("'0000-01' is before GitHub began (2008-01): pick 2008-01 or later");
    assertThatThrownBy(() -> CalendarMonth.parse("2007-12"))
        .hasMessageContaining("before GitHub began");
    assertThat(CalendarMonth.parse("2008-01")).isEqualTo(CalendarMonth.FIRST);
  }

  @Test
  void aRecordedMonthBeforeTheFloorStillReadsBack() {
    // A workspace written before the floor existed may hold such a month; it must still open.
    assertThat(CalendarMonth.parseAny("0000-01").toString()).isEqualTo("0000-01");
    assertThatThrownBy(() -> CalendarMonth.parseAny("0000-13")).hasMessageContaining("01 to 12");
  }

  @Test
  void ordersAndStepsAcrossYears() {
    assertThat(CalendarMonth.parse("2018-12").next()).isEqualTo(CalendarMonth.parse("2019-01"));
    assertThat(CalendarMonth.parse("2019-01").previous()).isEqualTo(CalendarMonth.parse("2018-12"));
    assertThat(CalendarMonth.parse("2018-11")).isLessThan(CalendarMonth.parse("2018-12"));
    assertThat(CalendarMonth.containing(Instant.parse("2018-11-30T23:59:59Z")).toString())
        .isEqualTo("2018-11");
  }
}

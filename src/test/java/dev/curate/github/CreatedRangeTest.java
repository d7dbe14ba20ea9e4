package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreatedRangeTest {
  private static final CreatedRange NOVEMBER = CreatedRange.of(CalendarMonth.of(2018, 11));

  private static List<String> qualifiers(List<CreatedRange> parts) {
    return parts.stream().map(CreatedRange::qualifier).toList();
  }

  @Test
  void aMonthIsItsInclusiveDateRange() {
    assertThat(NOVEMBER.qualifier()).isEqualTo("created:2018-11-01..2018-11-30");
  }

  @Test
  @DisplayName("G14: a month splits into whole days while it spans several")
  void splitsAtADayBoundaryWhileTheRangeSpansDays() {
    assertThat(qualifiers(NOVEMBER.halves()))
        .containsExactly("created:2018-11-01..2018-11-15", "created:2018-11-16..2018-11-30");
    assertThat(qualifiers(NOVEMBER.halves().get(0).halves()))
        .containsExactly("created:2018-11-01..2018-11-07", "created:2018-11-08..2018-11-15");
  }

  @Test
  @DisplayName("G14: a single day splits into UTC datetimes, down to one second")
  void splitsASingleDayIntoDatetimes() {
    CreatedRange day =
        new CreatedRange(
            Instant.parse("2018-11-12T00:00:00Z"), Instant.parse("2018-11-13T00:00:00Z"));

    assertThat(day.qualifier()).isEqualTo("created:2018-11-12..2018-11-12");
    assertThat(qualifiers(day.halves()))
        .containsExactly(
            "created:2018-11-12T00:00:00Z..2018-11-12T11:59:59Z",
            "created:2018-11-12T12:00:00Z..2018-11-12T23:59:59Z");
  }

  @Test
  @DisplayName("G15: a one-second range cannot be narrowed")
  void aSingleSecondIsNotSplittable() {
    CreatedRange second =
        new CreatedRange(
            Instant.parse("2018-11-12T09:25:44Z"), Instant.parse("2018-11-12T09:25:45Z"));

    assertThat(second.splittable()).isFalse();
    assertThat(second.qualifier()).isEqualTo("created:2018-11-12T09:25:44Z..2018-11-12T09:25:44Z");
    assertThat(new CreatedRange(second.start(), second.end().plusSeconds(1)).splittable()).isTrue();
  }

  @Test
  void halvesCoverTheRangeExactlyAtEveryLevel() {
    CreatedRange r = NOVEMBER;
    while (r.splittable()) {
      List<CreatedRange> halves = r.halves();
      assertThat(halves.get(0).start()).isEqualTo(r.start());
      assertThat(halves.get(0).end()).isEqualTo(halves.get(1).start());
      assertThat(halves.get(1).end()).isEqualTo(r.end());
      r = halves.get(1);
    }
    assertThat(r.end().getEpochSecond() - r.start().getEpochSecond()).isEqualTo(1);
  }
}

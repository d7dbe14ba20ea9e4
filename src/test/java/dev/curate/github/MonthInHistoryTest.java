package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The page search itself, against in-memory histories: exact sums and a bounded number of reads.
 */
class MonthInHistoryTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);

  /** The sparse histories' first star, taken as the repository's creation. */
  private static final LocalDate FIRST_STAR = LocalDate.of(2017, 3, 5);

  @Test
  void everyMonthOfSparseYearsOldHistoriesIsExactWithinTheLogBound() {
    for (long seed = 1; seed <= 6; seed++) {
      StarSeries series = StarSeries.sparse(seed, FIRST_STAR, LocalDate.of(2026, 11, 27));
      int pages = series.pages().size();
      int bound = 2 * ceilLog2(pages) + 3;
      for (CalendarMonth m = CalendarMonth.of(2016, 12);
          m.compareTo(CalendarMonth.of(2026, 11)) <= 0;
          m = m.next()) {
        for (boolean lastOnEmpty : new boolean[] {true, false}) {
          StarSeries.InMemory served = new StarSeries.InMemory(series, lastOnEmpty);
          Optional<MonthInHistory.Found> found =
              MonthInHistory.find(m, NOW, createdOn(FIRST_STAR), served);
          assertThat(found).as("%s seed %d", m, seed).isPresent();
          assertThat(found.get().daily()).as("%s seed %d", m, seed).isEqualTo(series.daily(m));
          assertThat(found.get().stars()).isEqualTo(series.total(m));
          assertThat(served.reads)
              .as("%s seed %d, %d pages", m, seed, pages)
              .isLessThanOrEqualTo(bound)
              .isLessThanOrEqualTo(MonthInHistory.MAX_REQUESTS);
        }
      }
    }
  }

  @Test
  void aDenseHistoryTakesOneToThreeReadsForAnyMonth() {
    LocalDate created = LocalDate.of(2017, 1, 1);
    StarSeries series = new StarSeries().every(created, LocalDate.of(2026, 11, 27), 2);
    assertThat(series.pages()).hasSizeGreaterThan(15);
    for (CalendarMonth m = CalendarMonth.of(2017, 1);
        m.compareTo(CalendarMonth.of(2026, 11)) <= 0;
        m = m.next()) {
      StarSeries.InMemory served = new StarSeries.InMemory(series, true);
      MonthInHistory.Found found =
          MonthInHistory.find(m, NOW, createdOn(created), served).orElseThrow();
      assertThat(found.stars()).as(m.toString()).isEqualTo(series.total(m));
      assertThat(served.reads).as(m.toString()).isBetween(1, 3);
    }
  }

  /**
   * Issue 14's shape: created in November 2018, stars every day for sixteen weeks, then one every
   * ten weeks until the fetch. 55 weeks are listed, 2 pages, though the month is 417 weeks back
   * (page 14 if every week were listed).
   */
  private static final Instant CREATED = Instant.parse("2018-11-05T09:00:00Z");

  private static StarSeries aStretchThenAlmostNothing() {
    return new StarSeries()
        .every(LocalDate.of(2018, 11, 5), LocalDate.of(2019, 2, 23), 3)
        .everyWeeks(LocalDate.of(2019, 5, 1), LocalDate.of(2026, 11, 28), 10, 1);
  }

  @Test
  void aYearsOldHistoryOfFewListedWeeksIsReadFromTheLastPageTheFirstAnswerNames() {
    StarSeries series = aStretchThenAlmostNothing();
    assertThat(series.pages()).hasSize(2);
    StarSeries.InMemory served = new StarSeries.InMemory(series, true);

    MonthInHistory.Found found =
        MonthInHistory.find(NOVEMBER_2018, NOW, CREATED, served).orElseThrow();

    assertThat(found.daily()).isEqualTo(series.daily(NOVEMBER_2018));
    assertThat(found.stars()).isEqualTo(26 * 3);
    assertThat(served.pagesRead).containsExactly(14, 2);
  }

  @Test
  void withoutALastLinkPastTheEndPageOneSaysHowManyPagesThereAre() {
    // Before issue 14 this took 6 reads, halving back from the estimate: 14, 13, 11, 7, 1, 2.
    StarSeries series = aStretchThenAlmostNothing();
    StarSeries.InMemory served = new StarSeries.InMemory(series, false);

    MonthInHistory.Found found =
        MonthInHistory.find(NOVEMBER_2018, NOW, CREATED, served).orElseThrow();

    assertThat(found.daily()).isEqualTo(series.daily(NOVEMBER_2018));
    assertThat(served.pagesRead).containsExactly(14, 1, 2);
  }

  @Test
  void aMonthWithoutStarsBetweenListedWeeksIsZero() {
    LocalDate created = LocalDate.of(2018, 9, 1);
    StarSeries series =
        new StarSeries()
            .every(created, LocalDate.of(2018, 10, 20), 5)
            .every(LocalDate.of(2018, 12, 10), LocalDate.of(2019, 1, 10), 5);
    StarSeries.InMemory served = new StarSeries.InMemory(series, true);
    MonthInHistory.Found found =
        MonthInHistory.find(NOVEMBER_2018, NOW, createdOn(created), served).orElseThrow();
    assertThat(found.stars()).isZero();
    assertThat(found.daily()).hasSize(30).containsOnly(0);
  }

  @Test
  void anEmptyHistoryIsZeroAfterOneFruitlessProbeAndPageOne() {
    StarSeries.InMemory served = new StarSeries.InMemory(new StarSeries(), false);
    assertThat(MonthInHistory.find(NOVEMBER_2018, NOW, CREATED, served).orElseThrow().stars())
        .isZero();
    assertThat(served.reads).isLessThanOrEqualTo(MonthInHistory.MAX_REQUESTS);
  }

  @Test
  void anUnavailableHistoryIsEmptyAfterOneRequest() {
    int[] reads = {0};
    assertThat(
            MonthInHistory.find(
                NOVEMBER_2018,
                NOW,
                CREATED,
                page -> {
                  reads[0]++;
                  return Optional.empty();
                }))
        .isEmpty();
    assertThat(reads[0]).isEqualTo(1);
  }

  @Test
  void theFirstProbeIsThePageOfTheMonthsLastWeekIfNoWeekWereMissing() {
    // 2018-11-30 to 2026-11-28 is 417 weeks: page 417 / 30 + 1 = 14.
    assertThat(MonthInHistory.estimate(NOVEMBER_2018, NOW)).isEqualTo(14);
    assertThat(MonthInHistory.estimate(CalendarMonth.of(2026, 11), NOW)).isEqualTo(1);
    assertThat(MonthInHistory.estimate(CalendarMonth.of(1900, 1), NOW))
        .isEqualTo(MonthInHistory.MAX_PAGE);
  }

  @Test
  void aDayIsFiledUnderTheDateOfItsMiddle() {
    // Weeks starting at 08:00 UTC (days of UTC-8): Sunday 25 November's middle is the 25th, and
    // Saturday 1 December's is in December.
    long week = Instant.parse("2018-11-25T08:00:00Z").getEpochSecond();
    MonthDays days = new MonthDays(NOVEMBER_2018);
    days.add(new StarWeek(week, 28, java.util.List.of(1, 2, 3, 4, 5, 6, 7)));
    assertThat(days.daily().subList(24, 30)).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(days.total()).isEqualTo(21);
  }

  private static Instant createdOn(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static int ceilLog2(int n) {
    return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
  }
}

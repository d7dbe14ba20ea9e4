package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The stargazer-list fallback against in-memory pages, up to GitHub's 400-page cap. */
class MonthInStargazersTest {
  /** One star an hour from 1 January 2018: 40,000 stars reach 26 July 2022. */
  private static final List<Instant> HOURLY = hourly(Instant.parse("2018-01-01T00:00:00Z"), 40_000);

  private int reads;

  /** GitHub's list as it serves a larger repository: 400 pages and no more. */
  private MonthInStargazers.Pages capped(List<Instant> reachable) {
    int last = Math.min(MonthInStargazers.MAX_PAGE, (reachable.size() + 99) / 100);
    return page -> {
      reads++;
      List<Instant> stars =
          page > last
              ? List.of()
              : reachable.subList((page - 1) * 100, Math.min(reachable.size(), page * 100));
      return Optional.of(
          new MonthInStargazers.StarPage(stars, new LinkHeader(page < last, OptionalInt.of(last))));
    };
  }

  @Test
  void aMonthInsideTheReachableListIsCountedExactlyInLogarithmicallyManyReads() {
    MonthInHistory.Found found =
        MonthInStargazers.find(CalendarMonth.of(2019, 3), 50_000, capped(HOURLY)).orElseThrow();
    assertThat(found.stars()).isEqualTo(31 * 24);
    // 744 stars on up to 9 pages: more than the daily limit, so only the total is known.
    assertThat(found.daily()).isEmpty();
    assertThat(reads)
        .isLessThanOrEqualTo(1 + 2 * 9)
        .isLessThanOrEqualTo(MonthInStargazers.MAX_REQUESTS);
  }

  @Test
  void aMonthPastTheFourHundredthPageOfALargerRepositoryCannotBeMeasured() {
    assertThat(MonthInStargazers.find(CalendarMonth.of(2023, 1), 50_000, capped(HOURLY))).isEmpty();
  }

  @Test
  void theEndOfAListThatFitsUnderTheCapIsItsRealEnd() {
    // Exactly 40,000 stars: page 400 is the real end, and a later month simply has none.
    MonthInHistory.Found found =
        MonthInStargazers.find(CalendarMonth.of(2023, 1), 40_000, capped(HOURLY)).orElseThrow();
    assertThat(found.stars()).isZero();
  }

  @Test
  void aSmallMonthGetsItsDays() {
    List<Instant> stars =
        hourly(Instant.parse("2018-11-29T00:00:00Z"), 72); // 24 a day, 29 Nov to 1 Dec
    MonthInHistory.Found found =
        MonthInStargazers.find(CalendarMonth.of(2018, 11), 72, capped(stars)).orElseThrow();
    assertThat(found.stars()).isEqualTo(48);
    assertThat(found.daily().subList(28, 30)).containsExactly(24, 24);
  }

  @Test
  void noMonthOfAFullListCostsMoreThanThePlannedBound() {
    // A star every 5 hours: about 150 a month, on 2 to 3 pages, so each month's days are read.
    List<Instant> stars = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      stars.add(Instant.parse("2018-01-01T00:00:00Z").plus(Duration.ofHours(5L * i)));
    }
    for (CalendarMonth m = CalendarMonth.of(2018, 1);
        m.compareTo(CalendarMonth.of(2040, 12)) <= 0;
        m = m.next()) {
      reads = 0;
      MonthInHistory.Found found = MonthInStargazers.find(m, 40_000, capped(stars)).orElseThrow();
      assertThat(found.daily()).as(m.toString()).isNotEmpty();
      assertThat(reads).as(m.toString()).isLessThanOrEqualTo(MonthInStargazers.MAX_REQUESTS);
    }
  }

  @Test
  void aForbiddenListIsUnavailable() {
    assertThat(MonthInStargazers.find(CalendarMonth.of(2018, 11), 10, page -> Optional.empty()))
        .isEmpty();
  }

  private static List<Instant> hourly(Instant from, int count) {
    List<Instant> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(from.plus(Duration.ofHours(i)));
    }
    return out;
  }
}

package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The page search's promise, over generated histories of every shape and length up to GitHub's 100
 * pages, for every month from before the repository's creation to the fetch: the exact stars, in at
 * most 2·⌈log₂ P⌉ + 3 requests for a history of P pages, whether or not a page past the end names
 * the last one. And issue 14's figure: a month's 40 measured repositories take 2 requests each or
 * fewer on average.
 */
class MonthInHistoryBoundTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 27);

  /** The most requests any search took, per history length: what the bound is checked against. */
  private final TreeMap<Integer, Integer> worstByPages = new TreeMap<>();

  @Test
  void everyMonthOfEveryShapeIsExactWithinTwiceLogPagesPlusThree() {
    Random random = new Random(14);
    int searches = 0;
    for (HistoryShapes.Shape shape : HistoryShapes.Shape.values()) {
      for (int i = 0; i < 24; i++) {
        // Created any time from 1970 (98 pages when every week is starred) to the fetch's month,
        // a quarter of them in the last two years.
        LocalDate first = i % 4 == 0 ? LocalDate.of(2024, 11, 1) : LocalDate.of(1970, 1, 4);
        LocalDate created = HistoryShapes.dayBetween(first, LAST_DAY, random);
        searches += searchEveryMonth(HistoryShapes.of(shape, random.nextLong(), created, LAST_DAY));
      }
    }
    assertThat(searches).isGreaterThan(30_000);
    assertThat(worstByPages.lastKey()).as("the longest history").isGreaterThan(90);
    assertThat(worstByPages.firstKey()).as("the shortest history").isEqualTo(1);
  }

  @Test
  void aMonthsFortyMeasuredRepositoriesTakeTwoRequestsEachOrFewer() {
    // Pages past the end name the last page, as GitHub's do.
    List<StarHistoryCost.Search> mix =
        StarHistoryCost.searches(
            HistoryShapes.monthOfForty(1, StarHistoryCost.MONTH, StarHistoryCost.LAST_DAY), true);

    assertThat(mix).hasSize(40);
    assertThat(StarHistoryCost.mean(mix)).isLessThanOrEqualTo(2.0);
    assertThat(mix).allSatisfy(s -> assertThat(s.requests()).isLessThanOrEqualTo(s.bound()));
    assertThat(StarHistoryCost.max(mix)).isLessThanOrEqualTo(3);
  }

  private int searchEveryMonth(HistoryShapes.History history) {
    List<List<StarWeek>> pages = history.series().pages();
    int bound = 2 * StarHistoryCost.ceilLog2(pages.size()) + 3;
    Instant created = history.created().atStartOfDay(ZoneOffset.UTC).toInstant();
    int searches = 0;
    for (CalendarMonth m = CalendarMonth.containing(created).previous();
        m.compareTo(CalendarMonth.containing(NOW)) <= 0;
        m = m.next()) {
      for (boolean lastOnEmpty : new boolean[] {true, false}) {
        StarSeries.InMemory served = new StarSeries.InMemory(pages, lastOnEmpty);
        Optional<MonthInHistory.Found> found = MonthInHistory.find(m, NOW, created, served);
        String what =
            history.name() + ", " + pages.size() + " pages, " + m + " " + served.pagesRead;
        assertThat(found).as(what).isPresent();
        assertThat(found.get().daily()).as(what).isEqualTo(history.series().daily(m));
        assertThat(served.reads).as(what).isLessThanOrEqualTo(bound);
        assertThat(served.pagesRead).as(what).doesNotHaveDuplicates();
        worstByPages.merge(Math.max(1, pages.size()), served.reads, Math::max);
        searches++;
      }
    }
    return searches;
  }
}

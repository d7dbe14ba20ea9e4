package dev.curate.github;

import dev.curate.model.CalendarMonth;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * A deterministic series of stars per UTC day, and the star history GitHub would serve for it:
 * weeks starting on Sunday 00:00 UTC, newest first, weeks without stars left out, 30 a page.
 */
final class StarSeries {
  private final TreeMap<LocalDate, Integer> perDay = new TreeMap<>();

  StarSeries add(LocalDate day, int stars) {
    perDay.merge(day, stars, Integer::sum);
    return this;
  }

  /** {@code stars} on every day from {@code first} to {@code last}, both included. */
  StarSeries every(LocalDate first, LocalDate last, int stars) {
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      add(d, stars);
    }
    return this;
  }

  /** {@code stars} on {@code first} and every {@code weeks} weeks after it, before {@code end}. */
  StarSeries everyWeeks(LocalDate first, LocalDate end, int weeks, int stars) {
    for (LocalDate d = first; d.isBefore(end); d = d.plusWeeks(weeks)) {
      add(d, stars);
    }
    return this;
  }

  /** Stars on a random fifth of the days from {@code first} to {@code last} (weeks go missing). */
  static StarSeries sparse(long seed, LocalDate first, LocalDate last) {
    Random random = new Random(seed);
    StarSeries series = new StarSeries();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (random.nextInt(5) == 0) {
        series.add(d, 1 + random.nextInt(40));
      }
    }
    return series;
  }

  /** The month's stars per day, index 0 the 1st: what a correct measurement must give. */
  List<Integer> daily(CalendarMonth month) {
    List<Integer> days = new ArrayList<>();
    for (int d = 1; d <= month.value().lengthOfMonth(); d++) {
      days.add(perDay.getOrDefault(month.value().atDay(d), 0));
    }
    return days;
  }

  int total(CalendarMonth month) {
    return daily(month).stream().mapToInt(Integer::intValue).sum();
  }

  /** Weeks newest first, as the endpoint lists them. */
  List<StarWeek> weeks() {
    Map<LocalDate, int[]> byWeek = new TreeMap<>();
    perDay.forEach(
        (day, stars) -> {
          LocalDate sunday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
          byWeek
                  .computeIfAbsent(sunday, s -> new int[7])[
                  (int) (day.toEpochDay() - sunday.toEpochDay())] +=
              stars;
        });
    List<StarWeek> weeks = new ArrayList<>();
    byWeek.forEach(
        (sunday, days) -> {
          List<Integer> counts = java.util.Arrays.stream(days).boxed().toList();
          weeks.add(
              0,
              new StarWeek(
                  sunday.atStartOfDay().toEpochSecond(ZoneOffset.UTC),
                  counts.stream().mapToInt(Integer::intValue).sum(),
                  counts));
        });
    return weeks;
  }

  List<List<StarWeek>> pages() {
    List<StarWeek> weeks = weeks();
    List<List<StarWeek>> pages = new ArrayList<>();
    for (int i = 0; i < weeks.size(); i += MonthInHistory.PER_PAGE) {
      pages.add(weeks.subList(i, Math.min(weeks.size(), i + MonthInHistory.PER_PAGE)));
    }
    return pages;
  }

  /** Serves the pages in memory, with the Link GitHub sends, counting the reads. */
  static final class InMemory implements MonthInHistory.Pages {
    private final List<List<StarWeek>> pages;
    private final boolean lastOnEmptyPages;
    int reads;
    final List<Integer> pagesRead = new ArrayList<>();

    InMemory(StarSeries series, boolean lastOnEmptyPages) {
      this(series.pages(), lastOnEmptyPages);
    }

    /** Pages computed once, for tests that search one history many times. */
    InMemory(List<List<StarWeek>> pages, boolean lastOnEmptyPages) {
      this.pages = pages;
      this.lastOnEmptyPages = lastOnEmptyPages;
    }

    @Override
    public Optional<HistoryPage> read(int page) {
      reads++;
      pagesRead.add(page);
      int last = Math.max(1, pages.size());
      List<StarWeek> weeks = page <= pages.size() ? pages.get(page - 1) : List.of();
      boolean beyond = page > pages.size();
      java.util.OptionalInt lastLink =
          beyond && !lastOnEmptyPages || pages.size() <= 1 && page == 1
              ? java.util.OptionalInt.empty()
              : java.util.OptionalInt.of(last);
      return Optional.of(
          new HistoryPage(page, weeks, new LinkHeader(page < pages.size(), lastLink)));
    }
  }

  static Instant at(String iso) {
    return Instant.parse(iso);
  }
}
